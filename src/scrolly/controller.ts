// One scroll controller for the page. scrollama tells us *that* something may have changed; the
// geometry tells us *what* is in view. Bursts of callbacks collapse into one update per frame, so
// a jump applies the destination state once, with no run of intermediate states.
import scrollama from 'scrollama';
import { mountChart, type ChartHandle } from '../charts/client';
import { views } from '../charts/views';
import { activeStepIndex, TRIGGER_OFFSET } from './active-step';

export interface Block {
  element: HTMLElement;
  steps: HTMLElement[];
  chart: ChartHandle;
  index: number;
}

export type StepListener = (block: Block, index: number) => void;

const listeners: StepListener[] = [];
/** Subscribe to "block B now shows step i" (reader controls use it for counters, links, buttons). */
export function onStepChange(fn: StepListener): void {
  listeners.push(fn);
}

let blocks: Block[] = [];
let frame = 0;
let started = false;

function triggerY(): number {
  return window.innerHeight * TRIGGER_OFFSET;
}

function update(animate: boolean): void {
  frame = 0;
  const y = triggerY();
  // Measure every block first, then write: no layout forced between one chart's update and the next.
  const indices = blocks.map((block) => activeStepIndex(block.steps.map((s) => ({ top: s.getBoundingClientRect().top })), y));
  blocks.forEach((block, i) => {
    const index = indices[i]!;
    if (index === block.index) return;
    block.index = index;
    block.chart.setState(block.steps[index]?.dataset.step ?? '', { animate });
    for (const fn of listeners) fn(block, index);
  });
}

// Geometry means nothing until the page has loaded and its fonts are in: before that, text
// reflows, a #step link is still being scrolled to, a reload's position is still being restored.
// So the first look waits for both, shows the state in view at once (no animation), and every
// later change animates. One state is applied on arrival, never a run of them.
let ready = false;
const whenLoaded = new Promise<void>((ok) => (document.readyState === 'complete' ? ok() : window.addEventListener('load', () => ok(), { once: true })));
const whenReady = Promise.all([whenLoaded, document.fonts?.ready ?? Promise.resolve()]).then(() => new Promise<void>((ok) => requestAnimationFrame(() => ok())));

/** Schedule one geometric update for the next frame, however many callbacks arrive before it. */
export function scheduleUpdate(): void {
  if (ready && !frame) frame = requestAnimationFrame(() => update(true));
}

export function getBlocks(): readonly Block[] {
  return blocks;
}

export function startScrolly(): void {
  if (started) return;
  started = true;
  blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((element) => {
    const root = element.querySelector<HTMLElement>('[data-chart]');
    const chart = root && mountChart(root, views[root.dataset.chart ?? '']);
    const steps = [...element.querySelectorAll<HTMLElement>('[data-step]')];
    return chart && steps.length ? [{ element, steps, chart, index: -1 }] : [];
  });
  if (!blocks.length) return;
  void whenReady.then(() => {
    ready = true;
    update(false); // the state of whatever is in view on arrival: top, mid-page reload or #step link
  });

  const scroller = scrollama();
  scroller
    .setup({ step: blocks.flatMap((b) => b.steps), offset: TRIGGER_OFFSET })
    .onStepEnter(scheduleUpdate)
    .onStepExit(scheduleUpdate);

  // Re-measure only when the width changes (rotation, window resize), not when a phone's URL bar
  // shows or hides, which changes the height alone.
  let lastWidth = window.innerWidth;
  let timer = 0;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      scroller.resize();
      scheduleUpdate();
    }, 150);
  });
  // scrollama can miss the last step of a fast fling; a settled scroll gets one more look.
  window.addEventListener('scrollend', scheduleUpdate, { passive: true });
}
