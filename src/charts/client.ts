// The browser side of a chart root: hydrates the build-time SVG, redraws when its box changes size,
// and moves to a new state on request. The state lives in data-state; nothing else is remembered.
import { resolveState, type ChartView } from './scene';
import { prefersReducedMotion } from '../lib/motion';
import { lazyEnhance } from './lazy-enhance';
import { debounce } from '../lib/debounce';
import { stepAnnouncement } from './narration';
import { markCurrentRows, TABLES_IN } from './table';

const DURATION = 700;
/** How long the reader stays on a state before the live region speaks: a fast scroll or a run of
 *  clicks says only where it ends, never each state on the way (src/scrolly/controller.ts too). */
export const SETTLE_MS = 800;

export interface ChartHandle {
  root: HTMLElement;
  definition: ChartView<unknown>;
  /** apply a state; returns false if it was already showing */
  setState(stateId: string, opts?: { animate?: boolean }): boolean;
  state(): string;
  /** the current state in one short sentence (the scene's summary); empty until the data has come */
  summary(): string;
  /** settles once the chart has its data and has drawn it: at once where the data is in the page
   *  (embeds); for a story chart, once it has neared the screen (or been asked for another state) and
   *  its data file has come. A chart that never nears the screen never settles it. */
  ready: Promise<void>;
  /** says `text` in the chart's live region, even when it said the same before */
  announce(text: string): void;
}

export interface MountOptions {
  /** announce each state the chart settles on, the first included, as "Step n of N: …" over the chart's
   *  states (embeds: the default). A story block's steps are announced by the scroll controller instead. */
  narrate?: boolean;
}

const handles = new WeakMap<HTMLElement, ChartHandle>();

// The renderer (d3-selection and d3-transition: two thirds of the charts' code) is given by the page:
// embeds, drawn at once, bring it in their own bundle; the story passes a loader, so that it comes
// with a chart's first drawing, not with the page (its charts stand as pictures until they near the
// screen): the story's first seconds neither fetch nor compile it. It is not imported here, so no
// bundle splits it off where it is needed at once (the script embed's module).
type Renderer = Pick<typeof import('./render'), 'renderScene'>;
let renderer: Renderer | undefined;
let rendererLoading: Promise<Renderer> | undefined;
let rendererLoader: (() => Promise<Renderer>) | undefined;
/** The renderer itself (drawn at once), or a loader called at the first drawing. */
export function provideRenderer(r: Renderer | (() => Promise<Renderer>)): void {
  if (typeof r === 'function') rendererLoader = r;
  else {
    renderer = r;
    rendererLoading = Promise.resolve(r);
  }
}
function loadRenderer(): Promise<Renderer> {
  if (rendererLoading) return rendererLoading;
  if (!rendererLoader) return Promise.reject(new Error('no chart renderer was provided (provideRenderer)'));
  return (rendererLoading = rendererLoader().then(
    (m) => (renderer = m),
    (e: unknown) => {
      rendererLoading = undefined;
      throw e;
    },
  ));
}

