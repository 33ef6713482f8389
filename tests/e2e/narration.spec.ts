// Narration tied to each step (issue #18): every step carries its chart's state as one short,
// visually hidden sentence at its top ("Chart, step 2 of 6: …", at most 25 words) that matches what
// the chart shows there; the chart image is named by its title and described by its state; the live
// region speaks once the reader settles on a step (the first state included, in embeds too) and a
// fast fling through a block is said at most twice, ending on the step in view; previous/next say
// "Step n of N" and the sentence. Blocks, steps and charts come from the built site, never by name.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, describeViolations } from './helpers/axe';
import { blocks, chartOfStep, charts, expectSettled } from './helpers/registry';
import { scrollToStep } from './helpers/story';

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
/** What the live region says for a step: its narration, with "Step" for "Chart, step". */
const spoken = (narration: string) => narration.replace(/^Chart, step /, 'Step ');
const narrationOf = (page: Page, stepId: string) => page.locator(`[id="${stepId}"] > [data-step-narration]`);
const statusOf = (root: Locator) => root.locator('[data-chart-status]');

/** From now on, every text a chart's live region takes, with the block it belongs to. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { block: string; text: string }[] = [];
    (window as unknown as { __said: typeof log }).__said = log;
    for (const status of document.querySelectorAll<HTMLElement>('[data-chart-status]')) {
      const block = status.closest('[data-scrolly]')?.id ?? '';
      new MutationObserver(() => {
        const text = status.textContent ?? '';
        if (text) log.push({ block, text });
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }
  });
}
const said = (page: Page, block?: string) =>
  page.evaluate((b) => ((window as unknown as { __said?: { block: string; text: string }[] }).__said ?? []).filter((e) => b === undefined || e.block === b).map((e) => e.text), block);

test('every step of every block starts with a short sentence of its chart’s state, which the chart says when the reader settles there', async ({ page }) => {
  // The page's timers run on Playwright's clock, which flows as usual; at each step the wait for the
  // reader to settle (800 ms) is skipped ahead rather than sat through, 21 times.
  await page.clock.install();
  await page.goto('./');
  expect(blocks.length).toBeGreaterThan(0);
  let checked = 0;
  for (const block of blocks) {
    for (const [i, step] of block.steps.entries()) {
      const narration = narrationOf(page, step.id);
      // First in the step's reading order, hidden from sight but not from assistive technology.
      expect(await page.locator(`[id="${step.id}"] > :first-child`).getAttribute('data-step-narration'), step.id).not.toBeNull();
      const box = await narration.boundingBox();
      expect(box && box.width <= 1 && box.height <= 1, `${step.id}: visually hidden`).toBe(true);
      const text = ((await narration.textContent()) ?? '').trim();
      expect(text, step.id).toMatch(new RegExp(`^Chart, step ${i + 1} of ${block.steps.length}: \\S`));
      expect(words(text), `${step.id}: “${text}”`).toBeLessThanOrEqual(25);
      // Settled on the step, the chart shows its state and says the same sentence, worked out in the
      // browser from the state it drew: the narration the build wrote matches the chart's state.
      await scrollToStep(page, step.id);
      const root = chartOfStep(page, step.id);
      await expectSettled(root, step.state);
      await page.clock.fastForward(1000);
      await expect(statusOf(root)).toHaveText(spoken(text), { timeout: 4000 });
      // The image: named by the chart's title alone, described by this state's description, which the
      // "Describe the chart" disclosure shows too.
      const svg = root.locator('.chart__canvas svg[role="img"]');
      const title = ((await root.locator('.chart__title').textContent()) ?? '').trim();
      await expect(svg).toHaveAccessibleName(title);
      const desc = ((await svg.locator('desc').textContent()) ?? '').trim();
      expect(desc.length).toBeGreaterThan(20);
      await expect(svg).toHaveAccessibleDescription(desc);
      await expect(root.locator('[data-chart-description]')).toHaveText(desc);
      checked++;
    }
  }
  expect(checked).toBe(blocks.reduce((n, b) => n + b.steps.length, 0));
  // One "Describe the chart" per figure.
  for (const root of await page.locator('[data-scrolly] [data-chart]').all()) await expect(root.locator('details:has(> summary:text-is("Describe the chart"))')).toHaveCount(1);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test(`a fast fling through each block is said at most twice, ending on the step in view, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('./');
    await recordAnnouncements(page);
    const flung = blocks.filter((b) => b.steps.length >= 3);
    expect(flung.length).toBeGreaterThan(0);
    for (const block of flung) {
      // From a window above the block to its last step, one jump a frame, through every step and between.
      const states = await page.evaluate(async ({ id, offset }) => {
        const el = document.getElementById(id)!;
        const steps = [...el.querySelectorAll<HTMLElement>('[data-step]')];
        const root = el.querySelector<HTMLElement>('[data-chart]')!;
        const at = (s: HTMLElement) => s.getBoundingClientRect().top + scrollY - innerHeight * offset;
        const stops = [el.getBoundingClientRect().top + scrollY - innerHeight, ...steps.flatMap((s, i) => (i ? [(at(steps[i - 1]!) + at(s)) / 2, at(s)] : [at(s)]))];
        const seen = new Set<string>();
        for (const top of stops) {
          scrollTo({ top, behavior: 'instant' as ScrollBehavior });
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          seen.add(root.dataset.state ?? '');
        }
        return seen.size;
      }, { id: block.id, offset: 0.5 });
      // Not vacuous: the chart went through the block's states on the way.
      expect(states, block.id).toBeGreaterThanOrEqual(3);
      const root = page.locator(`[id="${block.id}"] [data-chart]`);
      await expectSettled(root);
      const state = await root.getAttribute('data-state');
      const step = block.steps.find((s) => s.state === state)!;
      const expected = spoken(((await narrationOf(page, step.id).textContent()) ?? '').trim());
      // The settled step is the one said, and it is said last.
      await expect.poll(() => said(page, block.id).then((s) => s.at(-1)), { timeout: 4000 }).toBe(expected);
    }
    // Counted once every block has been left: anything queued would have arrived by now.
    for (const block of flung) {
      const texts = await said(page, block.id);
      test.info().annotations.push({ type: 'announcements', description: `${block.id} (${block.steps.length} steps): ${texts.length}` });
      expect(texts.length, `${block.id}: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(1);
      expect(texts.length, `${block.id}: ${texts.join(' | ')}`).toBeLessThanOrEqual(2);
    }
  });
}

test('on a phone, arriving at each block’s first step says it, “Step 1 of N”', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.clock.install();
  await page.goto('./');
  for (const block of blocks) {
    const first = block.steps[0]!;
    await scrollToStep(page, first.id);
    const root = chartOfStep(page, first.id);
    await expectSettled(root, first.state);
    await page.clock.fastForward(1000);
    const text = ((await narrationOf(page, first.id).textContent()) ?? '').trim();
    expect(text).toMatch(/^Chart, step 1 of /);
    await expect(statusOf(root), block.id).toHaveText(spoken(text), { timeout: 4000 });
  }
});

test('previous and next say “Step n of N” and the step’s sentence', async ({ page }) => {
  await page.goto('./');
  const block = blocks.find((b) => b.steps.length >= 2)!;
  const [first, second] = block.steps;
  await scrollToStep(page, first!.id);
  const root = chartOfStep(page, first!.id);
  await expectSettled(root, first!.state);
  const status = statusOf(root);
  const sentence = async (id: string) => spoken(((await narrationOf(page, id).textContent()) ?? '').trim());
  await expect(status).toHaveText(await sentence(first!.id), { timeout: 4000 });
  await page.locator(`[id="${block.id}"] [data-step-next]`).click();
  await expectSettled(root, second!.state);
  await expect(status).toHaveText(new RegExp(`^Step 2 of ${block.steps.length}: `), { timeout: 4000 });
  await expect(status).toHaveText(await sentence(second!.id));
  await page.locator(`[id="${block.id}"] [data-step-prev]`).click();
  await expectSettled(root, first!.state);
  await expect(status).toHaveText(await sentence(first!.id), { timeout: 4000 });
});

test('every embed says its first state without being asked, and a run of clicks only where it ends', async ({ page }) => {
  // The settle (800 ms) is skipped ahead on Playwright's clock rather than sat through.
  await page.clock.install();
  for (const chart of charts) {
    await page.goto(`./embed/${chart.id}/`);
    const root = page.locator('[data-chart]');
    await expectSettled(root, chart.defaultState);
    await page.clock.fastForward(1000);
    const status = statusOf(root);
    const n = chart.states.length;
    await expect(status, chart.id).toHaveText(new RegExp(`^Step ${chart.states.indexOf(chart.defaultState) + 1} of ${n}: \\S`), { timeout: 4000 });
    if (n < 2) continue;
    await recordAnnouncements(page);
    const others = chart.states.filter((s) => s !== chart.defaultState);
    // A quick run of clicks through the switcher, all within one task.
    await page.evaluate((ids) => ids.forEach((id) => document.querySelector<HTMLButtonElement>(`[data-show-state="${id}"]`)!.click()), others);
    const last = others.at(-1)!;
    await expectSettled(root, last);
    await page.clock.fastForward(1000);
    await expect(status).toHaveText(new RegExp(`^Step ${chart.states.indexOf(last) + 1} of ${n}: \\S`), { timeout: 4000 });
    expect(await said(page), chart.id).toHaveLength(1);
  }
});

test('with “Describe the chart” open, each chart’s image, disclosure and step at a phone’s width have no axe violations', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./');
  for (const block of blocks.filter((b, i) => blocks.findIndex((c) => c.chart === b.chart) === i)) {
    const step = block.steps[1] ?? block.steps[0]!;
    await scrollToStep(page, step.id);
    await expectSettled(chartOfStep(page, step.id), step.state);
    await page.locator(`[id="${block.id}"] [data-chart-describe]`).evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(page.locator(`[id="${block.id}"] [data-chart-description]`)).toBeVisible();
    const include = [`[id="${block.id}"] .chart__canvas`, `[id="${block.id}"] [data-chart-describe]`, `[id="${step.id}"]`];
    expect(describeViolations(await axeViolations(page, { include })), block.id).toEqual([]);
  }
});
