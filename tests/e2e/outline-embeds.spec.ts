// Chart titles are headings in the outline (under their chapter's h2 in the story, the page's h1 on
// an embed page); an embed pasted with a fixed, short height scrolls, and stops scrolling once a host
// sizes it; a pinned embed keeps its state switcher; pressed toggles show in forced colours; each
// share card's alt text says what the step's chart shows, from the state's own description.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { startHost, expectFitted, type Host } from './helpers/host';
import { blocks, charts, expectSettled, steps } from './helpers/registry';

test('in the story, each chart’s title is an h3 under its chapter’s h2, and the outline skips no level', async ({ page }) => {
  await page.goto('./');
  const outline = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => ({
        level: Number(h.tagName[1]),
        text: h.textContent!.trim(),
        chart: h.classList.contains('chart__title'),
        chapter: h.closest('[data-chapter]')?.id ?? '',
      })),
  );
  const titles = outline.filter((h) => h.chart);
  expect(titles.length).toBe(blocks.length);
  for (let i = 0; i < outline.length; i++) {
    const h = outline[i]!;
    if (i > 0) expect(h.level, `"${h.text}" skips no level`).toBeLessThanOrEqual(outline[i - 1]!.level + 1);
    if (!h.chart) continue;
    expect(h.level, h.text).toBe(3);
    const parent = outline.slice(0, i).reverse().find((p) => p.level < h.level)!;
    expect(parent.level, `${h.text}: under a chapter`).toBe(2);
    expect(parent.chapter, `${h.text}: under its own chapter's heading`).toBe(h.chapter);
  }
  // The accessibility tree agrees: each figure's heading, named by its title.
  for (const title of new Set(titles.map((t) => t.text))) await expect(page.getByRole('heading', { level: 3, name: title, exact: true }).first()).toBeVisible();
});

test('on each embed page, the chart’s title is the one h1, with or without ?plain', async ({ page }) => {
  for (const chart of charts) {
    for (const query of ['', '?plain']) {
      await page.goto(`./embed/${chart.id}/${query}`);
      await expect(page.locator('[data-chart][data-hydrated]')).toHaveCount(1);
      const title = (await page.locator('.chart__title').textContent())!.trim();
      await expect(page.getByRole('heading', { level: 1 }), `${chart.id}${query}`).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(title);
      // One h1 element in the page, not only in the accessibility tree.
      expect(await page.locator('h1').count(), `${chart.id}${query}`).toBe(1);
      // Shown as the chart's title; under ?plain it is hidden from the eye only.
      const box = (await page.locator('h1.chart__title').boundingBox())!;
      if (query === '') await expect(page.locator('h1.chart__title')).toBeVisible();
      else expect(box.width * box.height, `${chart.id}${query}: title hidden from the eye`).toBeLessThanOrEqual(1);
      if (query !== '') await expect(page.locator('.chart__caption')).toBeHidden();
    }
  }
});

const frameOf = async (page: Page, selector: string): Promise<Frame> => (await (await page.locator(selector).elementHandle())!.contentFrame())!;
const scrollRoom = (target: Page | Frame) => target.evaluate(() => ({ y: Math.round(scrollY), max: document.documentElement.scrollHeight - innerHeight }));

test.describe('an embed in a short frame', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('at 320×256 with no loader, each embed scrolls to its last line; with the loader it fits and shows no scrollbar', async ({ page, baseURL }) => {
    for (const chart of charts) {
      const iframe = `<iframe id="f" src="${baseURL}embed/${chart.id}/" title="${chart.id}" width="320" height="256" style="border:0"></iframe>`;
      await page.goto(host.page(`/short-${chart.id}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${iframe}<p style="height:2000px">Host text.</p></body></html>`));
      const frame = await frameOf(page, '#f');
      await expectSettled(frame.locator('[data-chart]'));
      const room = await scrollRoom(frame);
      expect(room.max, `${chart.id}: the content is taller than the frame`).toBeGreaterThan(100);
      // The reader's wheel over the frame scrolls the embed, to its very bottom.
      await page.mouse.move(160, 128);
      await expect
        .poll(async () => {
          await page.mouse.wheel(0, 400);
          return (await scrollRoom(frame)).y;
        }, { message: `${chart.id}: scrolled to the bottom` })
        .toBeGreaterThanOrEqual(room.max - 1);
      const last = frame.getByRole('link', { name: 'Download the data (CSV)' });
      const box = (await last.boundingBox())!;
      expect(box.y + box.height, `${chart.id}: the last link is in view`).toBeLessThanOrEqual(256 + 1);

      // The same frame with embed.js: sized to its content, so nothing to scroll and no scrollbar.
      await page.goto(host.page(`/fitted-${chart.id}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">${iframe.replace('id="f"', `id="f" data-launch-contest-embed="${chart.id}"`)}<script src="${baseURL}embed.js" async></script></body></html>`));
      await expectFitted(page, '#f', 1);
      const fitted = await frameOf(page, '#f');
      await expect(fitted.locator('html')).toHaveAttribute('data-fitted', '');
      expect(await fitted.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
      expect((await scrollRoom(fitted)).max).toBeLessThanOrEqual(1);
    }
  });

  test('an embed page opened on its own at 320×256 scrolls to its last line', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 256 });
    for (const chart of charts) {
      await page.goto(`./embed/${chart.id}/`);
      await expectSettled(page.locator('[data-chart]'));
      const { max } = await scrollRoom(page);
      expect(max).toBeGreaterThan(100);
      await page.mouse.move(160, 128);
      await expect
        .poll(async () => {
          await page.mouse.wheel(0, 400);
          return (await scrollRoom(page)).y;
        })
        .toBeGreaterThanOrEqual(max - 1);
    }
  });
});

