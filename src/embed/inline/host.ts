// The script embed on the host page's side: every <div data-launch-contest-chart="<chart-id>"> gets
// its chart drawn in a shadow root from our chart module (dist/chart/<id>.js), imported lazily from
// our origin. If the module cannot load (the host's CSP, an old browser, a network error), or the
// browser predates light-dark() colours, the div
// becomes the iframe embed. The div's own content, a linked image, is what readers see before that,
// and where no script runs at all. Attribute values are only compared with known ids, never inserted.
import { isId } from '../../lib/step-id';
import { hostTheme } from '../host-theme';
import { shortfalls } from '../theme';
import type { ChartModule } from './mount';

export const INLINE_SELECTOR = '[data-launch-contest-chart]';

const modernColours = (): boolean => typeof CSS !== 'undefined' && CSS.supports('color', 'light-dark(#000, #fff)');

interface Handle {
  setState(state: string, opts?: { animate?: boolean }): boolean;
}

interface Inline {
  el: HTMLElement;
  chart: string;
  /** the theme the host's author asked for; auto follows the page around the chart */
  theme: 'light' | 'dark' | 'auto';
  transparent: boolean;
  handle?: Handle;
  /** a state asked for before the module arrived */
  pending?: string;
}

const flag = (el: Element, name: string) => ['', 'true', '1'].includes(el.getAttribute(name) ?? 'no');

export function inlineCharts(base: URL, charts: readonly string[], onFallback: () => void) {
  const all = new Map<HTMLElement, Inline>();

  function theme(c: Inline): void {
    const t = hostTheme(c.el);
    const scheme = c.theme === 'auto' ? t.theme : c.theme;
    c.el.dataset.theme = scheme;
    if (!c.transparent) return;
    const short = t.background ? shortfalls(scheme, t.background) : [];
    if (short.length === 0) c.el.setAttribute('data-transparent', '');
    else {
      c.el.removeAttribute('data-transparent');
      console.warn(`launch-contest embed: the host's background would leave ${short.join(', ')} without contrast; the ${c.chart} chart keeps its own background.`);
    }
  }

  function fallback(c: Inline, state: string | null): void {
    const frame = document.createElement('iframe');
    const src = new URL(`embed/${c.chart}/`, base);
    if (isId(state)) src.searchParams.set('state', state);
    frame.src = src.href;
    frame.title = c.el.querySelector('img')?.alt || 'Chart';
    frame.loading = 'lazy';
    frame.height = '620';
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.setAttribute('data-launch-contest-embed', c.chart);
    c.el.removeAttribute('data-launch-contest-chart');
    c.el.replaceChildren(frame);
    all.delete(c.el);
    onFallback();
  }

  function mount(el: HTMLElement): void {
    const chart = el.getAttribute('data-launch-contest-chart');
    if (!isId(chart) || !charts.includes(chart)) return;
    const asked = el.getAttribute('data-theme');
    const c: Inline = {
      el,
      chart,
      theme: asked === 'light' || asked === 'dark' ? asked : 'auto',
      transparent: flag(el, 'data-transparent'),
    };
    all.set(el, c);
    const state = el.getAttribute('data-state');
    // The shadow stylesheet's colours are light-dark() only (2024 browsers on); older ones get the
    // iframe, whose page carries the media-query fallback.
    if (!modernColours()) return fallback(c, state);
    import(/* @vite-ignore */ new URL(`chart/${chart}.js`, base).href)
      .then((m: { default: ChartModule }) => {
        theme(c);
        const handle = m.default.mount(el, { state: c.pending ?? state, storyUrl: base.href, base: base.href });
        if (!handle) throw new Error('the chart did not draw');
        c.handle = handle;
      })
      .catch(() => fallback(c, state));
  }

  return {
    scan(): void {
      for (const el of document.querySelectorAll<HTMLElement>(INLINE_SELECTOR)) if (!all.has(el)) mount(el);
    },
    find: (chart: string): HTMLElement | undefined => [...all.values()].find((c) => c.chart === chart)?.el,
    setState(el: HTMLElement, state: string): void {
      const c = all.get(el);
      if (!c) return;
      if (c.handle) c.handle.setState(state);
      else c.pending = state;
    },
    themeAll(): void {
      for (const c of all.values()) theme(c);
    },
  };
}
