// The charts' data tables are worth using: every column of every table sorts both ways by a real
// button in its header (aria-sort on the header cell), by number, date or text as its cells are,
// in the story, on the embed page and in the script embed's shadow root; the rows of the state the
// chart shows are marked (aria-current, and a caption sentence that says so) and follow the steps;
// each disclosure is named for its chart. Without JavaScript the tables stay plain. The story's tables
// come from a file once the page has loaded (src/charts/story-tables.ts): the same tables as the
// chart's own page; until then, and without JavaScript, each one's place links to that page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHost, type Host } from './helpers/host';
import { blocks, chartOfStep, charts, expectSettled, firstBlocks } from './helpers/registry';
import { scrollToStep, storyReady, storyTablesIn } from './helpers/story';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** What a cell says, read the way a reader would: an amount, a date, or words; undefined when empty. */
function readCell(text: string, type: string): number | string | undefined {
  const t = text.trim();
  if (t === '' || t === '—') return undefined;
  if (type === 'number') {
    const m = /(\d[\d,]*(?:\.\d+)?)\s*(million|billion)?/.exec(t);
    expect(m, `"${t}" has an amount`).not.toBeNull();
    return Number(m![1]!.replace(/,/g, '')) * (m![2] === 'billion' ? 1e9 : m![2] === 'million' ? 1e6 : 1);
  }
  if (type === 'date') {
    const m = /^(?:(\d{1,2}) )?(\w+) (\d{4})$/.exec(t);
    expect(m, `"${t}" is a date`).not.toBeNull();
    const month = MONTHS.indexOf(m![2]!.toLowerCase());
    expect(month, `"${t}" names a month`).toBeGreaterThanOrEqual(0);
    // A month alone sits at mid-month, as the timeline places it.
    return Date.UTC(Number(m![3]), month, Number(m![1] ?? 15));
  }
  return t;
}

const rowTexts = (table: Locator) => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));

/**
 * Sorts the table by each column, ascending then descending, and checks the order against the cells.
 * `onePerType`: only the first column of each sort type (number, date, text), where the embed pages
 * have already checked every column of the same tables and the same sort code.
 */
async function checkSorting(table: Locator, where: string, { onePerType = false } = {}): Promise<number> {
  const headers = table.locator('thead th');
  // The sort buttons arrive with the chart's enhancements, loaded on the first press inside it.
  await expect(headers.first().getByRole('button')).toBeVisible();
  const columns = await headers.count();
  expect(columns, `${where}: columns`).toBeGreaterThan(1);
  const before = (await rowTexts(table)).sort();
  let sorts = 0;
  const typesSeen = new Set<string>();
  for (let c = 0; c < columns; c++) {
    const th = headers.nth(c);
    const type = (await th.getAttribute('data-sort-type')) ?? '';
    if (onePerType && typesSeen.has(type)) continue;
    typesSeen.add(type);
    expect(['number', 'date', 'text'], `${where}: column ${c} sorts by number, date or text`).toContain(type);
    const button = th.getByRole('button');
    await expect(button, `${where}: column ${c} has one button named by its header`).toHaveAccessibleName((await th.textContent())!.trim());
    for (const direction of ['ascending', 'descending'] as const) {
      await button.click();
      await expect(th).toHaveAttribute('aria-sort', direction);
      const others = await headers.evaluateAll((hs, i) => hs.filter((_, j) => j !== i).map((h) => h.getAttribute('aria-sort')), c);
      expect(others.every((s) => s === 'none'), `${where}: only the sorted column says it is sorted`).toBe(true);
      const cells = await table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), c);
      const values = cells.map((t) => readCell(t, type));
      // A column of plain numbers (years, counts) sorts as numbers, never as text ("134" before "2").
      if (cells.every((t) => /^\s*(\d[\d,]*|—)\s*$/.test(t))) expect(type, `${where}: column ${c} holds numbers`).toBe('number');
      const filled = values.filter((v) => v !== undefined);
      expect(values.slice(filled.length).every((v) => v === undefined), `${where}: empty cells go last`).toBe(true);
      // Each neighbouring pair in order (one assertion for the column: the list of pairs out of order).
      const outOfOrder = filled.slice(1).flatMap((b, i) => {
        const a = filled[i]!;
        const d = typeof a === 'number' ? a - (b as number) : String(a).localeCompare(String(b));
        return (direction === 'ascending' ? d <= 0 : d >= 0) ? [] : [`${a} before ${b}`];
      });
      expect(outOfOrder, `${where}: column ${c} ${direction}: ${cells.join(' | ')}`).toEqual([]);
      sorts++;
    }
  }
  // Sorting moves rows; it never changes or loses one.
  expect((await rowTexts(table)).sort()).toEqual(before);
  return sorts;
}

