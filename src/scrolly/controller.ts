// One scroll controller for the page. scrollama tells us *that* something may have changed; the
// geometry tells us *what* is in view. Bursts of callbacks collapse into one update per frame, so
// a jump applies the destination state once, with no run of intermediate states.
import scrollama from 'scrollama';
import { mountChart, type ChartHandle } from '../charts/client';
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
  for (const block of blocks) {
    const index = activeStepIndex(block.steps.map((s) => ({ top: s.getBoundingClientRect().top })), y);
    if (index === block.index && block.chart.root.dataset.hydrated) continue;
    block.index = index;
    for (const [i, s] of block.steps.entries()) s.classList.toggle('is-active', i === index);
    block.chart.setState(block.steps[index]?.dataset.step ?? '', { animate });
    for (const fn of listeners) fn(block, index);
  }
}

// Until the page has loaded, a state change is the browser landing on a #step link or restoring
// the scroll position of a reload: show the state at once rather than animating towards it.
let settled = document.readyState === 'complete';
window.addEventListener('load', () => requestAnimationFrame(() => (settled = true)), { once: true });

/** Schedule one geometric update for the next frame, however many callbacks arrive before it. */
export function scheduleUpdate(): void {
  if (!frame) frame = requestAnimationFrame(() => update(settled));
}

export function getBlocks(): readonly Block[] {
  return blocks;
}

export function startScrolly(): void {
  if (started) return;
  started = true;
  blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((element) => {
    const root = element.querySelector<HTMLElement>('[data-chart]');
    const chart = root && mountChart(root);
    const steps = [...element.querySelectorAll<HTMLElement>('[data-step]')];
    return chart && steps.length ? [{ element, steps, chart, index: -1 }] : [];
  });
  if (!blocks.length) return;
  document.documentElement.classList.add('scrolly-ready');
  update(false); // the state of whatever is in view on load: top, mid-page reload or #step link

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
  window.addEventListener('load', scheduleUpdate, { once: true });
}
