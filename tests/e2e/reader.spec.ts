// Reader controls: progress, chapter navigation, step links, keyboard stepping, motion, theme,
// print, and short or narrow windows — each checked as a reader would meet it.
import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs, chartState, scrollToStep, stepsOf, trackErrors, visibleSeries } from './helpers/story';

const progress = (page: Page) => page.locator('[role="progressbar"]').getAttribute('aria-valuenow').then(Number);

test('reading progress runs from 0 at the top to 100 at the end, rising as the reader scrolls', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('[role="progressbar"]')).toHaveAttribute('aria-valuemin', '0');
  await expect(page.locator('[role="progressbar"]')).toHaveAttribute('aria-valuemax', '100');
  expect(await progress(page)).toBe(0);
  const { top, bottom, vh } = await page.evaluate(() => {
    const r = document.querySelector('main')!.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, vh: innerHeight };
  });
  let last = 0;
  for (const f of [0.25, 0.5, 0.75]) {
    await page.evaluate((y) => window.scrollTo(0, y), top + (bottom - top - vh) * f);
    await expect.poll(() => progress(page)).toBeGreaterThanOrEqual(Math.round(f * 100) - 2);
    const v = await progress(page);
    expect(v).toBeLessThanOrEqual(Math.round(f * 100) + 2);
    expect(v).toBeGreaterThan(last);
    last = v;
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => progress(page)).toBe(100);
});

test.describe('chapter navigation', () => {
  test('marks the current chapter while reading', async ({ page }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: /Chapters/ });
    await expect(nav.locator('a')).toHaveCount(chapterSlugs.length);
    for (const slug of chapterSlugs) {
      await page.evaluate((s) => {
        const el = document.getElementById(s)!;
        window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.2);
      }, slug);
      await expect(nav.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${slug}`);
      await expect(nav.locator('a[aria-current="true"]')).toHaveCount(1);
    }
  });

  test('jumps to a chapter and the charts show the right state on arrival (desktop)', async ({ page }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: /Chapters/ });
    await nav.locator(`a[href="#the-cadence-gap"]`).click();
    await expect.poll(() => chartState(page, 'mission-split')).toBe('per-mission');
    await expect.poll(() => chartState(page, 'launch-cadence')).toBe('early');
    const last = chapterSlugs[chapterSlugs.length - 1]!;
    await nav.locator(`a[href="#${last}"]`).click();
    // Past a block, its chart keeps the block's last step.
    const cadence = await stepsOf(page, 'launch-cadence');
    await expect.poll(() => chartState(page, 'launch-cadence')).toBe(cadence.at(-1)!.state);
    await nav.locator(`a[href="#${chapterSlugs[0]}"]`).click();
    await expect.poll(() => chartState(page, 'mission-split')).toBe('award');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('is a disclosure that opens, jumps, and closes', async ({ page }) => {
      await page.goto('./');
      const nav = page.getByRole('navigation', { name: /Chapters/ });
      const link = nav.locator('a[href="#what-blue-origin-must-prove"]');
      await expect(link).toBeHidden();
      await nav.locator('summary').click();
      await expect(link).toBeVisible();
      await link.click();
      await expect(link).toBeHidden();
      const cadence = await stepsOf(page, 'launch-cadence');
      await expect.poll(() => chartState(page, 'launch-cadence')).toBe(cadence.at(-1)!.state);
      await expect(nav.locator('summary')).toContainText(/What/);
    });
  });
});

test.describe('links to a step', () => {
  for (const target of ['launch-cadence--expected-2025', 'mission-split--value']) {
    test(`opening #${target} shows that step with its chart in that state, with no intermediate states, also on reload`, async ({ page }) => {
      const [chart, state] = target.split('--') as [string, string];
      await page.addInitScript((id) => {
        const seen: string[] = [];
        (window as unknown as { __seen: string[] }).__seen = seen;
        new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target as HTMLElement;
            if (el.dataset.chart === id && r.attributeName === 'data-state') seen.push(el.dataset.state!);
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
      }, chart);
      for (const load of ['goto', 'reload'] as const) {
        if (load === 'goto') await page.goto(`./#${target}`);
        else await page.reload();
        await expect.poll(() => chartState(page, chart)).toBe(state);
        await page.waitForTimeout(600);
        const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
        expect(seen, `${load}: states applied`).toEqual([state]);
        const box = await page.locator(`#${target} .step__box`).boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeLessThan(page.viewportSize()!.height * 0.6);
      }
    });
  }

  test('every step has a stable id; the address bar follows the reader without adding history', async ({ page }) => {
    await page.goto('./');
    const steps = [...(await stepsOf(page, 'mission-split')), ...(await stepsOf(page, 'launch-cadence'))];
    for (const s of steps) expect(s.id).toMatch(/^(mission-split|launch-cadence)--[a-z0-9-]+$/);
    const historyLength = await page.evaluate(() => history.length);
    for (const s of steps.slice(0, 4)) {
      await scrollToStep(page, s.id);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${s.id}`);
    }
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('"Copy link to this step" puts the step\'s link on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('./');
    await scrollToStep(page, 'mission-split--ula');
    await page.locator('#mission-split--ula [data-copy-step-link]').click();
    await expect(page.locator('#mission-split--ula [data-copy-step-status]')).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}share/mission-split--ula/`);
  });
});

