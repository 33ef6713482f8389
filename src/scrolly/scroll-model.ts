// The page's one scroll model. Once per frame, after anything that may have moved the page (a
// scroll, a resize, a scrollama callback, a settled fling), it measures the page once and works
// out everything that follows from position: the chapter in view, reading progress, and for every
// scrolly block the step in view (the last whose top has passed the trigger line). Charts and
// reader controls subscribe; nobody else reads scroll positions. State is a function of position:
// a jump, a reload mid-page or a fast fling all land on the step in view, applied once.
import scrollama from 'scrollama';
import { activeStepIndex, lastPassed, storyProgress, TRIGGER_OFFSET, triggerY } from './active-step';
import { lateUiFont } from '../lib/ui-font-late';

export interface Block {
  element: HTMLElement;
  steps: HTMLElement[];
  /** the step in view, or -1 before the model's first look */
  index: number;
}

export interface ScrollState {
  /** the id of the chapter whose top has passed the reading line, or "" above the first */
  chapter: string;
  /** 0–100 over the story's main text */
  progress: number;
  blocks: readonly Block[];
  /** the block whose box holds the trigger line, if any */
  block?: Block;
  /** that block's step in view */
  step?: HTMLElement;
}

export interface Change {
  /** blocks whose step changed in this frame */
  blocks: Block[];
  /** the model's first look after load: apply at once, do not animate */
  initial: boolean;
}

type Listener = (state: ScrollState, change: Change) => void;

/** The chapter line sits a little above the step trigger: a chapter counts once its heading is well in. */
const CHAPTER_LINE = 0.35;

const listeners: Listener[] = [];
let blocks: Block[] = [];
let sections: HTMLElement[] = [];
let main: HTMLElement | null = null;
let frame = 0;
let ready = false;
let started = false;
let state: ScrollState = { chapter: '', progress: 0, blocks };

/** Subscribers may come in any order: the first starts the model, and one that comes after the
 *  model's first look gets the state as it stands at once, as a first look. */
export function subscribe(fn: Listener): void {
  startScrollModel();
  listeners.push(fn);
  if (ready) fn(state, { blocks: [...blocks], initial: true });
}

export function scrollState(): ScrollState {
  startScrollModel();
  return state;
}

function measure(initial: boolean): void {
  frame = 0;
  const h = window.innerHeight;
  const line = triggerY(h);
  // Every read first, then every write: no layout forced between one subscriber and the next.
  const indices = blocks.map((b) => activeStepIndex(b.steps.map((s) => ({ top: s.getBoundingClientRect().top })), line));
  const boxes = blocks.map((b) => b.element.getBoundingClientRect());
  const chapterIndex = lastPassed(sections.map((s) => s.getBoundingClientRect().top), h * CHAPTER_LINE);
  const r = main?.getBoundingClientRect();
  const progress = r ? storyProgress(window.scrollY, h, r.top + window.scrollY, r.bottom + window.scrollY) : 0;

  const changed = blocks.filter((b, i) => b.index !== indices[i]);
  blocks.forEach((b, i) => (b.index = indices[i]!));
  const at = boxes.findIndex((box) => box.top <= line && box.bottom > line);
  const block = at >= 0 ? blocks[at] : undefined;
  const next: ScrollState = {
    chapter: chapterIndex >= 0 ? sections[chapterIndex]!.id : '',
    progress,
    blocks,
    block,
    step: block ? block.steps[block.index] : undefined,
  };
  const same = !initial && !changed.length && next.chapter === state.chapter && next.progress === state.progress && next.step === state.step;
  state = next;
  if (same) return;
  for (const fn of listeners) fn(state, { blocks: changed, initial });
}

/** One measurement on the next frame, however many events arrive before it. */
export function schedule(): void {
  if (ready && !frame) frame = requestAnimationFrame(() => measure(false));
}

/** The scroll position that makes `step` the one in view: its top a tenth of the window above the
 *  trigger line (on phones, just under the pinned chart). */
export function scrollTopFor(step: HTMLElement): number {
  const h = window.innerHeight;
  return step.getBoundingClientRect().top + window.scrollY - triggerY(h) + h * 0.1;
}

// Geometry means nothing until the page has loaded and its fonts are in: before that, text
// reflows, a #step link is still being scrolled to, a reload's position is still being restored.
// So the first look waits for both; it applies the state in view at once, and every later
// change animates.
const whenLoaded = new Promise<void>((ok) => (document.readyState === 'complete' ? ok() : window.addEventListener('load', () => ok(), { once: true })));
// The labels' face is added by script after the first paint (src/lib/ui-font-late.ts): waited for too.
// The look itself comes in a task after the next frame: that frame lays the page out again in the
// face just added (the whole story's text is shaped anew: 15-26 ms at 1x in Lighthouse's traces), and the look, measuring in
// the same task, would have made one long task of both (issue 19: TBT).
const whenReady = Promise.all([whenLoaded, document.fonts?.ready ?? Promise.resolve(), lateUiFont()]).then(
  () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok))),
);

export function isReady(): boolean {
  return ready;
}

export function startScrollModel(): readonly Block[] {
  if (started) return blocks;
  started = true;
  main = document.querySelector<HTMLElement>('main');
  sections = [...document.querySelectorAll<HTMLElement>('section[data-chapter]')];
  blocks = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((element) => {
    const steps = [...element.querySelectorAll<HTMLElement>('[data-step]')];
    return steps.length ? [{ element, steps, index: -1 }] : [];
  });
  state = { ...state, blocks };
  void whenReady.then(() => {
    ready = true;
    measure(true);
    // scrollama reports step boundaries as the browser sees them (IntersectionObserver): a second
    // opinion that catches layout changes that move steps without a scroll. Set up after the first
    // look, in a task of its own: its setup measures every step, which at the page's start forced
    // a layout of the whole story into the script's first task (issue 19).
    if (blocks.length)
      setTimeout(() =>
        scrollama()
          .setup({ step: blocks.flatMap((b) => b.steps), offset: TRIGGER_OFFSET })
          .onStepEnter(schedule)
          .onStepExit(schedule),
      );
  });

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  // A fast fling can end between frames; a settled scroll gets one more look.
  window.addEventListener('scrollend', schedule, { passive: true });
  return blocks;
}