/** Mount a chart root; the caller passes its definition, so a page bundles only the charts it shows. */
export function mountChart(root: HTMLElement, definition: ChartView<unknown> | undefined, { narrate = true }: MountOptions = {}): ChartHandle | undefined {
  const existing = handles.get(root);
  if (existing) return existing;
  const svg = root.querySelector<SVGSVGElement>('svg[data-chart-svg]');
  const canvas = root.querySelector<HTMLElement>('.chart__canvas');
  // The data is in the page (embeds: a JSON island) or in a file of its own, named by the figure's
  // data-chart-src (the story: src/charts/data-file.ts). Until a file has arrived the build-time SVG
  // stands, unsettled; a state asked for meanwhile is drawn when it comes.
  const src = root.dataset.chartSrc;
  const json = root.querySelector<HTMLScriptElement>('script[data-chart-data]');
  if (!definition || !svg || !canvas || (!src && !json)) return undefined;
  let data: unknown = null;
  let loaded = !src;
  if (!src) data = JSON.parse(json?.textContent ?? 'null');
  const desc = svg.querySelector('desc');
  const status = root.querySelector<HTMLElement>('[data-chart-status]');
  const described = root.querySelector<HTMLElement>('[data-chart-description]');
  let summary = '';
  /** narrated charts say nothing until first seen */
  let inView = false;

  // A story chart stands as a picture of its first state until it nears the screen (ChartFigure.astro):
  // only then does it fetch its data, measure its box and draw, so the page's first seconds carry
  // none of that work (a 400-600 ms task at 4x CPU slowdown for the story's five charts, measured).
  // Embeds are drawn in the page, and at once.
  const standIn = canvas.querySelector('[data-chart-picture]');
  let near = !standIn || typeof IntersectionObserver === 'undefined';
  // Motion only where it is seen: a chart whose drawing leaves the screen mid-transition (a fling, a
  // tap on a figure above it, the "Pictures" switch hiding it) is put at rest at once, and so is one
  // set a new state while away, once a frame has said it is still away (it may be coming into view
  // with that scroll); its frames would otherwise cost the reader's next tap (bench: INP). The canvas
  // is watched, not the figure: the switch hides the drawing and leaves the heading and tables.
  let onScreen = typeof IntersectionObserver === 'undefined';
  const rest = () => !onScreen && root.dataset.settled === 'false' && loaded && near && draw(0);

  let size = near ? measure(canvas, definition) : definition.defaultSize;
  const title = root.querySelector('.chart__title')?.textContent?.trim() ?? definition.id;
  // The keys' hint is written once per page, under its first chart (ChartFigure.astro). The keyboard
  // walk and the tables' sort buttons load when the reader first reaches the chart.
  const hint = root.querySelector('[data-walk-hint]') ?? (root.getRootNode() as Document | ShadowRoot).querySelector?.('[data-walk-hint]');
  const walk = lazyEnhance(root, canvas, hint?.id, title);
  // The walk needs the script: its explanation shows only where it works.
  const howto = root.querySelector<HTMLElement>('[data-walk-howto]');
  if (howto) howto.hidden = false;
  // A story chart's tables come after it, from a file (./story-tables.ts, run by the story page):
  // marked and, once sorting has loaded, sortable as they arrive.
  root.addEventListener(TABLES_IN, () => {
    markCurrentRows(root, resolveState(definition, root.dataset.state));
    walk.tablesChanged();
  });
  // data-settled="true" once the drawing shows the current state at rest (transitions ended):
  // what tests and anything else that must read a finished chart wait for. Each draw starts a
  // new generation; only the latest may mark the chart settled.
  let generation = 0;
  // The table and source line of the state's time frame (see ./frame.ts), the others hidden.
  const showFrame = (state: string) => {
    for (const f of root.querySelectorAll<HTMLElement>('[data-frame-states]')) f.hidden = !(f.dataset.frameStates ?? '').split(' ').includes(state);
  };
  const draw = (duration: number) => {
    const state = resolveState(definition, root.dataset.state);
    showFrame(state.id);
    markCurrentRows(root, state);
    if (!loaded || !near) {
      root.dataset.settled = 'false';
      // The renderer comes while the data does, not a round trip after it.
      // A failure is reported by the drawing that needs it.
      if (near) loadRenderer().catch(() => undefined);
      return undefined;
    }
    const scene = definition.layout(data, state, size);
    const current = ++generation;
    root.dataset.settled = 'false';
    const settle = () => {
      if (current === generation) root.dataset.settled = 'true';
    };
    const paint = (r: Renderer, ms: number) => {
      // A story chart stands as a picture until its first drawing (ChartFigure.astro).
      canvas.querySelector('[data-chart-picture]')?.remove();
      const done = r.renderScene(svg, scene, { duration: ms });
      // Without motion the state is drawn at rest now: no need to wait a tick to say so.
      if (ms === 0) settle();
      else done.then(settle, settle);
    };
    if (renderer) paint(renderer, duration);
    else
      // The first drawing waits for the renderer; a later state asked for meanwhile supersedes it.
      void loadRenderer().then(
        (r) => current === generation && paint(r, 0),
        (e: unknown) => console.error('the chart could not be drawn:', e),
      );
    if (desc) desc.textContent = scene.description;
    if (described) described.textContent = scene.description;
    summary = scene.summary;
    walk.update(scene, `${title}, ${state.label}`);
    return scene;
  };

  const fetchData = (): Promise<void> =>
    loaded
      ? Promise.resolve()
      : chartData(src!).then(
          (d) => {
            data = d;
            loaded = true;
            draw(0);
          },
          // The build-time drawing stays, unsettled; the step texts and tables still tell it all.
          (e: unknown) => console.error('chart data could not load:', e),
        );
  // A tenth of a viewport ahead: drawn before the reader gets there (a fling may see the picture, which
  // is the same drawing, a moment longer), and not at load: the first chart starts 1.2 screens down at
  // 1920x1080, 1.5 at 1280x800 and 2.3 at 375x667 (light-page.spec checks the first and the last).
  // A chart asked for another state while still away (a reload mid-page, a #step link: the charts
  // above take their last state) comes at once, so its description and name say that state too.
  let arrived = (): void => undefined;
  const ready: Promise<void> = near ? fetchData() : new Promise<void>((resolve) => (arrived = resolve));
  const approach = near ? undefined : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && arrive(), { rootMargin: '10% 0px' });
  const arrive = () => {
    if (near) return;
    approach?.disconnect();
    near = true;
    size = measure(canvas, definition);
    draw(0);
    void fetchData().then(arrived);
  };
  approach?.observe(root);

  const handle: ChartHandle = {
    root,
    definition,
    state: () => resolveState(definition, root.dataset.state).id,
    setState(stateId, opts = {}) {
      const next = resolveState(definition, stateId).id;
      if (next === root.dataset.state && root.dataset.hydrated) return false;
      root.dataset.state = next;
      arrive();
      const animate = (opts.animate ?? true) && !prefersReducedMotion();
      draw(animate ? DURATION : 0);
      if (animate && !onScreen) requestAnimationFrame(() => requestAnimationFrame(rest));
      if (narrate && inView) announceSettled();
      return true;
    },
    summary: () => summary,
    ready,
    announce(text) {
      if (!status) return;
      // A live region speaks on a change: the same words again are cleared first, then set a frame later.
      if (status.textContent === text) {
        status.textContent = '';
        requestAnimationFrame(() => (status.textContent = text));
      } else status.textContent = text;
    },
  };
  // One polite announcement once the reader settles, never one per state passed on the way.
  const announceSettled = debounce(() => {
    void ready.then(() => {
      const i = definition.states.findIndex((st) => st.id === handle.state());
      if (summary) handle.announce(stepAnnouncement(i, definition.states.length, summary));
    });
  }, SETTLE_MS);

  // Redraw at the size CSS gives the chart: on first mount (or when its data arrives), and whenever
  // the box changes width.
  draw(0);
  root.dataset.hydrated = 'true';
  // The first state is said too, once the chart is in view: a chart far down a host page stays quiet until the reader reaches it.
  if (narrate) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      inView = true;
      announceSettled();
    });
    seen.observe(root);
  }
  if (!onScreen)
    new IntersectionObserver((entries) => {
      onScreen = !!entries.at(-1)?.isIntersecting;
      rest();
    }).observe(canvas);
  new ResizeObserver(() => {
    const next = measure(canvas, definition);
    if (Math.abs(next.width - size.width) < 1 && Math.abs(next.height - size.height) < 1) return;
    size = next;
    draw(0);
  }).observe(canvas);

  handles.set(root, handle);
  return handle;
}

const dataFiles = new Map<string, Promise<unknown>>();

/** A chart's data file, fetched once however many blocks draw the chart. */
function chartData(src: string): Promise<unknown> {
  let p = dataFiles.get(src);
  if (!p) {
    p = fetch(src).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${src}`);
      return r.json() as Promise<unknown>;
    });
    dataFiles.set(src, p);
  }
  return p;
}

function measure(canvas: HTMLElement, def: ChartView<unknown>) {
  const r = canvas.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : def.defaultSize;
}
