// The browser side of a chart root: hydrates the build-time SVG, redraws when its box changes size,
// and moves to a new state on request. The state lives in data-state; nothing else is remembered.
import { renderScene } from './render';
import { resolveState, type ChartView } from './scene';
import { prefersReducedMotion } from '../lib/motion';
import { mountWalk } from './walk';

const DURATION = 700;

export interface ChartHandle {
  root: HTMLElement;
  definition: ChartView<unknown>;
  /** apply a state; returns false if it was already showing */
  setState(stateId: string, opts?: { animate?: boolean }): boolean;
  state(): string;
}

const handles = new WeakMap<HTMLElement, ChartHandle>();

/** Mount a chart root; the caller passes its definition, so a page bundles only the charts it shows. */
export function mountChart(root: HTMLElement, definition: ChartView<unknown> | undefined): ChartHandle | undefined {
  const existing = handles.get(root);
  if (existing) return existing;
  const svg = root.querySelector<SVGSVGElement>('svg[data-chart-svg]');
  const canvas = root.querySelector<HTMLElement>('.chart__canvas');
  const json = root.querySelector<HTMLScriptElement>('script[data-chart-data]');
  if (!definition || !svg || !canvas || !json) return undefined;
  // The data is in the page (embeds) or in a file of its own (the story: src/charts/data-file.ts).
  // Until a file has arrived the build-time SVG stands, unsettled; a state asked for meanwhile is
  // drawn when it comes.
  let data: unknown = null;
  let loaded = !json.dataset.src;
  if (loaded) data = JSON.parse(json.textContent ?? 'null');
  const desc = svg.querySelector('desc');
  const status = root.querySelector<HTMLElement>('[data-chart-status]');

  let size = measure(canvas, definition);
  const title = root.querySelector('.chart__title')?.textContent?.trim() ?? definition.id;
  const walk = mountWalk(canvas, root.querySelector('[data-walk-hint]')?.id);
  // The walk needs the script: its explanation shows only where it works.
  const howto = root.querySelector<HTMLElement>('[data-walk-howto]');
  if (howto) howto.hidden = false;
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
    if (!loaded) {
      root.dataset.settled = 'false';
      return undefined;
    }
    const scene = definition.layout(data, state, size);
    const current = ++generation;
    root.dataset.settled = 'false';
    const settle = () => {
      if (current === generation) root.dataset.settled = 'true';
    };
    const done = renderScene(svg, scene, { duration });
    // Without motion the state is drawn at rest now: no need to wait a tick to say so.
    if (duration === 0) settle();
    else done.then(settle, settle);
    if (desc) desc.textContent = scene.description;
    walk.update(scene, `${title}, ${state.label}`);
    return scene;
  };

  const handle: ChartHandle = {
    root,
    definition,
    state: () => resolveState(definition, root.dataset.state).id,
    setState(stateId, opts = {}) {
      const next = resolveState(definition, stateId).id;
      if (next === root.dataset.state && root.dataset.hydrated) return false;
      root.dataset.state = next;
      const animate = (opts.animate ?? true) && !prefersReducedMotion();
      const scene = draw(animate ? DURATION : 0);
      // One polite announcement per state, not per frame.
      if (status && scene) status.textContent = scene.description;
      announce = !scene;
      return true;
    },
  };

  // Redraw at the size CSS gives the chart: on first mount (or when its data arrives), and whenever
  // the box changes width.
  let announce = false;
  draw(0);
  if (!loaded)
    void chartData(json.dataset.src!).then((d) => {
      data = d;
      loaded = true;
      const scene = draw(0);
      if (announce && status && scene) status.textContent = scene.description;
    });
  root.dataset.hydrated = 'true';
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
