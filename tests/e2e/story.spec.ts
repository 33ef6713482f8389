// The story reads end to end: chapters in order, real copy, headline block, and text without JavaScript.
import { expect, test } from '@playwright/test';
import { chapterSlugs, trackErrors } from './helpers/story';

test('every chapter renders in reading order with its heading', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('./');
  const sections = page.locator('main section[data-chapter]');
  await expect(sections).toHaveCount(chapterSlugs.length);
  const slugs = await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-chapter')));
  expect(slugs).toEqual(chapterSlugs);
  for (const slug of chapterSlugs) {
    const section = page.locator(`section[data-chapter="${slug}"]`);
    await expect(section).toHaveAttribute('id', slug);
    const heading = section.locator('h2').first();
    await expect(heading).toBeVisible();
    expect((await heading.innerText()).trim().length).toBeGreaterThan(3);
  }
  expect(errors).toEqual([]);
});

test('the story has a headline, a dek, its attribution and the date it describes', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveCount(1);
  // The headline names the news; the first chapter's title does not repeat it.
  await expect(page.locator('h1')).toContainText(/Bezos/);
  const firstChapter = (await page.locator('main section[data-chapter] h2').first().innerText()).trim();
  expect((await page.locator('h1').innerText()).trim()).not.toBe(firstChapter);
  await expect(page.locator('.dek')).not.toBeEmpty();
  const byline = page.locator('.byline');
  await expect(byline).toContainText('The Wall Street Journal');
  await expect(byline).toContainText('June 2025');
  await expect(byline.locator('time')).toHaveAttribute('datetime', /^2025-06/);
});

test('at least 1,200 words of copy and no placeholder text', async ({ page }) => {
  await page.goto('./');
  const text = await page.locator('main').innerText();
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  expect(words.length).toBeGreaterThanOrEqual(1200);
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bTK\b|placeholder|\bxxx\b|undefined|NaN|\[object Object\]/i);
});

test('the sources chapter lists every source, with working-looking links', async ({ page }) => {
  await page.goto('./');
  const items = page.locator('#sources-and-method .source-list li');
  expect(await items.count()).toBeGreaterThanOrEqual(15);
  const hrefs = await page.locator('#sources-and-method .source-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const h of hrefs) expect(h).toMatch(/^https:\/\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all chapter text is visible', async ({ page }) => {
    await page.goto('./');
    for (const slug of chapterSlugs) {
      const paragraphs = page.locator(`section[data-chapter="${slug}"] p`);
      const n = await paragraphs.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const p = paragraphs.nth(i);
        // Skip the chart's own furniture and the empty status line reserved for script messages.
        if (await p.evaluate((el) => el.closest('.visually-hidden, figure') !== null || (el as HTMLElement).innerText.trim() === '')) continue;
        await p.scrollIntoViewIfNeeded();
        await expect(p).toBeVisible();
      }
    }
    // Step text too: every step box is on the page, visible, and has words in it.
    const steps = page.locator('[data-step] .step__box');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < count; i++) {
      await steps.nth(i).scrollIntoViewIfNeeded();
      await expect(steps.nth(i)).toBeVisible();
      expect((await steps.nth(i).innerText()).split(/\s+/).length).toBeGreaterThan(8);
    }
  });
});
