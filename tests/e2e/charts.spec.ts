// The two charts, as a reader sees them: marks by series per step, numbers from the data files,
// motion that respects the reader, a static picture without JavaScript, and redraws on resize.
import { expect, test, type Page } from '@playwright/test';
import { falcon, missions, newGlenn, nssl, scrollToStep, trackErrors } from './helpers/story';

const S = missions('spacex');
const B = missions('blue-origin');
const U = missions('ula');
const total = S + B + U;
const storyDate = newGlenn.storyDate;
/** Falcon years a state knows: drawn through `through`, and only once the year was over as of `asOf`. */
const knownYears = (through: number, asOf: string) => falcon.years.filter((d) => d.year <= through && asOf >= `${d.year}-12-31`).length;
const flownBy = (asOf: string) => newGlenn.flights.filter((f) => f.date <= asOf).length;
const targets = falcon.expectations.length;

/** Visible marks by series at each state, worked out from the data files and what each state means. */
const expected: Record<string, Record<string, Record<string, number>>> = {
  'mission-split': {
    award: { unassigned: total },
    spacex: { spacex: S, unassigned: total - S },
    'blue-origin': { spacex: S, 'blue-origin': B, unassigned: U },
    ula: { spacex: S, 'blue-origin': B, ula: U },
    value: { spacex: S, 'blue-origin': B, ula: U },
    'per-mission': { spacex: S, 'blue-origin': B, ula: U },
  },
  'launch-cadence': {
    early: { falcon: knownYears(2016, storyDate) },
    climb: { falcon: knownYears(2023, storyDate) },
    'record-2024': { falcon: knownYears(2024, storyDate) },
    // June 2025: SpaceX's target for the year, and no year-end count.
    'expected-2025': { falcon: knownYears(2025, storyDate) + targets },
    'new-glenn': { falcon: knownYears(2025, storyDate) + targets, 'new-glenn': flownBy(storyDate) },
    'second-flight': { falcon: knownYears(2025, '2025-11-13') + targets, 'new-glenn': flownBy('2025-11-13') },
    'year-end-2025': { falcon: knownYears(2025, '2025-12-31') + targets, 'new-glenn': flownBy('2025-12-31') },
  },
};

test.use({ reducedMotion: 'reduce' });

/** The chart root of the block a step belongs to (a chart may have several blocks). */
const chartOfStep = (page: Page, stepId: string) => page.locator(`[data-scrolly]:has(#${stepId}) [data-chart]`);

async function blockSeries(page: Page, stepId: string): Promise<Record<string, number>> {
  return chartOfStep(page, stepId).evaluate((root) => {
    const counts: Record<string, number> = {};
    for (const m of root.querySelectorAll<SVGElement>('.chart__canvas svg [data-series]')) {
      if (Number(m.getAttribute('opacity') ?? '1') <= 0) continue;
      const s = m.getAttribute('data-series')!;
      counts[s] = (counts[s] ?? 0) + 1;
    }
    return counts;
  });
}

/** Scroll to the step that shows `state` (whichever block it is in); returns its id. */
async function goToState(page: Page, chart: string, state: string) {
  const id = `${chart}--${state}`;
  await scrollToStep(page, id);
  await expect(chartOfStep(page, id)).toHaveAttribute('data-state', state);
  return id;
}

test('at every step of every block, the chart shows the step’s state and the marks the data give it', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./');
  const steps = await page.$$eval('[data-scrolly] [data-step]', (els) => els.map((e) => ({ id: e.id, state: (e as HTMLElement).dataset.step!, chart: e.closest<HTMLElement>('[data-scrolly]')!.dataset.scrolly! })));
  for (const chart of Object.keys(expected)) expect(steps.some((s) => s.chart === chart), chart).toBe(true);
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expect(chartOfStep(page, step.id)).toHaveAttribute('data-state', step.state);
    const counts = expected[step.chart]?.[step.state];
    if (counts) await expect.poll(() => blockSeries(page, step.id), { message: `${step.chart} @ ${step.state}` }).toEqual(counts);
  }
  expect(errors).toEqual([]);
});

test('launch-cadence: every bar carries its year and launch count from the data', async ({ page }) => {
  await page.goto('./');
  const id = await goToState(page, 'launch-cadence', 'year-end-2025');
  const bars = await chartOfStep(page, id).locator('.chart__canvas svg rect[data-series="falcon"]').evaluateAll((els) =>
    els.map((e) => ({ key: e.getAttribute('data-key'), value: Number(e.getAttribute('data-value')), height: Number(e.getAttribute('height')) })),
  );
  for (const y of falcon.years) expect(bars.find((b) => b.key === String(y.year))?.value).toBe(y.launches);
  const exp = falcon.expectations[0]!;
  expect(bars.find((b) => b.key === `${exp.year}-expected`)?.value).toBe(exp.launches);
  // Heights on one scale: height / launches is the same for every bar.
  const ratios = bars.filter((b) => b.value > 0).map((b) => b.height / b.value);
  for (const r of ratios) expect(Math.abs(r / ratios[0]! - 1)).toBeLessThan(0.02);
});

test('mission-split: in the dollar state each company\'s marks cover an area proportional to its award', async ({ page }) => {
  await page.goto('./');
  await goToState(page, 'mission-split', 'value');
  const areas = await page.$$eval('[data-chart="mission-split"] .chart__canvas svg rect[data-series]', (els) => {
    const a: Record<string, number> = {};
    for (const e of els) {
      const s = e.getAttribute('data-series')!;
      a[s] = (a[s] ?? 0) + Number(e.getAttribute('width')) * Number(e.getAttribute('height'));
    }
    return a;
  });
  const k = areas.spacex! / nssl.providers.find((p) => p.id === 'spacex')!.valueUsdMillions;
  for (const p of nssl.providers) expect(Math.abs(areas[p.id]! / (p.valueUsdMillions * k) - 1)).toBeLessThan(0.01);
  // And the labels say the same dollar figures.
  const labels = await page.locator('[data-chart="mission-split"] .chart__canvas svg text').allTextContents();
  for (const p of nssl.providers) expect(labels.join(' ')).toContain(`$${(p.valueUsdMillions / 1000).toFixed(1)} billion`);
});

