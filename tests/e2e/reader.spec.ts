// Reader controls: progress, chapter navigation, step links, keyboard stepping, motion, theme,
// print, and short or narrow windows — each checked as a reader would meet it.
import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs, chartState, scrollSettled, scrollToStep, stepsOf, trackErrors, visibleSeries, storyReady } from './helpers/story';
import { blocks, chapters, chartOfStep, expectSettled, firstBlocks, inlinePictures, longestBlock, pictureMarks, recordStates, stateLog, steps as allSteps, storyCharts } from './helpers/registry';

/**
 * After a jump to `chapter`: each chart whose first block lies in an earlier chapter rests on that
 * block's last state (past a block, its chart keeps the block's last step); a chart whose first
 * block is in the chapter itself still shows its first step.
 */
async function expectChartsAt(page: Page, chapter: string) {
  const at = chapters.indexOf(chapter);
  for (const b of firstBlocks) {
    const where = chapters.indexOf(b.chapter);
    if (where < at) await expect.poll(() => chartState(page, b.chart), { message: `${b.id} before #${chapter}` }).toBe(b.steps.at(-1)!.state);
    else if (where === at) await expect.poll(() => chartState(page, b.chart), { message: `${b.id} in #${chapter}` }).toBe(b.steps[0]!.state);
  }
}

const progress = (page: Page) => page.locator('[role="progressbar"]').getAttribute('aria-valuenow').then(Number);

test('reading progress runs from 0 at the top to 100 at the end, rising as the reader scrolls', async ({ page }) => {
  await page.goto('./');
  // the script (after the first paint) adds the steps' tools: the story's length is final then
  await storyReady(page);
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
    // The chapter of the second chart's first block: the first chart is past, the second not begun.
    const middle = firstBlocks[1]!.chapter;
    await nav.locator(`a[href="#${middle}"]`).click();
    await expectChartsAt(page, middle);
    const last = chapterSlugs[chapterSlugs.length - 1]!;
    await nav.locator(`a[href="#${last}"]`).click();
    await expectChartsAt(page, last);
    await nav.locator(`a[href="#${chapterSlugs[0]}"]`).click();
    await expect.poll(() => chartState(page, blocks[0]!.chart)).toBe(blocks[0]!.steps[0]!.state);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('is a disclosure that opens, jumps, and closes', async ({ page }) => {
      await page.goto('./');
      // closing on a jump is the script's (it starts after the first paint)
      await storyReady(page);
      const nav = page.getByRole('navigation', { name: /Chapters/ });
      // The chapter after the one where the last chart first appears: every chart is past its first block.
      const target = chapters[Math.min(Math.max(...firstBlocks.map((b) => chapters.indexOf(b.chapter))) + 1, chapters.length - 1)]!;
      const link = nav.locator(`a[href="#${target}"]`);
      await expect(link).toBeHidden();
      await nav.locator('summary').click();
      await expect(link).toBeVisible();
      const name = (await link.textContent())!.trim();
      await link.click();
      await expect(link).toBeHidden();
      await expectChartsAt(page, target);
      await expect(nav.locator('summary')).toContainText(name);
    });
  });
});