/** True when the element's centre is drawn by the element itself (nothing lies on top of it). */
async function unobscured(page: Page, selector?: string) {
  return page.evaluate((sel) => {
    const el = (sel ? document.querySelector(sel) : document.activeElement) as HTMLElement | null;
    if (!el) return { ok: false, what: 'none' };
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const hit = document.elementFromPoint(x, y);
    const ok = inView && !!hit && (el === hit || el.contains(hit) || hit.contains(el));
    return { ok, what: `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" hit=${hit?.tagName}.${hit?.className}` };
  }, selector);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`keyboard alone steps through both charts at ${viewport.width}×${viewport.height}, focus always visible`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const errors = trackErrors(page);
    await page.goto('./');
    for (const chart of ['mission-split', 'launch-cadence']) {
      const steps = await stepsOf(page, chart);
      await scrollToStep(page, steps[0]!.id);
      await expect.poll(() => chartState(page, chart)).toBe(steps[0]!.state);
      const next = page.locator(`[data-scrolly="${chart}"] [data-step-next]`).first();
      await next.focus();
      for (let i = 1; i < steps.length; i++) {
        await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
        await expect.poll(() => chartState(page, chart)).toBe(steps[i]!.state);
        await expect(page.locator(`[data-scrolly="${chart}"] [data-step-counter]`).first()).toHaveText(`${i + 1} / ${steps.length}`);
        expect((await unobscured(page)).ok, 'the focused button').toBe(true);
        expect((await unobscured(page, `#${steps[i]!.id} .step__box p, #${steps[i]!.id} .step__box`)).ok, `text of ${steps[i]!.id}`).toBe(true);
      }
      const prev = page.locator(`[data-scrolly="${chart}"] [data-step-prev]`).first();
      await prev.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => chartState(page, chart)).toBe(steps[steps.length - 2]!.state);
    }
    // Keys do nothing unless a control has focus: no global handlers.
    await page.locator('h1').click();
    const before = await page.evaluate(() => scrollY);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    expect(await page.evaluate(() => scrollY)).toBe(before);
    expect(errors).toEqual([]);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
]) {
  test(`tabbing through the whole story at ${viewport.width}×${viewport.height}, no focused element is hidden`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el === document.body ? 'body' : `${el.tagName}#${el.id}.${el.className}:${el.getAttribute('href') ?? el.textContent?.slice(0, 20)}:${[...document.querySelectorAll('*')].indexOf(el)}`;
      });
      if (key === 'body' || seen.has(key)) break;
      seen.add(key);
      const r = await unobscured(page);
      expect(r.ok, r.what).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(15);
  });
}

