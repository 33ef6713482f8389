// embed.js: the loader a host page includes beside our chart iframes (built from this file into
// dist/embed.js by src/pages/embed.js.ts). It runs on other people's pages, so it depends on nothing,
// writes nothing but inline styles on our own iframes, and trusts only messages from our origin
// that come from one of those iframes.
//
// 1. Heights: on start, on every frame load, and for every frame added later it asks each of our
//    iframes for its height; the embed answers any parent that asks and reports changes on its own.
//    So the order in which the loader and the frames arrive never loses a height.
// 2. Scrollytelling: host elements marked data-chart-step="<chart-id>--<state-id>" drive that chart's
//    iframe, which is pinned (sticky) at the top of the viewport while they pass. The state follows
//    position by the story's rule: the last marked element whose top has passed the trigger line.
// 3. Theme: it tells each frame the theme the page shows where the frame sits (and the background
//    behind it), and tells it again when the page changes its theme (a class or attribute on <html>
//    or <body>, or the reader's system setting). The frame's own color-scheme follows, so a frame
//    never flashes white on a dark page or off-black on a light one.
import { ASK, PIN, STATE, THEME, parseHeight, parseStepId } from './protocol';
import { hostTheme } from './host-theme';
import { inlineCharts } from './inline/host';

/** The charts this site has, written in at build time (src/pages/embed.js.ts). */
declare const CHART_IDS: readonly string[];
import { activeStepIndex, triggerY } from '../scrolly/active-step';
import { HOST_PIN } from '../styles/layout-constants';

const SELECTOR = 'iframe[data-launch-contest-embed]';

interface Scrolly {
  /** our iframe, or a script embed's element */
  frame: HTMLIFrameElement | HTMLElement;
  chart: string;
  steps: { el: Element; state: string }[];
  /** the state last sent, so a scroll frame that changes nothing sends nothing */
  sent: string;
  pin: number;
}

type Registry = Record<string, () => void>;

