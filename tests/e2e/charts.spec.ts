// The charts as a reader sees them, over every chart the page declares: figures with their table,
// numbers the table backs, descriptions that follow the state, motion that respects the reader, a
// static picture without JavaScript, and redraws on resize. What each step draws is checked
// against the build's own picture of it in contract.spec.ts; what a chart's marks mean is
// checked by its folder's unit tests.
import { expect, test, type Page } from '@playwright/test';
import { blocks, chartOfStep, expectSettled, firstBlocks, inlinePictures, storyCharts } from './helpers/registry';
import { parseHTML } from 'linkedom';
import { scrollToStep, storyTablesIn, trackErrors, storyReady } from './helpers/story';

test.use({ reducedMotion: 'reduce' });

/** Every mark of a chart root's canvas: key, series, value, opacity and geometry. */
function marks(page: Page, stepId: string) {
  return chartOfStep(page, stepId).evaluate((root) =>
    [...root.querySelectorAll('.chart__canvas svg [data-series]')].map((e) => ({
      key: e.getAttribute('data-key')!,
      series: e.getAttribute('data-series')!,
      value: e.getAttribute('data-value'),
      opacity: Number(e.getAttribute('opacity') ?? '1'),
      geometry: ['x', 'y', 'width', 'height'].map((a) => e.getAttribute(a)).join(','),
    })),
  );
}

/** Two neighbouring steps, found from the page, whose build-time pictures move a mark both show. */
async function movingPair(page: Page): Promise<[string, string, string]> {
  const pair = await page.evaluate(() => {
    const geometry = (id: string) =>
      new Map([...document.querySelectorAll(`[id="${id}"] .step__inline-chart svg rect[data-key]`)].map((e) => [e.getAttribute('data-key')!, ['x', 'y', 'width', 'height'].map((a) => e.getAttribute(a)).join(',')]));
    for (const block of document.querySelectorAll('[data-scrolly]')) {
      const ids = [...block.querySelectorAll('[data-step]')].map((s) => s.id);
      for (let i = 1; i < ids.length; i++) {
        const [a, b] = [geometry(ids[i - 1]!), geometry(ids[i]!)];
        const moved = [...a].find(([k, g]) => b.has(k) && b.get(k) !== g);
        if (moved) return [ids[i - 1]!, ids[i]!, moved[0]] as [string, string, string];
      }
    }
    return undefined;
  });
  expect(pair, 'some step moves marks the one before it shows').toBeDefined();
  return pair!;
}

test('each chart root is a figure with caption, source, an SVG image with a name and description, and a data table', async ({ page }) => {
  await page.goto('./');
  await inlinePictures(page);
  expect(storyCharts.length).toBeGreaterThan(0);
  for (const chart of storyCharts) {
    const root = page.locator(`[data-chart="${chart}"]`).first();
    expect(await root.evaluate((e) => e.tagName)).toBe('FIGURE');
    await expect(root.locator('figcaption')).not.toBeEmpty();
    await expect(root.locator('.chart__source:visible')).toContainText('Source:');
    const svg = root.locator('.chart__canvas svg[role="img"]');
    const [title, desc] = await svg.evaluate((s) => [s.querySelector('title')?.textContent ?? '', s.querySelector('desc')?.textContent ?? '']);
    expect(title!.length, chart).toBeGreaterThan(20);
    expect(desc!.length, chart).toBeGreaterThan(20);
    await expect(root.locator('table caption')).not.toBeEmpty();
    expect(await root.locator('table th[scope="col"]').count()).toBeGreaterThan(1);
  }
});

// The inline SVG's <title> is what a pointer resting on the chart shows (its name is the heading). The
// takeaway is a sentence dated to the story's date ("by June 2025, New Glenn had flown once"): a block
// whose states are set later (its description opens "As of <date>"), or an embed that can show such a
// state, shows the chart's title instead.
test('each block’s chart title-tip is its takeaway in the story’s time frame, and its heading in a later one', async ({ page, request }) => {
  await page.goto('./');
  let later = 0;
  for (const block of blocks) {
    const figure = page.locator(`[id="${block.id}"] [data-chart]`);
    const [title, desc, heading] = await figure.evaluate((f) => [
      f.querySelector('svg[data-chart-svg] > title')?.textContent ?? '',
      f.querySelector('svg[data-chart-svg] > desc')?.textContent ?? '',
      document.getElementById(f.getAttribute('aria-labelledby')!)?.textContent?.trim() ?? '',
    ]);
    // the takeaway as the chart's embed page gives it to whoever shares it
    const embed = parseHTML(await (await request.get(`embed/${block.chart}/`)).text()).document;
    const takeaway = embed.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(takeaway.length, block.chart).toBeGreaterThan(20);
    if (/^As of /.test(desc)) later++;
    expect(title, block.id).toBe(/^As of /.test(desc) ? heading : takeaway);
  }
  expect(later, 'the story has a block set after its date').toBeGreaterThan(0);
  // An embed can show every state: one whose states span time frames (a table per frame) takes its title.
  let spanning = 0;
  for (const chart of new Set(blocks.map((b) => b.chart))) {
    const doc = parseHTML(await (await request.get(`embed/${chart}/`)).text()).document;
    const title = doc.querySelector('svg[data-chart-svg] > title')?.textContent ?? '';
    const frames = doc.querySelectorAll('[data-frame-states]').length;
    if (frames > 1) spanning++;
    expect(title, `embed ${chart}`).toBe(frames > 1 ? doc.querySelector('.chart__title')?.textContent : doc.querySelector('meta[name="description"]')?.getAttribute('content'));
  }
  expect(spanning, 'an embed whose states span time frames').toBeGreaterThan(0);
});

