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

test('the date the story last changed is its newest update or correction, in the footer and for crawlers alike', async ({ page }) => {
  await page.goto('./');
  const dates = await page.locator('[data-updates] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  const published = await page.locator('meta[property="article:published_time"]').getAttribute('content');
  const newest = [published ?? '', ...dates].sort().at(-1)!;
  expect(dates.length, 'the story has dated updates or corrections').toBeGreaterThan(0);
  await expect(page.locator('.story-footer time').last()).toHaveAttribute('datetime', newest);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', newest);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld.dateModified).toBe(newest);
  expect(ld.datePublished).toBe(published);
});

test('at least 1,200 words of copy and no placeholder text', async ({ page }) => {
  await page.goto('./');
  const text = await page.locator('main').innerText();
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  expect(words.length).toBeGreaterThanOrEqual(1200);
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bTK\b|placeholder|\bxxx\b|undefined|NaN|\[object Object\]/i);
});

test('the sources chapter links to the source list, which lists every source with working-looking links', async ({ page }) => {
  await page.goto('./');
  const link = page.locator('#sources-and-method .sources-link a');
  await expect(link).toHaveText('Every source, with notes on what it supports');
  await link.click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.locator('h1')).toHaveText('Sources');
  // and back
  await expect(page.locator('.story-header a')).toHaveAttribute('href', new URL('..', page.url()).pathname);
  const items = page.locator('.source-list li');
  expect(await items.count()).toBeGreaterThanOrEqual(15);
  const hrefs = await page.locator('.source-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const h of hrefs) expect(h).toMatch(/^https:\/\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('all chapter text is visible', async ({ page }) => {
    await page.goto('./');
    // Read in the page in one go: each paragraph and step box scrolled to, then seen on screen,
    // not hidden, transparent or covered by anything else.
    const unseen = await page.evaluate((slugs) => {
      const seen = (el: HTMLElement) => {
        el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        const r = el.getBoundingClientRect();
        if (!(r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)) return false;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), Math.min(Math.max(r.top + 2, 1), innerHeight - 1));
        return !!hit && (el.contains(hit) || hit.contains(el));
      };
      const out: string[] = [];
      const counts: number[] = [];
      for (const slug of slugs) {
        const ps = [...document.querySelectorAll<HTMLElement>(`section[data-chapter="${slug}"] p`)];
        counts.push(ps.length);
        for (const p of ps) {
          // Skip the chart's own furniture and the empty status line reserved for script messages.
          if (p.closest('.visually-hidden, figure') !== null || p.innerText.trim() === '') continue;
          if (!seen(p)) out.push(`${slug}: “${p.innerText.slice(0, 60)}”`);
        }
      }
      const boxes = [...document.querySelectorAll<HTMLElement>('[data-step] .step__box')];
      for (const box of boxes) {
        if (!seen(box)) out.push(`step box ${box.closest('[data-step]')!.id} not seen`);
        if (box.innerText.split(/\s+/).length <= 8) out.push(`step box ${box.closest('[data-step]')!.id} has few words`);
      }
      return { out, counts, boxes: boxes.length };
    }, chapterSlugs);
    for (const [i, n] of unseen.counts.entries()) expect(n, chapterSlugs[i]).toBeGreaterThan(0);
    expect(unseen.boxes).toBeGreaterThanOrEqual(12);
    expect(unseen.out).toEqual([]);
  });
});