test.describe('links to a step', () => {
  // A step two-thirds into the first block of each of two charts.
  for (const block of firstBlocks.slice(0, 2)) {
    const i = Math.floor((block.steps.length * 2) / 3);
    const { id: target, state } = block.steps[i]!;
    const next = block.steps[i + 1] ?? block.steps[i - 1]!;
    test(`opening the link of a step shows it with its chart in that state, with no intermediate states, also on reload (${block.chart}, step ${i + 1})`, async ({ page }) => {
      await recordStates(page);
      const root = chartOfStep(page, target);
      for (const load of ['goto', 'reload'] as const) {
        if (load === 'goto') await page.goto(`./#${target}`);
        else await page.reload();
        await expectSettled(root, state);
        const box = await page.locator(`[id="${target}"] .step__box`).boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeLessThan(page.viewportSize()!.height * 0.6);
        // The reader moves on one step: that state comes after anything the arrival applied, so the
        // log holds every state the chart took.
        await scrollToStep(page, next.id);
        await expectSettled(root, next.state);
        const seen = (await stateLog(page, block.chart)).map((e) => e.state);
        expect(seen, `${load}: states applied`).toEqual([state, next.state]);
        // Back to the step, whose link the address bar then shows again (what a reload reopens).
        await scrollToStep(page, target);
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target}`);
      }
    });
  }

  test('every step has a stable id; the address bar follows the reader without adding history', async ({ page }) => {
    await page.goto('./');
    const steps = await page.locator('[data-scrolly] [data-step]').evaluateAll((els) => els.map((e) => ({ id: e.id, chart: e.closest('[data-scrolly]')!.getAttribute('data-scrolly')! })));
    expect(steps.length).toBeGreaterThan(3);
    for (const s of steps) expect(s.id).toMatch(new RegExp(`^${s.chart}--[a-z0-9]+(-[a-z0-9]+)*$`));
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
    const step = allSteps[1]!.id;
    await scrollToStep(page, step);
    await page.locator(`[id="${step}"] [data-copy-step-link]`).click();
    await expect(page.locator(`[id="${step}"] [data-copy-step-status]`)).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}share/${step}/`);
  });
});

/** True when the element's centre is drawn by the element itself (nothing lies on top of it). */
async function unobscured(page: Page, selector?: string) {
  return page.evaluate((sel) => {
    const el = (sel ? document.querySelector(sel) : document.activeElement) as HTMLElement | null;
    if (!el) return { ok: false, what: 'none', key: 'none' };
    // Which element it is, told apart from any other on the page (for a walk that stops on a repeat).
    const key = el === document.body ? 'body' : `${el.tagName}#${el.id}.${el.className}:${el.getAttribute('href') ?? el.textContent?.slice(0, 20)}:${[...document.querySelectorAll('*')].indexOf(el)}`;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const hit = document.elementFromPoint(x, y);
    const ok = inView && !!hit && (el === hit || el.contains(hit) || hit.contains(el));
    return { ok, key, what: `${el.tagName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" hit=${hit?.tagName}.${hit?.className}` };
  }, selector);
}

test('presses of "next" or "previous" during a smooth scroll count from the step being reached', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('./');
  const chart = storyCharts[0]!;
  const steps = await stepsOf(page, chart);
  await scrollToStep(page, steps[0]!.id);
  await expect.poll(() => chartState(page, chart)).toBe(steps[0]!.state);
  const next = page.locator(`[data-scrolly="${chart}"] [data-step-next]`).first();
  await next.focus();
  // Two presses in the same moment: the second goes on from the first's target, not from where the page is.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(() => chartState(page, chart)).toBe(steps[2]!.state);
  await expect(page.locator(`[data-scrolly="${chart}"] [data-step-counter]`).first()).toHaveText(`3 / ${steps.length}`);
  // And back: one press of "previous" goes back one.
  const prev = page.locator(`[data-scrolly="${chart}"] [data-step-prev]`).first();
  await prev.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => chartState(page, chart)).toBe(steps[1]!.state);
  await expect(page.locator(`[data-scrolly="${chart}"] [data-step-counter]`).first()).toHaveText(`2 / ${steps.length}`);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`keyboard alone steps through every chart at ${viewport.width}×${viewport.height}, focus always visible`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const errors = trackErrors(page);
    await page.goto('./');
    // the step buttons are the script's, which starts after the first paint
    await storyReady(page);
    for (const chart of storyCharts) {
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
      const y0 = await scrollSettled(page);
      await prev.focus();
      const y1 = await page.evaluate(() => scrollY);
      // Moving focus to a step button does not scroll the page (on phones they sit in the bar, inside
      // the scroll padding: once, focusing one scrolled the page back a step).
      expect(Math.abs(y1 - y0), 'focusing "previous" scrolls nothing').toBeLessThanOrEqual(2);
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
      const r = await unobscured(page);
      if (r.key === 'body' || seen.has(r.key)) break;
      seen.add(r.key);
      expect(r.ok, r.what).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(15);
  });
}