test.describe('sorting', () => {
  test('on each embed page, every table of every time frame sorts by every column both ways', async ({ page }) => {
    let sorts = 0;
    for (const chart of charts) {
      await page.goto(`./embed/${chart.id}/`);
      const root = page.locator('[data-chart][data-hydrated]');
      await expectSettled(root);
      const frames = await root.locator('[data-frame-states]').evaluateAll((fs) => fs.map((f) => (f as HTMLElement).dataset.frameStates!.split(' ')[0]!));
      expect(frames.length).toBeGreaterThan(0);
      for (const state of frames) {
        await page.locator(`[data-show-state="${state}"]`).click();
        await expectSettled(root, state);
        const frame = root.locator('[data-frame-states]:visible');
        await expect(frame).toHaveCount(1);
        await frame.locator('summary').click();
        sorts += await checkSorting(frame.locator('table'), `${chart.id} embed, ${state}'s frame`);
      }
    }
    expect(sorts).toBeGreaterThanOrEqual(charts.length * 4);
  });

  test('in the story, each chart’s table sorts both ways by a column of each kind', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    for (const block of firstBlocks) {
      const root = page.locator(`#${block.id} [data-chart]`);
      // A story chart is drawn once it nears the screen.
      await root.scrollIntoViewIfNeeded();
      await expectSettled(root);
      const frame = root.locator('[data-frame-states]:visible');
      await frame.locator('summary').click();
      await checkSorting(frame.locator('table'), `story, ${block.id}`, { onePerType: true });
      await frame.locator('summary').click();
    }
  });

  test('in the script embed’s shadow root, each chart’s table sorts', async ({ page, baseURL }) => {
    const host: Host = await startHost();
    try {
      for (const chart of charts) {
        const url = host.page(
          `/t-${chart.id}`,
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>A host</h1>` +
            `<div id="slot" data-launch-contest-chart="${chart.id}"></div><script src="${baseURL}embed.js" async></script></main></body></html>`,
        );
        await page.goto(url);
        const root = page.locator('#slot [data-chart][data-hydrated]');
        await expectSettled(root);
        const frame = root.locator('[data-frame-states]:visible');
        await frame.locator('summary').click();
        await checkSorting(frame.locator('table'), `${chart.id} script embed`, { onePerType: true });
      }
    } finally {
      await host.close();
    }
  });

  test('without JavaScript, each story table’s place links to its chart’s own page, where the tables are plain: no buttons, no aria-sort, no marked rows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    const places = await page.locator('[data-chart] details.chart__table').evaluateAll((ds) =>
      ds.map((d) => ({ chart: d.closest('[data-chart]')!.getAttribute('data-chart'), links: [...d.querySelectorAll('a')].map((a) => a.href), tables: d.querySelectorAll('table').length })),
    );
    expect(places.length).toBeGreaterThanOrEqual(blocks.length);
    for (const p of places) {
      expect(p.tables, p.chart!).toBe(0);
      expect(p.links, p.chart!).toEqual([new URL(`embed/${p.chart}/`, page.url()).href]);
    }
    for (const chart of charts) {
      await page.goto(`./embed/${chart.id}/`);
      const tables = page.locator('table.data-table');
      expect(await tables.count(), chart.id).toBeGreaterThan(0);
      await expect(tables.locator('button')).toHaveCount(0);
      await expect(tables.locator('[aria-sort], [aria-current]')).toHaveCount(0);
      await expect(tables.locator('[data-current-note]:not([hidden])')).toHaveCount(0);
    }
    await context.close();
  });
});

/** The visible table's marked rows (their first cells), checked against what the build says the state is about. */
async function currentRows(root: Locator, state: string, where: string): Promise<string[]> {
  const table = root.locator('[data-frame-states]:visible table');
  await expect(table).toHaveCount(1);
  // Opened as a reader would open the disclosure, so what it shows can be seen.
  await root.locator('[data-frame-states]:visible details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ head: tr.children[0]!.textContent!.trim(), current: tr.getAttribute('aria-current'), about: (tr as HTMLElement).dataset.currentIn?.split(' ') ?? [] })),
  );
  const marked = rows.filter((r) => r.current === 'true');
  expect(marked.length, `${where}: rows marked`).toBeGreaterThan(0);
  expect(rows.filter((r) => r.about.includes(state)).map((r) => r.head), `${where}: the marked rows are the state's`).toEqual(marked.map((r) => r.head));
  expect(rows.filter((r) => r.current !== null && r.current !== 'true'), `${where}: no other aria-current value`).toEqual([]);
  // The caption says it, with the count, so a screen reader hears it with the table's name.
  const note = table.locator('caption [data-current-note]');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(marked.length === rows.length ? /every row/ : new RegExp(`\\b${marked.length} rows?\\b`));
  await expect(table).toHaveAccessibleName(/Highlighted/);
  // The mark shows: the current row's first cell has a bar the others do not.
  const bars = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr.children[0]!).borderInlineStartColor));
  const markedBar = bars[rows.findIndex((r) => r.current === 'true')]!;
  if (marked.length < rows.length) expect(bars[rows.findIndex((r) => r.current !== 'true')], `${where}: marked rows look different`).not.toBe(markedBar);
  return marked.map((r) => r.head);
}

test('the marked rows follow the story’s steps as the reader scrolls, and the next button', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  for (const block of blocks) {
    const seen = new Set<string>();
    for (const step of block.steps) {
      await scrollToStep(page, step.id);
      const root = chartOfStep(page, step.id);
      await expectSettled(root, step.state);
      const marked = await currentRows(root, step.state, step.id);
      // Which table (a later time frame has its own) and which of its rows.
      seen.add(`${await root.locator('[data-frame-states]:visible').getAttribute('data-frame')}: ${marked.join('|')}`);
    }
    if (block.steps.length > 1) expect(seen.size, `${block.id}: the marks move as the steps do`).toBeGreaterThan(1);
  }
  // The step buttons move the marks too.
  const block = blocks.find((b) => b.steps.length > 2)!;
  await scrollToStep(page, block.steps[0]!.id);
  const root = chartOfStep(page, block.steps[0]!.id);
  await expectSettled(root, block.steps[0]!.state);
  const next = page.locator(`#${block.id}`).getByRole('button', { name: 'Next step' });
  await next.click();
  await expectSettled(root, block.steps[1]!.state);
  await currentRows(root, block.steps[1]!.state, `${block.steps[1]!.id} by the next button`);
});

test('each embed marks the rows of the state its switcher picks', async ({ page }) => {
  for (const chart of charts) {
    await page.goto(`./embed/${chart.id}/`);
    const root = page.locator('[data-chart][data-hydrated]');
    for (const state of chart.states) {
      await page.locator(`[data-show-state="${state}"]`).click();
      await expectSettled(root, state);
      await currentRows(root, state, `${chart.id} embed ${state}`);
    }
  }
});

async function disclosureNames(page: Page) {
  return page.locator('[data-chart]').evaluateAll((roots) =>
    roots.flatMap((r) => {
      const title = r.querySelector('.chart__title')!.textContent!.trim();
      return [...r.querySelectorAll('.chart__table summary')].map((s) => ({ title, name: s.textContent!.replace(/\s+/g, ' ').trim(), shown: !s.closest('[hidden]') }));
    }),
  );
}

test('each table’s disclosure is named for its chart, and no two shown at once share a name', async ({ page }) => {
  await page.goto('./');
  const story = await disclosureNames(page);
  expect(story.length).toBeGreaterThanOrEqual(blocks.length);
  for (const d of story) expect(d.name).toContain(`Data table: ${d.title}`);
  const shown = story.filter((d) => d.shown).map((d) => d.name);
  expect(new Set(shown).size, shown.join(' / ')).toBe(shown.length);
  for (const chart of charts) {
    await page.goto(`./embed/${chart.id}/`);
    const names = await disclosureNames(page);
    expect(names.length).toBeGreaterThan(0);
    for (const d of names) expect(d.name).toContain(`Data table: ${d.title}`);
  }
});

test('the story’s tables, fetched after load, are the tables of the chart’s own page, frame by frame', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[data-table-slot]')).toHaveCount(0);
  const story = await page.locator('[data-chart] .chart__frame').evaluateAll((frames) =>
    frames.map((f) => ({ chart: f.closest('[data-chart]')!.getAttribute('data-chart')!, frame: f.getAttribute('data-frame')!, html: f.querySelector('table')!.outerHTML })),
  );
  expect(story.length).toBeGreaterThanOrEqual(blocks.length);
  for (const chart of charts) {
    await page.goto(`./embed/${chart.id}/`);
    for (const t of story.filter((t) => t.chart === chart.id)) {
      const own = await page.locator(`.chart__frame[data-frame="${t.frame}"] table`).evaluate((el) => el.outerHTML);
      // the same table, rows, cells and caption, less what each page's script has marked
      const plain = (html: string) => html.replace(/ aria-current="true"/g, '').replace(/<span class="data-table__current-note"[^>]*>[^<]*<\/span>/, '');
      expect(plain(t.html), `${chart.id} ${t.frame}`).toBe(plain(own));
    }
  }
});