function start(origin: string, base: URL): () => void {
  const known = new WeakSet<HTMLIFrameElement>();
  let scrollies: Scrolly[] = [];

  const ours = (f: HTMLIFrameElement) => {
    try {
      return new URL(f.src, location.href).origin === origin;
    } catch {
      return false;
    }
  };
  const frames = () => [...document.querySelectorAll<HTMLIFrameElement>(SELECTOR)].filter(ours);
  // targetOrigin = our origin: a frame that is still blank, or was navigated elsewhere, receives nothing.
  const send = (f: HTMLIFrameElement, message: unknown) => f.contentWindow?.postMessage(message, origin);
  const sentTheme = new WeakMap<HTMLIFrameElement, string>();
  /** Sends a frame the host's theme where it sits; `always` resends an unchanged one (a frame that just loaded). */
  const theme = (f: HTMLIFrameElement, always = false) => {
    const t = hostTheme(f);
    f.style.colorScheme = t.theme;
    const key = `${t.theme} ${t.background?.join(',') ?? ''}`;
    if (!always && sentTheme.get(f) === key) return;
    sentTheme.set(f, key);
    send(f, { type: THEME, ...t });
  };
  const themeAll = () => {
    for (const f of frames()) theme(f);
    inline.themeAll();
  };
  const ask = (f: HTMLIFrameElement) => {
    theme(f, true);
    send(f, { type: ASK });
  };
  const scrollyOf = (f: HTMLElement) => scrollies.find((s) => s.frame === f);
  const inline = inlineCharts(base, CHART_IDS, () => scan());
  const isFrame = (el: HTMLElement): el is HTMLIFrameElement => el instanceof HTMLIFrameElement;

  /** Pinned charts take half a phone's height, 60% of a larger window: the rest is for the text. */
  const pinHeight = () => Math.max(HOST_PIN.minPx, Math.round(innerHeight * (innerWidth < HOST_PIN.narrowBelowPx ? HOST_PIN.narrow : HOST_PIN.wide)));

  function pin(s: Scrolly): void {
    const h = pinHeight();
    const st = s.frame.style;
    st.display = 'block';
    st.position = 'sticky';
    st.top = '0px';
    st.zIndex = '2';
    st.height = `${h}px`;
    if (!isFrame(s.frame)) {
      // A script embed fits itself to the height (its stylesheet's pinned rules): no message needed.
      s.frame.setAttribute('data-pinned', '');
      return;
    }
    if (s.pin !== h) {
      s.pin = h;
      send(s.frame, { type: PIN, height: h });
    }
  }

  function sendState(s: Scrolly, state: string): void {
    s.sent = state;
    if (isFrame(s.frame)) send(s.frame, { type: STATE, chart: s.chart, state });
    else inline.setState(s.frame, state);
  }

  /** The story's rule: the last marked element whose top has passed the trigger line (below the chart). */
  function follow(): void {
    for (const s of scrollies) {
      const chartBottom = Math.max(0, s.frame.getBoundingClientRect().bottom);
      const trigger = triggerY(innerHeight, chartBottom);
      const i = activeStepIndex(s.steps.map((step) => ({ top: step.el.getBoundingClientRect().top })), trigger);
      const state = s.steps[i]?.state;
      if (state && state !== s.sent) sendState(s, state);
    }
  }

  /** Groups the marked elements by chart; values that name no iframe of ours, or are malformed, are ignored. */
  function findScrollies(all: HTMLIFrameElement[]): void {
    const next: Scrolly[] = [];
    for (const el of document.querySelectorAll('[data-chart-step]')) {
      const step = parseStepId(el.getAttribute('data-chart-step'));
      if (!step) continue;
      let s = next.find((x) => x.chart === step.chart);
      if (!s) {
        const frame = all.find((f) => f.getAttribute('data-launch-contest-embed') === step.chart) ?? inline.find(step.chart);
        if (!frame) continue;
        const old = scrollyOf(frame);
        s = { frame, chart: step.chart, steps: [], sent: old?.sent ?? '', pin: old?.pin ?? 0 };
        next.push(s);
      }
      s.steps.push({ el, state: step.state });
    }
    scrollies = next;
    for (const s of scrollies) pin(s);
  }

  function scan(): void {
    inline.scan();
    const all = frames();
    for (const f of all) {
      if (known.has(f)) continue;
      known.add(f);
      f.addEventListener('load', () => ask(f));
      ask(f);
    }
    findScrollies(all);
    follow();
  }

  window.addEventListener('message', (e) => {
    if (e.origin !== origin) return;
    const f = frames().find((x) => x.contentWindow === e.source);
    if (!f) return;
    // A frame that reports has its listeners up: make sure it has heard the theme (cheap: frames
    // report only when their size changes).
    theme(f, true);
    const s = scrollyOf(f);
    if (s) {
      // A pinned frame keeps the height we gave it; its report means it is ready: (re)send pin and state.
      if (parseHeight(e.data) === undefined) return;
      s.pin = 0;
      pin(s);
      if (s.sent) sendState(s, s.sent);
      return;
    }
    const h = parseHeight(e.data);
    if (h !== undefined) f.style.height = `${h}px`;
  });

  /** At most one run of `work` per animation frame, however many events ask for it. */
  const schedule = (work: () => void) => {
    let frame = 0;
    return () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        work();
      });
    };
  };
  const onScroll = schedule(follow);
  const onResize = schedule(() => {
    for (const s of scrollies) pin(s);
    // A frame out of view is not rendered (Chromium throttles offscreen cross-origin frames), so
    // it never sees its own resize: ask each for its height, which a message task still answers.
    for (const f of frames()) if (!scrollyOf(f)) ask(f);
    follow();
  });
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('resize', onResize, { passive: true });
  // Single-page CMSs add iframes and paragraphs after load.
  new MutationObserver(schedule(scan)).observe(document.documentElement, { childList: true, subtree: true });
  // A site's dark-mode toggle flips a class or attribute on <html> or <body>: follow it at once,
  // not a frame later, so the chart changes with the page.
  const toggles = new MutationObserver(themeAll);
  const watchToggles = () => {
    toggles.observe(document.documentElement, { attributes: true });
    if (document.body) toggles.observe(document.body, { attributes: true });
  };
  watchToggles();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', themeAll);
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => {
      watchToggles();
      scan();
    });
  scan();
  return scan;
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src) return;
  const src = new URL(script.src, location.href);
  const origin = src.origin;
  const w = window as unknown as { __launchContestLoaders?: Registry };
  const running = (w.__launchContestLoaders ??= {});
  // Included twice (two pasted snippets): the first copy keeps running and looks again for frames.
  const existing = running[origin];
  if (existing) existing();
  // The site's base: embed.js sits at its top.
  else running[origin] = start(origin, new URL('./', src));
})();
