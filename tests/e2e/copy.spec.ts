// The house style's mechanical rules, checked over the built pages in Chromium: steps a reader takes
// in at a glance, no copy about the site or its files, and the June 2025 frame until "What happened next".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { bannedIn, beyondSourcesIn, laterFactsIn, mayNameTheStory, storyDate, wordCount } from './helpers/copy';
import { charts as registry } from './helpers/registry';

/** Every chart that has an embed page in the build: no chart is named here. */
const charts = registry.map((c) => c.id);
const events = (JSON.parse(readFileSync(join(process.cwd(), 'content', 'data', 'events.json'), 'utf8')) as { events: { id: string; date: string }[] }).events;
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

let staticPage: Promise<Page> | undefined;
/**
 * The story without JavaScript, loaded once per test worker and shared by the tests that only read
 * it (none clicks, scrolls or changes it): what a reader without script, or a crawler, gets.
 */
function staticStory(browser: Browser, baseURL: string | undefined): Promise<Page> {
  staticPage ??= browser.newContext({ javaScriptEnabled: false, baseURL }).then(async (context) => {
    const page = await context.newPage();
    await page.goto('./');
    return page;
  });
  return staticPage;
}

/** Each step's reader text: the box without its "Copy link" tools, source cards or pictures. */
async function stepTexts(page: Page): Promise<{ id: string; text: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => {
      const box = step.querySelector('.step__box')!.cloneNode(true) as HTMLElement;
      for (const el of box.querySelectorAll('.step__tools, [popover], svg, script, style')) el.remove();
      return { id: step.id, text: (box.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }),
  );
}

/** All the copy a page carries for readers: visible text, alternative text, labels and share metadata. */
async function readerCopy(page: Page, { skipUpdates = false } = {}): Promise<string> {
  return page.evaluate((skip) => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // Chart data for scripts is not copy; chart labels are, and they are in the SVGs.
    for (const el of body.querySelectorAll('script, style, template')) el.remove();
    if (skip) for (const el of body.querySelectorAll('[data-updates]')) el.remove();
    const attrs = [...document.querySelectorAll('[alt], [aria-label], [title]')].flatMap((el) =>
      ['alt', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
    );
    const meta = [...document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')]
      .filter((m) => !/og:(url|image)$|og:type|image:(width|height|type)/.test(m.getAttribute('property') ?? m.getAttribute('name') ?? ''))
      .map((m) => m.getAttribute('content') ?? '');
    const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
    return [document.title, body.textContent ?? '', ...attrs, ...meta, ...ld].join('\n').replace(/\s+/g, ' ');
  }, skipUpdates);
}

test.describe('steps', () => {
  test.use({ javaScriptEnabled: false });

  test('no step passes 40 words, and most run 15 to 35', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const steps = await stepTexts(page);
    expect(steps.length).toBeGreaterThanOrEqual(12);
    const long = steps.filter((s) => wordCount(s.text) > 40).map((s) => `${s.id}: ${wordCount(s.text)} words: ${s.text}`);
    expect(long, 'steps over 40 words').toEqual([]);
    for (const s of steps) expect(wordCount(s.text), `${s.id} is empty or a fragment`).toBeGreaterThanOrEqual(10);
    const inRange = steps.filter((s) => wordCount(s.text) >= 15 && wordCount(s.text) <= 35).length;
    expect(inRange / steps.length, 'share of steps of 15–35 words').toBeGreaterThanOrEqual(0.75);
  });

  test('the count is the reader text: the "Copy link" button and source cards are left out', async ({ browser, baseURL }) => {
    // The step tools are made by the script (the page without it has none): read a page that ran it.
    const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('[data-step]').first().locator('[data-copy-step-link]')).toBeAttached();
    const [first] = await stepTexts(page);
    const whole = await page.locator('[data-step]').first().locator('.step__box').textContent();
    expect(whole).toContain('Copy link');
    expect(first!.text).not.toContain('Copy link');
    // the source cards inside the step are in the markup but not in the count
    expect(wordCount(whole ?? '')).toBeGreaterThan(wordCount(first!.text));
    await context.close();
  });
});