test('pinned on a host page, the embed keeps its switcher in view, and it works', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./embed-example/');
  const second = page.locator('[data-chart-step]').nth(1);
  await second.evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - innerHeight * 0.7));
  const [chart, state] = (await second.getAttribute('data-chart-step'))!.split('--') as [string, string];
  const selector = `iframe[data-launch-contest-embed="${chart}"]`;
  const frame = page.frameLocator(selector);
  await expect(frame.locator('html')).toHaveAttribute('data-pinned', '');
  await expectSettled(frame.locator('[data-chart]'), state);
  // Out of the chart's room until a keyboard reader reaches it: Tab from the chart gets there.
  const switcher = frame.locator('[data-state-switcher]');
  expect(await switcher.evaluate((s) => getComputedStyle(s).clipPath), 'out of sight until reached').not.toBe('none');
  await frame.locator('[data-walk="chart"]').focus();
  for (let i = 0; i < 20 && !(await frame.locator('[data-show-state]:focus').count()); i++) await page.keyboard.press('Tab');
  const focused = frame.locator('[data-show-state]:focus');
  await expect(focused, 'Tab reaches the switcher').toHaveCount(1);
  // Then it shows, inside the pinned frame's box, not cut off below it.
  const outer = (await page.locator(selector).boundingBox())!;
  const box = (await switcher.boundingBox())!;
  expect(box.height).toBeGreaterThan(20);
  expect(box.y).toBeGreaterThanOrEqual(outer.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
  expect(await switcher.evaluate((s) => getComputedStyle(s).clipPath)).toBe('none');
  // A keyboard reader picks a state with it.
  const wanted = (await frame.locator('[data-show-state][aria-pressed="false"]').first().getAttribute('data-show-state'))!;
  const other = frame.locator(`[data-show-state="${wanted}"]`);
  await other.focus();
  await expect(other).toBeFocused();
  await page.keyboard.press('Enter');
  await expectSettled(frame.locator('[data-chart]'), wanted);
  await expect(other).toHaveAttribute('aria-pressed', 'true');
});

const look = (el: import('@playwright/test').Locator) =>
  el.evaluate((b) => {
    const s = getComputedStyle(b);
    return `${s.backgroundColor} / ${s.color} / ${s.textDecorationLine} / ${s.borderTopColor}`;
  });

test('in forced colours, a pressed toggle looks different from the others', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  for (const chart of charts) {
    await page.goto(`./embed/${chart.id}/`);
    await expectSettled(page.locator('[data-chart]'));
    const pressed = page.locator('[data-show-state][aria-pressed="true"]');
    const unpressed = page.locator('[data-show-state][aria-pressed="false"]').first();
    await expect(pressed).toHaveCount(1);
    expect(await look(pressed), chart.id).not.toBe(await look(unpressed));
  }
  // The story's "Reduce motion": the same button, before and after it is pressed.
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'no-preference' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Reduce motion' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await look(toggle);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await look(toggle)).not.toBe(before);
});

test('each share page’s card alt text gives the step’s chart, view and the state’s description with its numbers', async ({ request }) => {
  const story = parseHTML(await (await request.get('./')).text()).document;
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps) {
    // The card's source: the state's description, as the story's own picture of the step carries it.
    const description = story.querySelector(`[id="${step.id}"] .step__inline-chart img`)?.getAttribute('alt') ?? '';
    const title = story.querySelector(`#${step.block} .chart__title`)?.textContent?.trim() ?? '';
    expect(description, `${step.id}: the story's picture has a description`).toMatch(/\d/);
    const share = parseHTML(await (await request.get(`./share/${step.id}/`)).text()).document;
    const og = share.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
    const twitter = share.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content') ?? '';
    expect(og, step.id).toContain(description);
    expect(og, step.id).toContain(title);
    expect(twitter, step.id).toBe(og);
  }
});