test('a mark keyed like a row of its chart’s table carries the number that row prints', async ({ page }) => {
  await page.goto('./');
  await inlinePictures(page);
  await storyTablesIn(page);
  let matched = 0;
  for (const chart of storyCharts) {
    const root = page.locator(`[data-chart="${chart}"]`).first();
    // The print picture: the chart at the end of its block, drawn by the build, beside the same table.
    const found = await root.evaluate((r) => {
      const rows = new Map([...r.querySelectorAll('table tbody tr')].map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')]));
      return [...r.querySelectorAll('.chart__print svg [data-series][data-value]')]
        .filter((m) => rows.has(m.getAttribute('data-key')!))
        .map((m) => ({ key: m.getAttribute('data-key')!, value: Number(m.getAttribute('data-value')), cells: rows.get(m.getAttribute('data-key')!)! }));
    });
    for (const f of found) {
      const numbers = f.cells.flatMap((c) => (c.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ''))));
      expect(numbers, `${chart}: row ${f.key}`).toContain(f.value);
    }
    matched += found.length;
  }
  // Not vacuous: at least one chart keys its marks by its table's rows.
  expect(matched).toBeGreaterThan(0);
});

test('the description follows the state and is announced once the step is entered', async ({ page }) => {
  await page.goto('./');
  await inlinePictures(page);
  for (const block of firstBlocks.filter((b) => b.steps.length > 1)) {
    const step = block.steps[1]!;
    await scrollToStep(page, step.id);
    const root = chartOfStep(page, step.id);
    await expectSettled(root, step.state);
    // The words the build wrote for that state's picture.
    const words = (await page.locator(`[id="${step.id}"] .step__inline-chart svg desc`).textContent())!;
    expect(words.length).toBeGreaterThan(20);
    await expect(root.locator('.chart__canvas svg desc')).toHaveText(words);
    // Once the reader settles, the live region says the step's short sentence (tests/e2e/narration.spec.ts).
    const narration = (await page.locator(`[id="${step.id}"] [data-step-narration]`).textContent())!;
    await expect(root.locator('[aria-live="polite"]')).toHaveText(narration.replace(/^Chart, step/, 'Step'));
  }
});

