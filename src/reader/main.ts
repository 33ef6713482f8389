// Reader controls: progress, chapter navigation, step links, prev/next buttons, motion toggle.
// Nothing here listens to keys globally, and nothing scrolls the page except a reader's own click.
// Everything that depends on scroll position comes from the scroll model, once per frame.
import { isReady, scrollTopFor, scrollState, subscribe, type Block, type ScrollState } from '../scrolly/scroll-model';
import { MOTION_KEY, motionPreference, prefersReducedMotion } from '../lib/motion';
import { customMedia } from '../styles/layout-constants';
import { initLayoutSwitch } from './layout-switch';
import { initStepToolbars, initStepTools } from './step-tools';

const WIDE = customMedia['--wide'];

export function applyMotionPreference(): void {
  const pref = motionPreference();
  if (pref) document.documentElement.dataset.motion = pref;
}

export function initReader(): void {
  // Set in <head> already (src/lib/layout-pref.ts); kept for a page without that script.
  document.documentElement.classList.add('js');
  findElements();
  initMotionToggle();
  initLayoutSwitch();
  initToc();
  initStepControls();
  initStepToolbars();
  initStepLinkButtons();
  initStepTools();
  subscribe((state) => {
    showProgress(state.progress);
    showChapter(state.chapter);
    // Not before the first look after load: the browser may still be scrolling to the link's fragment.
    if (isReady()) followInAddressBar(state);
  });
}

const scrollBehavior = (): ScrollBehavior => (prefersReducedMotion() ? 'auto' : 'smooth');

/* ---- progress and current chapter ---- */
let lastChapter = '';
// Looked up once: subscribers only write.
const el = {
  bar: null as HTMLElement | null,
  fill: null as HTMLElement | null,
  links: [] as HTMLAnchorElement[],
  current: null as HTMLElement | null,
};
function findElements(): void {
  el.bar = document.querySelector<HTMLElement>('[data-progress]');
  el.fill = document.querySelector<HTMLElement>('[data-progress-fill]');
  // the chapter links: each names its chapter by its fragment
  el.links = [...document.querySelectorAll<HTMLAnchorElement>('.toc__list a[href^="#"]')];
  el.current = document.querySelector<HTMLElement>('[data-toc-current]');
}

function showProgress(value: number): void {
  const { bar } = el;
  if (!bar || bar.getAttribute('aria-valuenow') === String(value)) return;
  bar.setAttribute('aria-valuenow', String(value));
  bar.setAttribute('aria-valuetext', `${value}% read`);
  el.fill?.style.setProperty('transform', `scaleX(${value / 100})`);
}

function showChapter(id: string): void {
  if (id === lastChapter) return;
  lastChapter = id;
  for (const a of el.links) {
    if (a.hash === `#${id}`) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
  const link = el.links.find((a) => a.hash === `#${id}`);
  if (el.current) el.current.textContent = link ? `: ${link.textContent}` : '';
}

/* ---- the address bar follows the reader (replaceState only: no history entries, no jumps) ---- */
function followInAddressBar({ step, chapter }: ScrollState): void {
  const hash = step ? `#${step.id}` : chapter ? `#${chapter}` : '';
  if (hash !== location.hash && !(hash === '' && location.hash === '')) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}

/* ---- chapter navigation: open on wide screens, a disclosure on phones ---- */
function initToc(): void {
  const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
  if (!toc) return;
  const wide = window.matchMedia(WIDE);
  const sync = () => (toc.open = wide.matches);
  sync();
  wide.addEventListener('change', sync);
  toc.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a') && !wide.matches) toc.open = false;
  });
}

/* ---- previous / next step buttons, and the "3 / 6" counter ---- */
// Where the last press is taking the reader, while its scroll is under way: a second press counts
// from there, not from the step the page happens to be passing, so two quick presses of "next" go
// two steps and "previous" pressed mid-scroll goes back one from the step being reached.
// It ends when the scroll arrives (an earlier scroll's late scrollend does not count) or when the
// reader takes over with the wheel or a finger.
let heading: { block: Block; index: number; top: number } | undefined;
window.addEventListener('scrollend', () => {
  if (heading && Math.abs(window.scrollY - heading.top) < 2) heading = undefined;
});
for (const type of ['wheel', 'touchmove'] as const) window.addEventListener(type, () => (heading = undefined), { passive: true });

function goToStep(block: Block, index: number): void {
  const to = Math.max(0, Math.min(block.steps.length - 1, index));
  const step = block.steps[to];
  if (!step) return;
  const behavior = scrollBehavior();
  const top = Math.max(0, Math.min(scrollTopFor(step), document.documentElement.scrollHeight - window.innerHeight));
  heading = behavior === 'smooth' ? { block, index: to, top } : undefined;
  window.scrollTo({ top, behavior });
}

