// Every figure in the prose opens its source: a popover on click, tap or keyboard (publisher, title,
// date, link), opened in the top layer so the text never moves; without JavaScript, a link to the
// source's entry in the source list, a page of its own (/sources/).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { storyReady } from './helpers/story';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from './helpers/axe';

const sources = (JSON.parse(readFileSync(join(process.cwd(), 'content', 'data', 'sources.json'), 'utf8')) as {
  sources: { id: string; publisher: string; title: string; url?: string }[];
}).sources;

/** The first figure of the first paragraph: "twice", the Journal's report on Bezos's calls. */
const firstFact = (page: Page) => page.locator('main section[data-chapter] > p a.fact').first();
/** A figure's card, once the story's script (which starts after the first paint) has tied the two. */
const popoverOf = async (page: Page, fact: Locator) => {
  await expect(fact).toHaveAttribute('data-fact-source', /\S/);
  return page.locator(`[id="${await fact.getAttribute('data-fact-source')}"]`);
};
const isOpen = (pop: Locator) => pop.evaluate((el) => el.matches(':popover-open'));
/** The source id a figure's link points to: "…/sources/#source-<id>" → "<id>". */
const sourceIdOf = (href: string) => href.split('#source-')[1]!;
/** Once the card has its entries (the source list is fetched once, at idle or at the first press). */
async function entriesLoaded(page: Page): Promise<void> {
  const fact = firstFact(page);
  const pop = await popoverOf(page, fact);
  await fact.click();
  await expect(pop.locator('.source-cite__publisher').first()).toBeVisible();
  await fact.click();
  await expect(pop).toBeHidden();
}

/** Where the text sits: a paragraph's box and the page height, to prove opening a card moves nothing. */
const layout = (fact: Locator) =>
  fact.evaluate((el) => {
    const r = el.closest('p')!.getBoundingClientRect();
    return { top: r.top + scrollY, left: r.left, height: r.height, width: r.width, page: document.documentElement.scrollHeight };
  });