/** Records, the moment a chart's state changes, whether it is at rest and where its marks are. */
async function watchStateChange(page: Page, stepId: string, key = '') {
  await chartOfStep(page, stepId).evaluate((root, key) => {
    const snap = () => [...root.querySelectorAll('.chart__canvas svg [data-series]')].map((e) => `${e.getAttribute('data-key')}:${['x', 'y', 'width', 'height', 'opacity'].map((a) => e.getAttribute(a)).join(',')}`).join(' ');
    const w = window as unknown as { __change?: { settled: string | undefined; marks: string; first: Element | null } };
    const first = root.querySelector(`.chart__canvas svg [data-series][data-key="${key}"]`);
    new MutationObserver((_, obs) => {
      w.__change = { settled: (root as HTMLElement).dataset.settled, marks: snap(), first };
      obs.disconnect();
    }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  }, key);
  return {
    change: () => page.evaluate(() => (window as unknown as { __change?: { settled: string | undefined; marks: string } }).__change),
    now: () => chartOfStep(page, stepId).evaluate((root) => [...root.querySelectorAll('.chart__canvas svg [data-series]')].map((e) => `${e.getAttribute('data-key')}:${['x', 'y', 'width', 'height', 'opacity'].map((a) => e.getAttribute(a)).join(',')}`).join(' ')),
    /** the element that drew `key` before the change still draws it */
    sameElement: () => chartOfStep(page, stepId).evaluate((root, key) => {
      const c = (window as unknown as { __change?: { first: Element | null } }).__change;
      return !!c?.first && c.first === root.querySelector(`.chart__canvas svg [data-series][data-key="${key}"]`);
    }, key),
  };
}

test('reduced motion: a new state is drawn at once, at rest the moment it is applied', async ({ page }) => {
  await page.goto('./');
  await inlinePictures(page);
  const [from, to] = await movingPair(page);
  await scrollToStep(page, from);
  await expectSettled(chartOfStep(page, from), (await page.locator(`[id="${from}"]`).getAttribute('data-step'))!);
  const watch = await watchStateChange(page, from);
  await scrollToStep(page, to);
  await expect.poll(watch.change).toBeDefined();
  const change = (await watch.change())!;
  expect(change.settled).toBe('true');
  expect(await watch.now()).toBe(change.marks);
});

test.describe('with motion allowed', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('marks move between states over time (the same elements, not replaced), then the chart says it is at rest', async ({ page }) => {
    await page.goto('./');
  await inlinePictures(page);
    const [from, to, key] = await movingPair(page);
    await scrollToStep(page, from);
    const root = chartOfStep(page, from);
    await expectSettled(root, (await page.locator(`[id="${from}"]`).getAttribute('data-step'))!);
    const before = (await marks(page, from)).map((m) => m.key);
    const watch = await watchStateChange(page, from, key);
    await scrollToStep(page, to);
    await expect.poll(watch.change).toBeDefined();
    const change = (await watch.change())!;
    // Applied, not yet arrived.
    expect(change.settled).toBe('false');
    await expectSettled(root, (await page.locator(`[id="${to}"]`).getAttribute('data-step'))!);
    expect(await watch.now()).not.toBe(change.marks);
    expect(await watch.sameElement()).toBe(true);
    // Keys present in both states kept their elements; the set at rest is the new state's.
    const after = (await marks(page, to)).map((m) => m.key);
    expect(after.filter((k) => before.includes(k)).length).toBeGreaterThan(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each block’s chart shows its first step’s state, as the build drew it, and links to its table', async ({ page }) => {
    await page.goto('./');
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      const first = b.steps[0]!;
      const root = chartOfStep(page, first.id);
      await expect(root).toHaveAttribute('data-state', first.state);
      // The build's pictures, read from their files (no script runs here to inline them).
      const fileMarks = async (src: string) => {
        const { document } = parseHTML(await (await page.request.get(new URL(src, page.url()).href)).text());
        return [...document.querySelectorAll('[data-series]')].map((m) => `${m.getAttribute('data-key')} ${m.getAttribute('data-series')} ${m.getAttribute('data-value')}`).sort();
      };
      // A story chart stands as a picture of its state, under its empty SVG, until a script draws it.
      const under = await root.evaluate((r) => r.querySelector('.chart__canvas [data-chart-picture]')?.getAttribute('src') ?? null);
      const live = under ? await fileMarks(under) : (await marks(page, first.id)).map((m) => `${m.key} ${m.series} ${m.value}`).sort();
      expect(live.length, b.id).toBeGreaterThan(0);
      // The build's picture of that step.
      const src = (await page.locator(`[id="${first.id}"] .step__inline-chart img`).getAttribute('src'))!;
      const built = await fileMarks(src);
      expect(live, b.id).toEqual(built);
      // its table is on the chart's own page, one link away
      const own = await root.locator('details.chart__table a').first().getAttribute('href');
      expect(own, b.id).toMatch(/\/embed\/[a-z0-9-]+\/$/);
      const { document } = parseHTML(await (await page.request.get(new URL(own!, page.url()).href)).text());
      expect(document.querySelectorAll('table tbody tr').length, b.id).toBeGreaterThan(0);
    }
  });
});

test('resizing from 1280px to 375px and back redraws the charts at their new size without errors', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./');
  // the script starts after the first paint: its rows are in and its first look taken
  await storyReady(page);
  await inlinePictures(page);
  const block = blocks.find((b) => b.steps.length > 2) ?? blocks[0]!;
  const step = block.steps[Math.min(2, block.steps.length - 1)]!;
  const fit = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-chart] .chart__canvas')].map((c) => {
        const vb = c.querySelector('svg')!.viewBox.baseVal;
        // A chart that is not laid out (an inline picture's twin, a hidden block), or not drawn yet
        // (it stands as its picture until it nears the screen), is not measured.
        if (c.querySelector('[data-chart-picture]')) return true;
        const w = c.getBoundingClientRect().width;
        return w === 0 || Math.abs(vb.width - w) < 2;
      }),
    );
  const built = await page.locator(`[id="${step.id}"] .step__inline-chart svg [data-series]`).evaluateAll((els) => els.map((m) => `${m.getAttribute('data-key')} ${m.getAttribute('data-series')}`).sort());
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await scrollToStep(page, step.id);
    await expectSettled(chartOfStep(page, step.id), step.state);
    await expect.poll(async () => (await fit()).every(Boolean)).toBe(true);
    expect((await marks(page, step.id)).map((m) => `${m.key} ${m.series}`).sort()).toEqual(built);
  }
  expect(errors).toEqual([]);
});