test('each chart root is a figure with caption, source, an SVG image with a name and description, and a data table', async ({ page }) => {
  await page.goto('./');
  for (const chart of Object.keys(expected)) {
    const root = page.locator(`[data-chart="${chart}"]`).first();
    expect(await root.evaluate((e) => e.tagName)).toBe('FIGURE');
    await expect(root.locator('figcaption')).not.toBeEmpty();
    await expect(root.locator('.chart__source:visible')).toContainText('Source:');
    const svg = root.locator('.chart__canvas svg[role="img"]');
    const [title, desc] = await svg.evaluate((s) => [s.querySelector('title')?.textContent ?? '', s.querySelector('desc')?.textContent ?? '']);
    expect(title!.length).toBeGreaterThan(20);
    expect(desc!.length).toBeGreaterThan(20);
    await expect(root.locator('table caption')).not.toBeEmpty();
    expect(await root.locator('table th[scope="col"]').count()).toBeGreaterThan(1);
  }
});

test('the description follows the state and is announced once per step', async ({ page }) => {
  await page.goto('./');
  await goToState(page, 'mission-split', 'spacex');
  const root = page.locator('[data-chart="mission-split"]');
  await expect(root.locator('.chart__canvas svg desc')).toContainText(`SpaceX ${S}`);
  await expect(root.locator('[aria-live="polite"]')).toContainText(`SpaceX ${S}`);
  await goToState(page, 'mission-split', 'ula');
  await expect(root.locator('.chart__canvas svg desc')).toContainText(`United Launch Alliance ${U}`);
});

async function markSnapshot(page: Page, chart: string) {
  return page.$$eval(`[data-chart="${chart}"] .chart__canvas svg rect[data-series]`, (els) => els.map((e) => `${e.getAttribute('x')},${e.getAttribute('y')},${e.getAttribute('width')},${e.getAttribute('height')}`).join(' '));
}

test('reduced motion: a new state is drawn at once, with nothing left animating', async ({ page }) => {
  await page.goto('./');
  await goToState(page, 'mission-split', 'ula');
  await page.waitForTimeout(100);
  await goToState(page, 'mission-split', 'value');
  const soon = await markSnapshot(page, 'mission-split');
  await page.waitForTimeout(900);
  expect(await markSnapshot(page, 'mission-split')).toBe(soon);
});

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('marks move between states over time (the same elements, not replaced)', async ({ page }) => {
    await page.goto('./');
    await goToState(page, 'mission-split', 'ula');
    await page.waitForTimeout(1000);
    const before = await page.$$eval('[data-chart="mission-split"] .chart__canvas svg rect[data-series]', (els) => els.map((e) => e.getAttribute('data-key')));
    await page.evaluate(() => ((window as unknown as { __first: Element | null }).__first = document.querySelector('[data-chart="mission-split"] .chart__canvas svg rect[data-key="m01"]')));
    await goToState(page, 'mission-split', 'value');
    const early = await markSnapshot(page, 'mission-split');
    await page.waitForTimeout(1100);
    const settled = await markSnapshot(page, 'mission-split');
    expect(early).not.toBe(settled);
    const same = await page.evaluate(() => (window as unknown as { __first: Element | null }).__first === document.querySelector('[data-chart="mission-split"] .chart__canvas svg rect[data-key="m01"]'));
    expect(same).toBe(true);
    const after = await page.$$eval('[data-chart="mission-split"] .chart__canvas svg rect[data-series]', (els) => els.map((e) => e.getAttribute('data-key')));
    expect(after.sort()).toEqual(before.sort());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each chart shows its first state and its table', async ({ page }) => {
    await page.goto('./');
    const blocks = await page.$$eval('[data-scrolly]', (els) => els.map((b) => ({ chart: (b as HTMLElement).dataset.scrolly!, first: b.querySelector<HTMLElement>('[data-step]')!.id, state: b.querySelector<HTMLElement>('[data-step]')!.dataset.step! })));
    for (const b of blocks) {
      await expect(chartOfStep(page, b.first)).toHaveAttribute('data-state', b.state);
      const counts = expected[b.chart]?.[b.state];
      if (counts) expect(await blockSeries(page, b.first)).toEqual(counts);
      expect(await chartOfStep(page, b.first).locator('table tbody tr').count()).toBeGreaterThan(2);
    }
  });
});

test('resizing from 1280px to 375px and back redraws the charts at their new size without errors', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./');
  await goToState(page, 'launch-cadence', 'record-2024');
  const fit = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-chart] .chart__canvas')].map((c) => {
        const vb = c.querySelector('svg')!.viewBox.baseVal;
        // A chart that is not laid out (an inline picture's twin, a hidden block) is not measured.
        const w = c.getBoundingClientRect().width;
        return w === 0 || Math.abs(vb.width - w) < 2;
      }),
    );
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const id = await goToState(page, 'launch-cadence', 'record-2024');
    await expect.poll(async () => (await fit()).every(Boolean)).toBe(true);
    await expect.poll(() => blockSeries(page, id)).toEqual(expected['launch-cadence']!['record-2024']);
  }
  expect(errors).toEqual([]);
});
