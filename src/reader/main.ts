// Reader controls: progress, chapter navigation, step links, prev/next buttons, motion toggle.
// Nothing here listens to keys globally, and nothing scrolls the page except a reader's own click.
import { getBlocks, onStepChange, type Block } from '../scrolly/controller';
import { TRIGGER_OFFSET } from '../scrolly/active-step';
import { MOTION_KEY, motionPreference, prefersReducedMotion } from '../lib/motion';
import { currentChapter, storyProgress } from './progress';

const WIDE = '(min-width: 60rem)';

export function applyMotionPreference(): void {
  const pref = motionPreference();
  if (pref) document.documentElement.dataset.motion = pref;
}

export function initReader(): void {
  document.documentElement.classList.add('js');
  findElements();
  initMotionToggle();
  initToc();
  initStepControls();
  initStepLinkButtons();
  let frame = 0;
  const onScroll = () => {
    if (!frame) frame = requestAnimationFrame(() => {
      frame = 0;
      updateProgressAndChapter();
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  // The controller may settle on a step after this frame's scroll work: follow it then too.
  onStepChange(() => {
    if (document.readyState === 'complete') followInAddressBar(lastChapter);
  });
  updateProgressAndChapter(false);
}

const scrollBehavior = (): ScrollBehavior => (prefersReducedMotion() ? 'auto' : 'smooth');

/* ---- progress and current chapter ---- */
let lastChapter = '';
// Looked up once: the scroll handler only measures and writes.
const el = {
  main: null as HTMLElement | null,
  bar: null as HTMLElement | null,
  fill: null as HTMLElement | null,
  sections: [] as HTMLElement[],
  links: [] as HTMLAnchorElement[],
  current: null as HTMLElement | null,
};
function findElements(): void {
  el.main = document.querySelector<HTMLElement>('main');
  el.bar = document.querySelector<HTMLElement>('[data-progress]');
  el.fill = document.querySelector<HTMLElement>('[data-progress-fill]');
  el.sections = [...document.querySelectorAll<HTMLElement>('section[data-chapter]')];
  el.links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  el.current = document.querySelector<HTMLElement>('[data-toc-current]');
}

function updateProgressAndChapter(followAddress = true): void {
  const { main, bar, sections } = el;
  if (main && bar) {
    const r = main.getBoundingClientRect();
    const value = storyProgress(window.scrollY, window.innerHeight, r.top + window.scrollY, r.bottom + window.scrollY);
    if (bar.getAttribute('aria-valuenow') !== String(value)) {
      bar.setAttribute('aria-valuenow', String(value));
      bar.setAttribute('aria-valuetext', `${value}% read`);
      el.fill?.style.setProperty('transform', `scaleX(${value / 100})`);
    }
  }
  const index = currentChapter(sections.map((s) => s.getBoundingClientRect().top), window.innerHeight * 0.35);
  const id = index >= 0 ? sections[index]!.id : '';
  if (id !== lastChapter) {
    lastChapter = id;
    for (const a of el.links) {
      if (a.dataset.tocLink === id) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    const link = el.links.find((a) => a.dataset.tocLink === id);
    if (el.current) el.current.textContent = link ? `: ${link.textContent}` : '';
  }
  // Not before the page has loaded: the browser may still be scrolling to the link's fragment.
  if (followAddress && document.readyState === 'complete') followInAddressBar(id);
}

/* ---- the address bar follows the reader (replaceState only: no history entries, no jumps) ---- */
function followInAddressBar(chapterId: string): void {
  const line = window.innerHeight * TRIGGER_OFFSET;
  const block = getBlocks().find((b) => {
    const r = b.element.getBoundingClientRect();
    return r.top <= line && r.bottom > line;
  });
  const step = block && block.index >= 0 ? block.steps[block.index] : undefined;
  const hash = step ? `#${step.id}` : chapterId ? `#${chapterId}` : '';
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
function goToStep(block: Block, index: number): void {
  const step = block.steps[Math.max(0, Math.min(block.steps.length - 1, index))];
  if (!step) return;
  // Put the step's top just above the trigger line, so it becomes the active step on arrival.
  const top = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * (TRIGGER_OFFSET - 0.1);
  window.scrollTo({ top, behavior: scrollBehavior() });
}

function initStepControls(): void {
  for (const block of getBlocks()) {
    const controls = block.element.querySelector<HTMLElement>('.scrolly__controls');
    if (!controls) continue;
    controls.hidden = false;
    // At either end the button says aria-disabled and does nothing (it keeps focus, unlike disabled).
    const step = (delta: number) => (e: Event) => {
      if ((e.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
      goToStep(block, block.index + delta);
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
  onStepChange(sync);
  for (const block of getBlocks()) sync(block, Math.max(0, block.index));
}

/* ---- "copy link to this step" ---- */
function initStepLinkButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-step-link]')) {
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