test('a table opened before its file has come fills in when it comes', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/chart-data\/[^/]*\.tables\.[^/]*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  // the story's script, which starts after the first paint, has set the page up
  await storyReady(page);
  const root = page.locator(`#${firstBlocks[0]!.id} [data-chart]`);
  const frame = root.locator('[data-frame-states]:visible');
  await frame.locator('summary').click();
  // until then, the way to the table without the script: the chart's own page
  await expect(frame.locator('[data-table-slot] a')).toBeVisible();
  release();
  await expect(frame.locator('table tbody tr').first()).toBeVisible();
  await expect(frame.locator('[data-table-slot]')).toHaveCount(0);
  // and the rows of the state shown are marked; the press on the summary loaded sorting before the
  // table came, so the table is made sortable as it arrives
  await expect(frame.locator('tbody tr[aria-current="true"]').first()).toBeAttached();
  await expect(frame.locator('thead th button.data-table__sort').first()).toBeAttached();
  // it is the table's scrolling region now, named for it
  await expect(frame.getByRole('region')).toHaveAccessibleName(`${await root.locator('.chart__title').textContent()}: data table`);
});

// The page names only the regions it must (a continued block, a table of one of several time frames):
// the others take their chart's heading (src/charts/story-tables.ts), to the same words.
test('every story table’s region is named for its chart: the heading, “(continued)” in a later block, the date of a later frame', async ({ page }) => {
  await page.goto('./');
  await storyTablesIn(page);
  const names = await page.locator('[data-scrolly] [data-chart]').evaluateAll((figures) =>
    figures.map((f) => ({
      heading: f.querySelector('.chart__title')?.textContent ?? '',
      later: f.closest('[data-scrolly]') !== document.querySelector(`[data-scrolly="${f.getAttribute('data-chart')}"]`),
      regions: [...f.querySelectorAll('[role="region"]')].map((r) => r.getAttribute('aria-label') ?? ''),
    })),
  );
  expect(names.length).toBeGreaterThan(3);
  for (const { heading, later, regions } of names) {
    expect(regions.length, heading).toBeGreaterThan(0);
    for (const name of regions) {
      if (later) expect(name, heading).toMatch(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(continued\\): data table(, as of \\d{1,2} [A-Z][a-z]+ \\d{4})?$`));
      // a table of the story's own date says none; one of a later frame beside it says its date
      else if (regions.length > 1) expect(name, heading).toMatch(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: data table(, as of \\d{1,2} [A-Z][a-z]+ \\d{4})?$`));
      else expect(name, heading).toBe(`${heading}: data table`);
    }
  }
  expect(names.some((n) => n.later), 'a continued block').toBe(true);
});

test('without the script’s tables, the table’s place is a link, not a region; the address prints', async ({ page }) => {
  await page.route(/\/chart-data\/[^/]*\.tables\.[^/]*\.json$/, (route) => route.abort());
  await page.goto('./');
  const frame = page.locator(`#${firstBlocks[0]!.id} [data-chart] [data-frame-states]:visible`);
  await frame.locator('summary').click();
  await expect(frame.getByRole('link', { name: 'The chart and its data table on a page of their own' })).toBeVisible();
  await expect(frame.getByRole('region')).toHaveCount(0);
  await expect(frame.locator('.print-only')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(frame.locator('.print-only')).toHaveText(/\(https?:\/\/[^ ]+\/embed\/[a-z0-9-]+\/\)/);
});