test.describe('motion', () => {
  test.use({ reducedMotion: 'reduce' });

  const snapshot = (page: Page) =>
    page.$$eval('[data-chart="mission-split"] .chart__canvas rect[data-series]', (els) => els.map((e) => e.getAttribute('width')).join(','));

  test('follows prefers-reduced-motion, and the toggle overrides it and is remembered', async ({ page }) => {
    await page.goto('./');
    const toggle = page.locator('[data-motion-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await scrollToStep(page, 'mission-split--ula');
    await expect.poll(() => chartState(page, 'mission-split')).toBe('ula');
    await scrollToStep(page, 'mission-split--value');
    await expect.poll(() => chartState(page, 'mission-split')).toBe('value');
    const a = await snapshot(page);
    await page.waitForTimeout(500);
    expect(await snapshot(page)).toBe(a);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(page.locator('[data-motion-toggle]')).toHaveAttribute('aria-pressed', 'false');
    await scrollToStep(page, 'mission-split--ula');
    await expect.poll(() => chartState(page, 'mission-split')).toBe('ula');
    await page.waitForTimeout(900);
    await scrollToStep(page, 'mission-split--value');
    await expect.poll(() => chartState(page, 'mission-split')).toBe('value');
    const early = await snapshot(page);
    await page.waitForTimeout(1000);
    expect(await snapshot(page)).not.toBe(early);
  });
});

/* ---- colour contrast computed from the styles the reader gets ---- */
function luminance([r, g, b]: number[]) {
  const c = [r!, g!, b!].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: number[], b: number[]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};
const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme} mode: marks have 3:1 and text 4.5:1 contrast against the page`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await scrollToStep(page, 'mission-split--ula');
    await expect.poll(() => chartState(page, 'mission-split')).toBe('ula');
    await scrollToStep(page, 'launch-cadence--new-glenn');
    await expect.poll(() => chartState(page, 'launch-cadence')).toBe('new-glenn');
    const colours = await page.evaluate(() => {
      const bg = getComputedStyle(document.body).backgroundColor;
      const marks: Record<string, string> = {};
      for (const m of document.querySelectorAll<SVGElement>('.chart__canvas rect[data-series]')) {
        const cs = getComputedStyle(m);
        marks[m.getAttribute('data-series')!] = cs.fill === 'none' ? cs.stroke : cs.fill;
      }
      const labels: Record<string, string> = {};
      for (const t of document.querySelectorAll<SVGElement>('.chart__canvas text')) if (t.textContent) labels[t.getAttribute('class')!] = getComputedStyle(t).fill;
      const text = [...document.querySelectorAll<HTMLElement>('p, h1, h2, .chart__caption, .chart__source, .byline, summary, a')].map((e) => getComputedStyle(e).color);
      return { bg, marks, labels, text: [...new Set(text)] };
    });
    const bg = rgb(colours.bg);
    if (scheme === 'dark') expect(luminance(bg)).toBeLessThan(0.05);
    else expect(luminance(bg)).toBeGreaterThan(0.8);
    // Not vacuous: the companies, the rockets and the timeline's lanes are all on screen.
    expect(Object.keys(colours.marks).length).toBeGreaterThanOrEqual(6);
    for (const [series, c] of Object.entries(colours.marks)) expect(contrast(rgb(c), bg), `mark ${series} ${c}`).toBeGreaterThanOrEqual(3);
    for (const [cls, c] of Object.entries(colours.labels)) expect(contrast(rgb(c), bg), `label ${cls} ${c}`).toBeGreaterThanOrEqual(4.5);
    for (const c of colours.text) expect(contrast(rgb(c), bg), `text ${c}`).toBeGreaterThanOrEqual(4.5);
  });
}

test('print: the story prints with each block’s chart at its last step and its table', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  const blocks = page.locator('[data-scrolly]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(3);
  for (const root of await page.locator('[data-scrolly] [data-chart]').all()) {
    await expect(root.locator('.chart__canvas')).toBeHidden();
    // The printed chart is a picture file (lazy: printing loads it), described by its alt text.
    const printed = root.locator('.chart__print img');
    await printed.scrollIntoViewIfNeeded();
    await expect(printed).toBeVisible();
    expect((await printed.getAttribute('alt'))!.length).toBeGreaterThan(20);
    await expect.poll(() => printed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // the table of the last step's time frame, and only that one
    await expect(root.locator('[data-frame-print] table')).toBeVisible();
    await expect(root.locator('table:visible')).toHaveCount(1);
    await expect(root.locator('[data-frame-print] table tbody tr').first()).toBeVisible();
  }
  // The last steps' marks, read from the picture files: every mission of every company
  // (mission-split); New Glenn's flights by the story's date in the June 2025 block, and both
  // flights in "What happened next".
  const printedMarks = (chart: string, selector: string) =>
    page.$$eval(`[data-chart="${chart}"] .chart__print img`, async (imgs, sel) => {
      const docs = await Promise.all(imgs.map(async (img) => new DOMParser().parseFromString(await (await fetch((img as HTMLImageElement).src)).text(), 'image/svg+xml')));
      return docs.map((d) => [...d.querySelectorAll(sel)].map((e) => e.getAttribute('data-series')));
    }, selector);
  const series = (await printedMarks('mission-split', 'rect[data-series]')).map((s) => [...new Set(s)].sort());
  expect(series).toEqual([['blue-origin', 'spacex', 'ula']]);
  const flights = (await printedMarks('launch-cadence', 'rect[data-series="new-glenn"]')).map((s) => s.length);
  expect(flights).toEqual([1, 2]);
  await expect(page.locator('.reader-bar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(20_000);
});

for (const viewport of [
  { width: 844, height: 390 },
  { width: 320, height: 200 },
]) {
  test(`at ${viewport.width}×${viewport.height} charts sit inline between the steps and no text is covered`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    for (const chart of ['mission-split', 'launch-cadence']) {
      const graphic = page.locator(`[data-scrolly="${chart}"] .scrolly__graphic`).first();
      expect(await graphic.evaluate((e) => getComputedStyle(e).position)).toBe('static');
      const steps = await stepsOf(page, chart);
      for (const s of steps) {
        const inline = page.locator(`#${s.id} .step__inline-chart img`);
        await inline.scrollIntoViewIfNeeded();
        await expect(inline).toBeVisible();
        await expect.poll(() => inline.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        await page.locator(`#${s.id} .step__box`).evaluate((e) => e.scrollIntoView({ block: 'start' }));
        const covered = await page.evaluate((id) => {
          const box = document.querySelector(`#${CSS.escape(id)} .step__box`)!;
          const r = box.getBoundingClientRect();
          const bad: string[] = [];
          for (let y = Math.max(r.top + 4, 0); y < Math.min(r.bottom - 4, innerHeight - 2); y += 10) {
            for (const x of [r.left + 6, (r.left + r.right) / 2, r.right - 6]) {
              const hit = document.elementFromPoint(x, y);
              if (!box.contains(hit)) bad.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName}.${hit?.getAttribute('class')}`);
            }
          }
          return bad;
        }, s.id);
        expect(covered, `${s.id} covered`).toEqual([]);
      }
    }
    expect(Object.values(await visibleSeries(page, 'mission-split')).length).toBeGreaterThan(0);
  });
}
