// The "Show all steps as pictures" switch in the reader bar: turns the static layout on and off
// (src/lib/layout-pref.ts) and keeps the reader where they were: whatever they were reading at the
// top of the window is at the same place after the layout changes.
import { schedule } from '../scrolly/scroll-model';
import { setStaticLayout, staticLayoutOn } from '../lib/layout-pref';
import { syncStepTools } from './step-tools';

/** What the reader is reading: the first paragraph, heading or step whose bottom is below the bar. */
function readingAnchor(): { el: Element; top: number } | null {
  const bar = document.querySelector('[data-reader-bar]')?.getBoundingClientRect().bottom ?? 0;
  for (const el of document.querySelectorAll('main h2, main p, main li, [data-step] .step__box, [data-scrolly] .chart__head')) {
    if (el.closest('.scrolly__graphic')) continue;
    const r = el.getBoundingClientRect();
    if (r.height > 0 && r.bottom > bar + 8) return { el, top: r.top };
  }
  return null;
}

export function initLayoutSwitch(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-layout-toggle]');
  if (!button) return;
  button.hidden = false;
  const render = () => button.setAttribute('aria-pressed', String(staticLayoutOn()));
  render();
  button.addEventListener('click', () => {
    const anchor = readingAnchor();
    setStaticLayout(!staticLayoutOn());
    render();
    if (anchor) {
      const moved = anchor.el.getBoundingClientRect().top - anchor.top;
      window.scrollTo({ top: window.scrollY + moved, behavior: 'instant' as ScrollBehavior });
    }
    // The blocks' geometry changed: the scroll model measures again (the step in view, the chart's state).
    schedule();
    syncStepTools();
  });
  // The skip link to the switch focuses it (a fragment link would only move the reading point).
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[href="#${button.id}"]`)) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      button.focus();
    });
  }
}