test.describe('no copy about the site or its files', () => {
  test('the banned patterns catch what they are meant to', () => {
    for (const bad of ['the source article says', 'as the article puts it', 'our data file', 'This story describes', 'We show it here', 'Scroll on to see', 'in content/data', 'a ULA label · not in the article', 'we rate this as likely'])
      expect(bannedIn(bad), bad).not.toEqual([]);
    for (const fine of ['Read the story', 'the Journal reported', 'the U.S. Space Force', 'US military', 'Data table', 'Download the data (CSV)'])
      expect(bannedIn(fine), fine).toEqual([]);
  });

  test('the story: text, alt text, chart labels, source cards and share metadata', async ({ page }) => {
    await page.goto('./');
    expect(bannedIn(await readerCopy(page, { skipUpdates: true }))).toEqual([]);
    // The updates note may say "An earlier version of this story", and nothing else on the list.
    const updates = (await page.locator('[data-updates]').textContent()) ?? '';
    expect(bannedIn(updates.replace(new RegExp(mayNameTheStory, 'gi'), ''))).toEqual([]);
  });
});

test.describe('one time frame', () => {
  test.use({ javaScriptEnabled: false });

  test('nothing from after June 2025 appears before “What happened next”: text, data tables, source lines, captions, source cards, print', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const before = await page.evaluate(() => {
      const header = document.querySelector('header.story-header')?.textContent ?? '';
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      const next = main.querySelector('section[data-chapter="what-happened-next"]');
      if (!next) return null;
      // drop the section and everything after it
      let el: Element | null = next;
      while (el) {
        const following: Element | null = el.nextElementSibling;
        el.remove();
        el = following;
      }
      // Everything a reader can open counts: every frame's table and source line, the print
      // picture, the source cards. Only scripts and styles are left out.
      for (const x of main.querySelectorAll('script, style')) x.remove();
      const labels = [...main.querySelectorAll('[aria-label], [alt]')].map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('alt') ?? ''}`);
      return `${header}\n${main.textContent}\n${labels.join('\n')}`;
    });
    expect(before, 'a section with data-chapter="what-happened-next"').not.toBeNull();
    expect(laterFactsIn(before!)).toEqual([]);
  });

  test('“What happened next” is dated and holds the later facts', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const section = page.locator('section[data-chapter="what-happened-next"]');
    await expect(section.locator('h2')).toContainText(/2025/);
    const text = (await section.textContent()) ?? '';
    expect(laterFactsIn(text).length).toBeGreaterThan(0);
  });

  test('the share and search descriptions keep to June 2025', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const meta = await page.evaluate(() =>
      [...document.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"], meta[property="og:image:alt"]')]
        .map((m) => m.getAttribute('content') ?? '')
        .join('\n'),
    );
    expect(meta.length).toBeGreaterThan(40);
    expect(laterFactsIn(meta)).toEqual([]);
  });

  for (const chart of charts) {
    test(`the ${chart} embed and oEmbed: title, description and caption keep to June 2025`, async ({ page, request }) => {
      await page.goto(`embed/${chart}/`);
      const copy = await page.evaluate(() =>
        [
          document.title,
          ...[...document.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"], meta[property="og:image:alt"]')].map((m) => m.getAttribute('content') ?? ''),
          document.querySelector('h1')?.textContent ?? '',
          document.querySelector('.chart__head')?.textContent ?? '',
        ].join('\n'),
      );
      const oembed = await (await request.get(`oembed/${chart}.json`)).json();
      expect(laterFactsIn(`${copy}\n${oembed.title}`)).toEqual([]);
    });
  }
});

test.describe('the news first', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('on a phone the first screen says what the Journal reported and when; the stakes come next, then the chart', async ({ page }) => {
    await page.goto('./');
    const news = page.locator('header .dek');
    await expect(news).toContainText(/The Wall Street Journal reported on \d{1,2} [A-Z][a-z]+ 2025/);
    await expect(news).toContainText(/Bezos/);
    const box = (await news.boundingBox())!;
    expect(box.y + box.height, 'the dek ends within the first screen').toBeLessThanOrEqual(667);
    // In reading order: the report, then the award's value and split, then the first chart.
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('main p, main [data-scrolly]')];
      const report = all.findIndex((e) => /Wall Street Journal reported/.test(e.textContent ?? ''));
      const stakes = all.findIndex((e) => /\$13\.7 billion/.test(e.textContent ?? '') && /SpaceX won 28/.test(e.textContent ?? ''));
      const chart = all.findIndex((e) => e.matches('[data-scrolly]'));
      return { report, stakes, chart };
    });
    expect(order.report).toBe(0);
    expect(order.stakes).toBeGreaterThan(order.report);
    expect(order.chart).toBeGreaterThan(order.stakes);
  });

  test('“What happened next” closes the story; only the sources note and the updates follow', async ({ page }) => {
    await page.goto('./');
    const sections = await page.locator('main section[data-chapter]').evaluateAll((s) => s.map((e) => e.getAttribute('data-chapter')));
    expect(sections.at(-1)).toBe('sources-and-method');
    expect(sections.at(-2)).toBe('what-happened-next');
    await expect(page.locator('[data-updates]')).toBeAttached();
  });
});

test.describe('every sentence stands on its source', () => {
  test.use({ javaScriptEnabled: false });

  test('the patterns catch the phrasings issue 17 listed, and pass their sourced rewrites', () => {
    for (const bad of ['In June, the Journal reported, Bezos called Trump', 'someone whose calls the president takes', 'Dragon, the only U.S. crew spacecraft', 'flying regular crews for five years', 'Nothing in the award suggests that the Pentagon values', 'None of this changes the award.', 'a review of its contracts with the Postal Service', 'according to accounts of the Journal’s report', 'Other ties followed.', 'The stakes are large.', 'The account above stops at the end of June 2025.', 'each figure in the text opens its source', 'Titles in square brackets describe a report', 'the public sources listed at the end'])
      expect(beyondSourcesIn(bad), bad).not.toEqual([]);
    for (const fine of ['Bezos and Trump spoke by phone', 'then the only U.S. spacecraft flying astronauts to the station', 'since 2020', 'the Journal reported'])
      expect(beyondSourcesIn(fine), fine).toEqual([]);
  });

  test('the story and every embed say none of them', async ({ page }) => {
    await page.goto('./');
    const found = beyondSourcesIn(await readerCopy(page, { skipUpdates: true }));
    for (const chart of charts) {
      await page.goto(`embed/${chart}/`);
      found.push(...beyondSourcesIn(await readerCopy(page)));
    }
    expect(found).toEqual([]);
  });

  test('the updates note holds corrections only, each saying what an earlier version said', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const entries = page.locator('[data-updates] li');
    expect(await entries.count()).toBeGreaterThan(0);
    for (const text of await entries.allTextContents()) expect(text, 'a correction of a fact, not a changelog').toMatch(/^\s*Correction, .*: An earlier version\b/);
  });

  test('the dek tells the report in the past tense', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    const dek = (await page.locator('header .dek').textContent()) ?? '';
    expect(dek).toMatch(/\b(sought|lagged|was|were|had)\b/);
    expect(dek.match(/\b(is|are|seeks|lags|has)\b/g) ?? []).toEqual([]);
  });

  test('“What happened next” runs to the last dated event after June 2025 and ends on an “as of” date', async ({ browser, baseURL }) => {
    const page = await staticStory(browser, baseURL);
    // events of the months after the story's (June 2025 is told in full); those dated to the day
    const later = events.filter((e) => e.date.slice(0, 7) > storyDate.slice(0, 7) && /^\d{4}-\d{2}-\d{2}$/.test(e.date)).sort((a, b) => a.date.localeCompare(b.date));
    expect(later.length).toBeGreaterThan(0);
    const section = page.locator('section[data-chapter="what-happened-next"]');
    const text = ((await section.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const e of later) expect(text, `${e.id} on ${e.date}`).toContain(dayFormat.format(new Date(`${e.date}T00:00:00Z`)));
    const last = ((await section.locator(':scope > p').last().textContent()) ?? '').trim();
    expect(last).toMatch(/^As of \d{1,2} [A-Z][a-z]+ \d{4}\b/);
    const lastDate = new Date(`${later.at(-1)!.date}T00:00:00Z`);
    const asOf = new Date(`${last.match(/^As of (\d{1,2} [A-Z][a-z]+ \d{4})/)![1]} UTC`);
    expect(asOf.getTime(), 'the “as of” date is not before the last event told').toBeGreaterThanOrEqual(lastDate.getTime());
    // nothing no checked source has: a third flight, a certification, a mission assigned to Blue Origin
    expect(text).not.toMatch(/\bthird (New Glenn )?(flight|launch) (flew|launched|succeeded)|\bwas certified\b|\bcertified New Glenn\b|\bassigned (its|a) (first )?mission/i);
  });
});

// One walk through each embed's states, as a reader switching through them: every state's labels and
// description carry no copy about the site; a state that shows a later fact says when; and each state
// shows the table and source line of its own frame, a later frame saying its date.
test.describe('each embed, state by state', () => {
  for (const chart of charts) {
    test(`the ${chart} embed: no copy about the site, later facts dated, each state's table and source line of its own frame`, async ({ page, request }) => {
      await page.goto(`embed/${chart}/`);
      const banned = bannedIn(await readerCopy(page));
      const undated: string[] = [];
      const problems: string[] = [];
      const root = page.locator(`[data-chart="${chart}"]`);
      const buttons = page.locator('[data-show-state]');
      const n = await buttons.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const state = (await buttons.nth(i).getAttribute('data-show-state'))!;
        await buttons.nth(i).click();
        await expect(root).toHaveAttribute('data-state', state);
        await expect(root.locator('[data-frame-states]:not([hidden])')).toHaveCount(1);
        // What the reader sees in this state, read at once: the drawing's text and description, and
        // the frames (table and source line) not hidden.
        const seen = await root.evaluate((r) => {
          const svg = r.querySelector('.chart__canvas svg');
          return {
            text: svg?.textContent ?? '',
            desc: svg?.querySelector('desc')?.textContent ?? '',
            head: r.querySelector('.chart__head')?.textContent ?? '',
            frames: [...r.querySelectorAll('[data-frame-states]:not([hidden])')].map((f) => ({
              states: f.getAttribute('data-frame-states') ?? '',
              frame: f.getAttribute('data-frame') ?? '',
              text: f.textContent ?? '',
              label: f.querySelector('[role="region"]')?.getAttribute('aria-label') ?? '',
            })),
          };
        });
        banned.push(...bannedIn(seen.text));
        // a date a reader can place: a day or a month of a year after June 2025, or "the end of 2025"
        const dated = /\b(July|August|September|October|November|December) 2025\b|\bend of 2025\b|\b20(2[6-9])\b/;
        if (laterFactsIn(seen.text).length && !dated.test(seen.desc)) undated.push(`${chart} ${state}: ${seen.desc}`);
        expect(seen.frames.length, `${state}: one frame shown`).toBe(1);
        const { frame, states, text: shown, label } = seen.frames[0]!;
        expect(states.split(' ')).toContain(state);
        const frameText = [seen.head, shown, label].join('\n');
        if (frame <= storyDate) problems.push(...laterFactsIn(frameText).map((m) => `${state}: ${m}`));
        else if (!/\bas of \d{1,2} [A-Z][a-z]+ \d{4}\b/.test(frameText)) problems.push(`${state}: a frame dated ${frame} with no “as of” label`);
      }
      const oembed = await (await request.get(`oembed/${chart}.json`)).json();
      banned.push(...bannedIn(`${oembed.title} ${oembed.html}`));
      expect(banned, 'copy about the site or its files').toEqual([]);
      expect(undated, 'states showing a later fact without saying when').toEqual([]);
      expect(problems, 'tables and source lines outside their frame').toEqual([]);
    });
  }
});