const currentIndex = (block: Block): number => (heading?.block === block ? heading.index : block.index);

/** A block's previous/next buttons and step counter, first in the block: made here, as they work only with the script. */
function stepControls(block: Block): HTMLElement {
  const found = block.element.querySelector<HTMLElement>('.scrolly__controls');
  if (found) return found;
  const title = block.element.querySelector('.chart__title')?.textContent?.trim() ?? '';
  const controls = document.createElement('div');
  controls.className = 'scrolly__controls';
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', `Steps of the chart “${title}”`);
  const button = (data: string, label: string, text: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'step-button';
    b.setAttribute(data, '');
    b.setAttribute('aria-label', label);
    b.textContent = text;
    return b;
  };
  const counter = document.createElement('span');
  counter.className = 'scrolly__counter';
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = 'Step ';
  const count = document.createElement('span');
  count.dataset.stepCounter = '';
  count.textContent = `1 / ${block.steps.length}`;
  counter.append(hidden, count);
  controls.append(button('data-step-prev', 'Previous step', '‹'), counter, button('data-step-next', 'Next step', '›'));
  block.element.prepend(controls);
  return controls;
}

function initStepControls(): void {
  const { blocks } = scrollState();
  for (const block of blocks) {
    const controls = stepControls(block);
    // At either end the button says aria-disabled and does nothing (it keeps focus, unlike disabled).
    const step = (delta: number) => (e: Event) => {
      if ((e.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
      goToStep(block, currentIndex(block) + delta);
    };
    controls.querySelector('[data-step-prev]')?.addEventListener('click', step(-1));
    controls.querySelector('[data-step-next]')?.addEventListener('click', step(1));
  }
  const sync = (block: Block, index: number) => {
    const counter = block.element.querySelector('[data-step-counter]');
    if (counter) counter.textContent = `${index + 1} / ${block.steps.length}`;
    const prev = block.element.querySelector<HTMLButtonElement>('[data-step-prev]');
    const next = block.element.querySelector<HTMLButtonElement>('[data-step-next]');
    // aria-disabled rather than disabled: a disabled button drops focus, which strands keyboard readers.
    prev?.setAttribute('aria-disabled', String(index <= 0));
    next?.setAttribute('aria-disabled', String(index >= block.steps.length - 1));
  };
  subscribe((_, change) => {
    for (const block of change.blocks) sync(block, block.index);
  });
  for (const block of blocks) sync(block, Math.max(0, block.index));
}

/* ---- "copy link to this step" ---- */
function initStepLinkButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-step-link]')) {
    nameStepLink(button);
    button.hidden = false;
    button.addEventListener('click', async () => {
      const step = button.closest<HTMLElement>('[data-step]');
      if (!step) return;
      // The step's share page (src/pages/share/): its card shows this step, and it opens the story here.
      const url = new URL(`share/${step.id}/`, location.href).href;
      const status = step.querySelector<HTMLElement>('[data-copy-step-status]');
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = 'Link copied.';
      } catch {
        history.replaceState(history.state, '', `#${step.id}`);
        if (status) status.textContent = 'The address bar now links to this step.';
      }
    });
  }
}

/** "Copy link" names its step: "Copy link to step 2 of 6: <chart title>" (the rest of the visible "Copy link" is for screen readers). */
function nameStepLink(button: HTMLButtonElement): void {
  const block = button.closest<HTMLElement>('[data-scrolly]');
  const step = button.closest<HTMLElement>('[data-step]');
  if (!block || !step) return;
  const steps = [...block.querySelectorAll('[data-step]')];
  const title = block.querySelector('.chart__title')?.textContent?.trim();
  const more = document.createElement('span');
  more.className = 'visually-hidden';
  more.textContent = ` to step ${steps.indexOf(step) + 1} of ${steps.length}${title ? `: ${title}` : ''}`;
  button.replaceChildren('Copy link', more);
}

/* ---- motion toggle: overrides the OS setting, remembered across visits ---- */
function initMotionToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-motion-toggle]');
  if (!button) return;
  const render = () => button.setAttribute('aria-pressed', String(prefersReducedMotion()));
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const reduce = !prefersReducedMotion();
    document.documentElement.dataset.motion = reduce ? 'reduce' : 'full';
    try {
      localStorage.setItem(MOTION_KEY, reduce ? 'reduce' : 'full');
    } catch {
      /* storage refused: the choice lasts for this page */
    }
    render();
  });
  window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', render);
}