test.describe('motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('follows prefers-reduced-motion, and the toggle overrides it and is remembered', async ({ page }) => {
    // Two steps of the longest block; the log says whether the chart was mid-transition as each state landed.
    const block = longestBlock();
    const [from, to] = [block.steps[1]!, block.steps[2]!];
    const root = chartOfStep(page, from.id);
    await recordStates(page);
    await page.goto('./');
    const toggle = page.locator('[data-motion-toggle]');
    /** Moves from one step to the next; says whether the chart was mid-transition as the state landed. */
    const stepAnimates = async () => {
      await scrollToStep(page, from.id);
      await expectSettled(root, from.state);
      await scrollToStep(page, to.id);
      await expect(root).toHaveAttribute('data-state', to.state);
      const last = (await stateLog(page, block.chart)).at(-1);
      expect(last?.state).toBe(to.state);
      await expectSettled(root, to.state);
      return last!.animated;
    };
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await stepAnimates(), 'reduced: drawn at once').toBe(false);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(toggle, 'remembered after a reload').toHaveAttribute('aria-pressed', 'false');
    expect(await stepAnimates(), 'motion on: animated').toBe(true);
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

test('light and dark mode: marks have 3:1 and text 4.5:1 contrast against the page', async ({ page }) => {
  // At rest at once: the colours are read at every step, in both schemes (the page follows the
  // system's scheme as it changes, so one walk serves both).
  const schemes = ['light', 'dark'] as const;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  const read = () => page.evaluate(() => {
    const bg = getComputedStyle(document.body).backgroundColor;
    const marks: Record<string, string> = {};
    for (const m of document.querySelectorAll<SVGElement>('.chart__canvas rect[data-series]')) {
      const cs = getComputedStyle(m);
      marks[m.getAttribute('data-series')!] = cs.fill === 'none' ? cs.stroke : cs.fill;
    }
    // A label as the reader sees it: its fill, seen through its own and its ancestors' opacity over
    // the page (a faded label's contrast is the blend's). Labels at rest wholly hidden are not read.
    const page = (bg.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const labels: Record<string, string> = {};
    for (const t of document.querySelectorAll<SVGElement>('.chart__canvas text')) {
      if (!t.textContent) continue;
      let alpha = 1;
      for (let e: Element | null = t; e && e !== document.body; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
      if (alpha < 0.05) continue;
      const fill = (getComputedStyle(t).fill.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const seen = fill.map((v, i) => Math.round(v * alpha + page[i]! * (1 - alpha)));
      labels[`${t.getAttribute('class')} at ${alpha.toFixed(2)}`] = `rgb(${seen.join(', ')})`;
    }
    const text = [...document.querySelectorAll<HTMLElement>('p, h1, h2, .chart__caption, .chart__source, .byline, summary, a')].map((e) => getComputedStyle(e).color);
    return { bg, marks, labels, text: [...new Set(text)] };
  });
  const colours = { light: { marks: {}, labels: {} }, dark: { marks: {}, labels: {} } } as Record<(typeof schemes)[number], Awaited<ReturnType<typeof read>>>;
  const readBoth = async () => {
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      const c = await read();
      colours[scheme] = { ...c, marks: { ...colours[scheme].marks, ...c.marks }, labels: { ...colours[scheme].labels, ...c.labels } };
    }
  };
  await readBoth();
  for (const step of allSteps) {
    await scrollToStep(page, step.id);
    await expectSettled(chartOfStep(page, step.id), step.state);
    await readBoth();
  }
  await inlinePictures(page);
  // Every series the build draws as a bar in any step's picture was measured live.
  const drawn = await page.$$eval('.step__inline-chart svg rect[data-series]', (els) => [...new Set(els.map((e) => e.getAttribute('data-series')!))].sort());
  expect(drawn.length).toBeGreaterThan(0);
  for (const scheme of schemes) {
    const { bg: background, marks, labels, text } = colours[scheme];
    const bg = rgb(background);
    if (scheme === 'dark') expect(luminance(bg), scheme).toBeLessThan(0.05);
    else expect(luminance(bg), scheme).toBeGreaterThan(0.8);
    expect(Object.keys(marks).sort(), scheme).toEqual(drawn);
    const low = [
      ...Object.entries(marks).filter(([, c]) => contrast(rgb(c), bg) < 3).map(([series, c]) => `mark ${series} ${c}`),
      ...Object.entries(labels).filter(([, c]) => contrast(rgb(c), bg) < 4.5).map(([cls, c]) => `label ${cls} ${c}`),
      ...text.filter((c) => contrast(rgb(c), bg) < 4.5).map((c) => `text ${c}`),
    ];
    expect(low, `${scheme}: colours below their contrast against ${background}`).toEqual([]);
  }
});

test('print: the story prints with each block’s chart at its last step and its table', async ({ page }) => {
  await page.goto('./');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('[data-scrolly]').count()).toBe(blocks.length);
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
  await inlinePictures(page);
  // Each block prints its chart as the build drew the block's last step: the same marks, keys and values.
  for (const block of blocks) {
    const printed = await page
      .locator(`[id="${block.id}"] .chart__print svg`)
      .evaluate((svg) => [...svg.querySelectorAll('[data-series]')].map((m) => `${m.getAttribute('data-key')} ${m.getAttribute('data-series')} ${m.getAttribute('data-value') ?? '-'}`).sort());
    expect(printed.length, block.id).toBeGreaterThan(0);
    expect(printed, `${block.id} prints its last step`).toEqual(await pictureMarks(page, block.steps.at(-1)!.id));
  }
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
    for (const chart of storyCharts) {
      const graphic = page.locator(`[data-scrolly="${chart}"] .scrolly__graphic`).first();
      expect(await graphic.evaluate((e) => getComputedStyle(e).position)).toBe('static');
      const steps = await stepsOf(page, chart);
      for (const s of steps) {
        // In one page call: the step's picture scrolled into view, shown and loaded (a lazy image
        // loads once near the screen), then the step's box at the top of the window and any point
        // of it that something else covers.
        const seen = await page.evaluate(async (id) => {
          const img = document.querySelector<HTMLImageElement>(`#${CSS.escape(id)} .step__inline-chart img`);
          if (!img) return { picture: 'missing', covered: [] };
          img.scrollIntoView({ block: 'nearest' });
          const r0 = img.getBoundingClientRect();
          const shown = img.checkVisibility({ visibilityProperty: true }) && r0.width > 0 && r0.height > 0;
          if (!(img.complete && img.naturalWidth > 0)) {
            await new Promise((done) => {
              img.addEventListener('load', done, { once: true });
              img.addEventListener('error', done, { once: true });
              setTimeout(done, 5_000);
            });
          }
          const picture = !shown ? 'hidden' : img.complete && img.naturalWidth > 0 ? 'loaded' : 'not loaded';
          const box = document.querySelector(`#${CSS.escape(id)} .step__box`)!;
          box.scrollIntoView({ block: 'start' });
          const r = box.getBoundingClientRect();
          const covered: string[] = [];
          for (let y = Math.max(r.top + 4, 0); y < Math.min(r.bottom - 4, innerHeight - 2); y += 10) {
            for (const x of [r.left + 6, (r.left + r.right) / 2, r.right - 6]) {
              const hit = document.elementFromPoint(x, y);
              if (!box.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)}: ${hit?.tagName}.${hit?.getAttribute('class')}`);
            }
          }
          return { picture, covered };
        }, s.id);
        expect(seen.picture, `${s.id}: its picture`).toBe('loaded');
        expect(seen.covered, `${s.id} covered`).toEqual([]);
      }
    }
    expect(Object.values(await visibleSeries(page, storyCharts[0]!)).length).toBeGreaterThan(0);
  });
}
