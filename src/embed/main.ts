// The embed page's script: apply ?state, ?theme, ?transparent and ?plain, follow the host's theme, run the state switcher, report height to the host.
import { mountChart, provideRenderer } from '../charts/client';
import { renderScene } from '../charts/render';
import { loadView } from '../charts/load-view';
import { resolveState } from '../charts/scene';
import { readEmbedFlags, readEmbedQuery } from './query';
import { applyFlags, followHostTheme } from './theme';
import { stepId } from '../lib/step-id';
import { heightMessages, isPymWidthMessage } from './height';
import { isAsk, parsePin, parseStateMessage } from './protocol';

const root = document.querySelector<HTMLElement>('[data-chart]');
// The flags first, before the chart's code arrives, so a forced theme never flashes the other one;
// and the host's theme is heard from the start, whenever the chart's code arrives.
const flags = readEmbedFlags(location.search);
applyFlags(flags);
followHostTheme(flags);
// A host that sizes the frame to fit (embed.js asks for the height, pym.js sends its width) is heard
// from the start, before the chart's code arrives: from then on, no scrollbar (src/styles/embed-page.css).
addEventListener('message', (e) => {
  if (e.source !== window.parent || window.parent === window) return;
  if (isAsk(e.data) || (typeof e.data === 'string' && /^pymxPYMx.+xPYMxwidthxPYMx/.test(e.data))) document.documentElement.dataset.fitted = '';
});
// The chart is drawn at once: its renderer comes with this script, not after it.
provideRenderer({ renderScene });
const load = root && loadView(root.dataset.chart ?? '');
const chart = root && load ? mountChart(root, await load) : undefined;

if (root && chart) {
  const query = readEmbedQuery(location.search, chart.definition);
  chart.setState(query.state, { animate: false });

  const switcher = document.querySelector<HTMLElement>('[data-state-switcher]');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-show-state]')];
  const storyLink = document.querySelector<HTMLAnchorElement>('[data-story-link]');
  const pressed = () => {
    // "Read the story" opens the story at the step that shows what the embed shows.
    if (storyLink) storyLink.hash = stepId(chart.definition.id, chart.state());
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.showState === chart.state()));
  };
  for (const b of buttons) b.addEventListener('click', () => {
    chart.setState(b.dataset.showState ?? '');
    pressed();
    report();
  });
  pressed();
  if (switcher) switcher.hidden = false;

  // Height: whenever the page's box changes (state, width, fonts swapping in), ResizeObserver sees it.
  let last = -1;
  const report = () => {
    if (window.parent === window) return;
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.abs(height - last) < 1) return;
    last = height;
    for (const m of heightMessages(root.dataset.chart ?? '', height, query.childId)) window.parent.postMessage(m, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  // Only the page that frames us may talk to us; what it says is checked before anything is applied.
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || window.parent === window) return;
    // Any parent may ask for the height (a loader that arrived late, pym.js sending its width).
    if (isAsk(e.data) || isPymWidthMessage(e.data, query.childId)) {
      last = -1;
      report();
      return;
    }
    // A state this chart does not have is ignored, not replaced by the default.
    const state = resolveState(chart.definition, parseStateMessage(e.data, chart.definition.id), null);
    if (state !== undefined) {
      // The host's scrolling sets the state: animated unless the reader asked for less motion.
      chart.setState(state.id);
      pressed();
      return;
    }
    const pin = parsePin(e.data);
    if (pin !== undefined) {
      // Pinned beside a host's text, the chart fits the height it was given (src/styles/embed-pinned.css).
      if (pin > 0) document.documentElement.dataset.pinned = '';
      else delete document.documentElement.dataset.pinned;
    }
  });
  report();
}
