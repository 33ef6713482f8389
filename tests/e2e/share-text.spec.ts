// A share page says what its step says: for every step of the built story, the words a reader sees
// in the step's box (closed source pop-ups, buttons and hidden parts left out) are the share page's
// description, og:description, Twitter description and body text, clipped only at a word with "…".
// Its title is the chart's title and the state's label, as the story and the embed show them.
// (The card's text is checked in the SVG before rasterising: tests/unit/step-card.test.ts.)
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `shown` is `full`, or the start of it cut at a space and marked with "…". */
function clippedFrom(shown: string, full: string): boolean {
  if (shown === full) return true;
  if (!shown.endsWith('…')) return false;
  const head = shown.slice(0, -1);
  return head.length >= 40 && full.startsWith(head) && /\s/.test(full.charAt(head.length));
}

test('every share page carries its step\'s visible words, and nothing else', async ({ page, request }) => {
  await page.goto('./');
  const steps = await page.$$eval('[data-step][id]', (els) =>
    els.map((step) => {
      const box = step.querySelector<HTMLElement>('.step__box')!;
      // What a reader sees: innerText leaves out closed popovers, hidden buttons and display:none parts;
      // the step's tools (the copy-link button and its status) are controls, not words.
      const words = [...box.children]
        .filter((c) => !c.classList.contains('step__tools'))
        .map((c) => (c as HTMLElement).innerText)
        .join('\n');
      const block = step.closest('[data-scrolly]')!;
      return {
        id: step.id,
        chart: block.getAttribute('data-scrolly')!,
        state: step.getAttribute('data-step')!,
        chartTitle: block.querySelector('.chart__title')?.textContent ?? '',
        words,
      };
    }),
  );
  expect(steps.length).toBeGreaterThanOrEqual(10);
  const labels = new Map<string, string>();
  const failures: string[] = [];
  for (const step of steps) {
    const visible = squash(step.words);
    expect(visible.length, step.id).toBeGreaterThan(20);
    if (!labels.has(step.chart)) {
      const { document } = parseHTML(await (await request.get(`./embed/${step.chart}/`)).text());
      for (const b of document.querySelectorAll('[data-show-state]')) labels.set(`${step.chart}/${b.getAttribute('data-show-state')}`, squash(b.textContent ?? ''));
    }
    const res = await request.get(`./share/${step.id}/`);
    expect(res.status(), step.id).toBe(200);
    const { document } = parseHTML(await res.text());
    const meta = (sel: string) => squash(document.querySelector(sel)?.getAttribute('content') ?? '');
    const shown = {
      description: meta('meta[name="description"]'),
      'og:description': meta('meta[property="og:description"]'),
      'twitter:description': meta('meta[name="twitter:description"]'),
      'body text': squash(document.querySelector('main h1 + p')?.textContent ?? ''),
    };
    for (const [where, text] of Object.entries(shown)) {
      if (!clippedFrom(text, visible)) failures.push(`${step.id}: ${where} is\n    “${text}”\n  but the step reads\n    “${visible}”`);
    }
    const label = labels.get(`${step.chart}/${step.state}`);
    expect(label, `${step.id}: the embed's switcher names the state`).toBeTruthy();
    const heading = `${squash(step.chartTitle)}: ${label}`;
    const title = squash(document.title);
    if (!title.startsWith(`${heading} · `)) failures.push(`${step.id}: title is “${title}”, expected “${heading} · …”`);
    if (squash(document.querySelector('main h1')?.textContent ?? '') !== heading) failures.push(`${step.id}: the page's heading is not “${heading}”`);
    if (meta('meta[property="og:title"]') !== title) failures.push(`${step.id}: og:title differs from the title`);
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
