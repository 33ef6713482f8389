// A step's own tools ("Sources", "Copy link") are tab stops only in the step being read: Tab goes
// from a block's chart to the tools of the step in view instead of through every step's, so a
// keyboard reader is not walked through a dozen pairs of buttons per chart. The others stay in the
// page (a screen reader's browse mode, a click or a tap reaches them). Where all steps are laid out
// as pictures (nothing pinned, the page read like an article), every step's tools are tab stops.
import { scrollState, subscribe, type Block } from '../scrolly/scroll-model';
import { staticLayoutOn } from '../lib/layout-pref';

function syncBlock(block: Block, all: boolean): void {
  const current = Math.max(0, block.index);
  block.steps.forEach((step, i) => {
    for (const tool of step.querySelectorAll<HTMLElement>('.step__tools button')) {
      if (all || i === current) tool.removeAttribute('tabindex');
      else tool.tabIndex = -1;
    }
  });
}

/** Brings every block's tools up to date (after the layout switch, or once the tools exist). */
export function syncStepTools(): void {
  const all = staticLayoutOn();
  for (const block of scrollState().blocks) syncBlock(block, all);
}

export function initStepTools(): void {
  subscribe((_, change) => {
    const all = staticLayoutOn();
    for (const block of change.blocks) syncBlock(block, all);
  });
  syncStepTools();
}

/**
 * A block's previous/next buttons are one tab stop, a toolbar (the ARIA pattern): Tab lands on
 * "Next step" (or whichever the reader used last), Left/Right and Home/End move between them.
 */
export function initStepToolbars(): void {
  for (const controls of document.querySelectorAll<HTMLElement>('.scrolly__controls')) {
    const buttons = [...controls.querySelectorAll<HTMLButtonElement>('button')];
    if (buttons.length < 2) continue;
    controls.setAttribute('role', 'toolbar');
    controls.setAttribute('aria-orientation', 'horizontal');
    const rove = (to: HTMLButtonElement) => {
      for (const b of buttons) b.tabIndex = b === to ? 0 : -1;
    };
    rove(controls.querySelector<HTMLButtonElement>('[data-step-next]') ?? buttons.at(-1)!);
    controls.addEventListener('focusin', (e) => {
      if (buttons.includes(e.target as HTMLButtonElement)) rove(e.target as HTMLButtonElement);
    });
    controls.addEventListener('keydown', (e) => {
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (at < 0) return;
      const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]!.focus();
    });
  }
}
