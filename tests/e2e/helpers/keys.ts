// Where each key press left focus, noted in the page as it happens, so a test can press a run of
// keys and read them back in one call rather than one call per press. A key's focus move happens in
// its keydown; its keyup comes after, where focus landed, so that is where the page notes it.
import type { Page } from '@playwright/test';

/** A focused element as a keyboard reader meets it. */
export interface FocusStop {
  /** the chart walk's id of the stop (`chart`, `g-…`, `m-…`), or '' */
  walk: string;
  /** its aria-label, or '' */
  name: string;
  /** tag and accessible label or text, for messages: "button Copy link to this step" ("body" for none) */
  label: string;
  /** the id of the scrolly block whose next-step button this is, or '' */
  nextOf: string;
  /** its aria-setsize (the marks in a walk's group), or 0 */
  setsize: number;
}
export interface KeyStop extends FocusStop {
  key: string;
}

/** Makes every page the test opens note, at each key's keyup, where focus is. Call before `goto`. */
export async function noteKeyStops(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { keyStops: KeyStop[]; focusStop: () => FocusStop };
    w.keyStops = [];
    w.focusStop = () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { walk: '', name: '', label: 'body', nextOf: '', setsize: 0 };
      const name = el.getAttribute('aria-label') ?? '';
      return {
        walk: el.dataset.walk ?? '',
        name,
        label: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`,
        nextOf: el.matches('[data-step-next]') ? (el.closest('[data-scrolly]')?.id ?? '') : '',
        setsize: Number(el.getAttribute('aria-setsize') ?? 0),
      };
    };
    document.addEventListener('keyup', (e) => w.keyStops.push({ key: e.key, ...w.focusStop() }), true);
  });
}

/** The key presses noted since the last call (the log starts again), and where focus is now. */
export function readKeyStops(page: Page): Promise<{ log: KeyStop[]; now: FocusStop }> {
  return page.evaluate(() => {
    const w = window as unknown as { keyStops: KeyStop[]; focusStop: () => FocusStop };
    const log = w.keyStops;
    w.keyStops = [];
    return { log, now: w.focusStop() };
  });
}