test.describe('with JavaScript', () => {
  test('every figure in the prose opens a source card naming publisher, title and date', async ({ page }) => {
    await page.goto('./');
    await storyReady(page);
    await entriesLoaded(page);
    // Each click as the reader's: the card opens, filled with that figure's sources.
    const cards = await page.locator('main a.fact').evaluateAll((links) =>
      links.map((a) => {
        (a as HTMLElement).click();
        const pop = document.getElementById(a.getAttribute('data-fact-source') ?? '');
        const card = {
          fact: a.querySelector('[data-fact]')?.getAttribute('data-fact'),
          role: a.getAttribute('role'),
          expanded: a.getAttribute('aria-expanded'),
          popover: pop?.getAttribute('popover'),
          open: pop?.matches(':popover-open'),
          first: pop?.querySelector('.source-cite__more')?.getAttribute('href'),
          href: a.getAttribute('href'),
          publisher: pop?.querySelector('.source-cite__publisher')?.textContent,
          title: pop?.querySelector('.source-cite__title')?.textContent,
          date: pop?.querySelector('time')?.getAttribute('datetime'),
        };
        (a as HTMLElement).click();
        return card;
      }),
    );
    expect(cards.length).toBeGreaterThan(40);
    for (const c of cards) {
      expect(c.popover, c.fact!).toBe('auto');
      expect(c.open, c.fact!).toBe(true);
      expect(c.role, c.fact!).toBe('button');
      expect(c.expanded, c.fact!).toBe('true');
      // the card names the source the figure links to without JavaScript
      expect(c.first, c.fact!).toBe(c.href);
      expect(c.publisher, c.fact!).toBeTruthy();
      expect(c.title, c.fact!).toBeTruthy();
      expect(c.date, c.fact!).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  test('each source is written once, in the source list, however often it is cited: the story carries none', async ({ page }) => {
    await page.goto('./');
    const counts = await page.evaluate(() => ({
      cites: document.querySelectorAll('.source-cite').length,
      figures: document.querySelectorAll('main a.fact').length,
      cards: new Set([...document.querySelectorAll('main a.fact')].map((a) => a.getAttribute('data-fact-source'))).size,
    }));
    expect(counts.figures).toBeGreaterThan(sources.length);
    expect(counts.cites).toBe(0);
    expect(counts.cards).toBe(1);
    await page.goto('sources/');
    expect(await page.locator('.source-cite').count()).toBe(sources.length);
  });

  test('a card opened before the source list has arrived says so, then fills in', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((ok) => (release = ok));
    await page.route(/\/sources\/$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const fact = firstFact(page);
    const pop = await popoverOf(page, fact);
    await fact.click();
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('Loading the sources');
    release();
    const id = sourceIdOf((await fact.getAttribute('href'))!);
    await expect(pop).toContainText(sources.find((s) => s.id === id)!.publisher);
    await expect(pop.locator('[data-loading]')).toHaveCount(0);
  });

  test('if the source list cannot be had, the card links to it, and the next opening tries again', async ({ page }) => {
    let down = true;
    await page.route(/\/sources\/$/, (route) => (down ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue()));
    await page.goto('./');
    const fact = firstFact(page);
    const pop = await popoverOf(page, fact);
    await fact.click();
    await expect(pop.getByRole('link', { name: 'Open the source list' })).toBeVisible();
    expect(await pop.getByRole('link', { name: 'Open the source list' }).getAttribute('href')).toMatch(/\/sources\/$/);
    await fact.click();
    await expect(pop).toBeHidden();
    down = false;
    await fact.click();
    await expect(pop.locator('.source-cite__publisher').first()).toBeVisible();
  });

  test('a click opens the card under the figure without moving the text; a second click, Escape or a click elsewhere closes it', async ({ page }) => {
    await page.goto('./');
    const fact = firstFact(page);
    const pop = await popoverOf(page, fact);
    await expect(pop).toBeHidden();
    await expect(fact).toHaveAttribute('aria-expanded', 'false');
    const before = await layout(fact);

    await fact.click();
    await expect(pop).toBeVisible();
    expect(await isOpen(pop)).toBe(true);
    await expect(fact).toHaveAttribute('aria-expanded', 'true');
    expect(page.url()).not.toContain('#source-');
    // The card names the source and links to it.
    const id = sourceIdOf((await fact.getAttribute('href'))!);
    const source = sources.find((s) => s.id === id)!;
    await expect(pop).toContainText(source.publisher);
    // a headline as published, or a description (written in brackets in sources.json) without them
    await expect(pop).toContainText(source.title.replace(/^\[(.*)\]$/s, '$1'));
    await expect(pop).toContainText(/\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}/);
    await expect(pop.locator(`a[href$="/sources/#source-${id}"]`)).toBeVisible();
    // No layout shift: the paragraph and the page keep their size and place.
    expect(await layout(fact)).toEqual(before);
    // It sits near its figure and inside the window.
    const [f, p, vw] = await Promise.all([fact.boundingBox(), pop.boundingBox(), page.evaluate(() => innerWidth)]);
    expect(p!.x).toBeGreaterThanOrEqual(0);
    expect(p!.x + p!.width).toBeLessThanOrEqual(vw);
    // below the figure, or above it where the window has no room below
    const gap = Math.min(Math.abs(p!.y - (f!.y + f!.height)), Math.abs(p!.y + p!.height - f!.y));
    expect(gap).toBeLessThan(40);

    await fact.click();
    await expect(pop).toBeHidden();
    await expect(fact).toHaveAttribute('aria-expanded', 'false');

    await fact.click();
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();

    await fact.click();
    await expect(pop).toBeVisible();
    await page.locator('h1').click();
    await expect(pop).toBeHidden();
  });

  test('the keyboard opens it: Enter and Space toggle, Tab reaches its links, Escape closes', async ({ page }) => {
    await page.goto('./');
    const fact = firstFact(page);
    const pop = await popoverOf(page, fact);
    await fact.focus();
    await page.keyboard.press('Enter');
    await expect(pop).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(pop).toBeHidden();
    await page.keyboard.press('Space');
    await expect(pop).toBeVisible();
    await expect(pop.locator('.source-cite__publisher').first()).toBeVisible();
    // Tab moves into the card, where the source's links are
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(await pop.getAttribute('id'));
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`an open card passes axe-core (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto('./');
      const fact = firstFact(page);
      const pop = await popoverOf(page, fact);
      await fact.click();
      await expect(pop).toBeVisible();
      await expect(pop.locator('.source-cite__publisher').first()).toBeVisible();
      // The card and the paragraph that opened it: what opening a card changes. The rest of the page
      // is checked, in both schemes, by a11y.spec.ts (axe over the whole story costs seconds).
      await fact.evaluate((el) => el.closest('p')!.setAttribute('data-axe-scope', ''));
      const violations = await axeViolations(page, { include: [`[id="${await pop.getAttribute('id')}"]`, '[data-axe-scope]'] });
      expect(await page.locator('[data-axe-scope] a.fact').count(), 'the opener is in the checked part').toBeGreaterThan(0);
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }

  test('a source with a public URL links to it from the card', async ({ page }) => {
    await page.goto('./');
    const withUrl = sources.find((s) => s.url && s.id === 'aviationweek-nssl')!;
    const fact = page.locator(`main a.fact[href$="#source-${withUrl.id}"]`).first();
    await fact.scrollIntoViewIfNeeded();
    const pop = await popoverOf(page, fact);
    await fact.click();
    await expect(pop.locator(`a[href="${withUrl.url}"]`)).toHaveText(withUrl.title);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

    test('a tap opens the card inside the screen, and a tap elsewhere closes it', async ({ page }) => {
      await page.goto('./');
      const fact = firstFact(page);
      const pop = await popoverOf(page, fact);
      await fact.scrollIntoViewIfNeeded();
      const before = await layout(fact);
      await fact.tap();
      await expect(pop).toBeVisible();
      // measured filled, as the reader reads it
      await expect(pop.locator('.source-cite__publisher').first()).toBeVisible();
      const box = (await pop.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(667);
      expect(await layout(fact)).toEqual(before);
      await page.locator('h1').tap();
      await expect(pop).toBeHidden();
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each figure is a link to its source’s entry in the source list', async ({ page }) => {
    await page.goto('./');
    const hrefs = await page.locator('main a.fact').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(40);
    const list = new URL('sources/', page.url()).href;
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${list.replace(/[.?]/g, '\\$&')}#source-[a-z0-9-]+$`));
    // every one of them is an entry of the list
    await page.goto(list);
    const ids = await page.locator('.source-list li').evaluateAll((lis) => lis.map((li) => `#${li.id}`));
    expect([...new Set(hrefs.map((h) => new URL(h).hash))].filter((h) => !ids.includes(h))).toEqual([]);
    // A reader's click lands on the entry, in view and marked
    await page.goto('./');
    const fact = firstFact(page);
    const href = (await fact.evaluate((a) => (a as HTMLAnchorElement).href))!;
    await fact.click();
    await expect(page).toHaveURL(href);
    const entry = page.locator(new URL(href).hash);
    await expect(entry).toBeInViewport();
    expect(await entry.evaluate((li) => getComputedStyle(li).outlineStyle)).toBe('solid');
  });
});
