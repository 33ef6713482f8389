// Issue 19, a light page: what the story's HTML no longer carries is made or fetched where it is
// needed, and a reader sees the same page. Each of the story's charts is written empty, over a
// picture of its first state (a file, cached for good), until the script draws it. The step tools, the blocks' step buttons and the tables' sort keys come from the script.
// Blocks, steps and charts are read from the page.
import { expect, test, type Page } from '@playwright/test';
import { blocks } from './helpers/registry';

/** Each block's chart canvas, as the page has it now. */
const canvases = (page: Page) =>
  page.locator('[data-scrolly]').evaluateAll((bs) =>
    bs.map((b) => {
      const svg = b.querySelector('.chart__canvas svg[data-chart-svg]');
      const image = b.querySelector('.chart__canvas [data-chart-picture]');
      const box = (e: Element | null | undefined) => {
        const r = e?.getBoundingClientRect();
        return r ? { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) } : null;
      };
      // Where the SVG draws its viewBox (scaled to fit, centred): where a drawn chart would be.
      const drawn = (() => {
        const r = svg?.getBoundingClientRect();
        const vb = (svg as SVGSVGElement | null)?.viewBox.baseVal;
        if (!r || !vb?.width) return null;
        const k = Math.min(r.width / vb.width, r.height / vb.height);
        const [w, h] = [vb.width * k, vb.height * k];
        return { x: Math.round(r.x + (r.width - w) / 2), y: Math.round(r.y + (r.height - h) / 2), width: Math.round(w), height: Math.round(h) };
      })();
      return {
        block: b.id,
        marks: svg?.querySelectorAll('[data-series]').length ?? 0,
        picture: image?.getAttribute('src') ?? null,
        svgBox: drawn,
        // where the picture is painted: its element's box, fitted to its own size (object-fit: contain)
        pictureBox: (() => {
          const r = image?.getBoundingClientRect();
          const [iw, ih] = [Number(image?.getAttribute('width')), Number(image?.getAttribute('height'))];
          if (!r || !iw || !ih) return box(image);
          const k = Math.min(r.width / iw, r.height / ih);
          return { x: Math.round(r.x + (r.width - iw * k) / 2), y: Math.round(r.y + (r.height - ih * k) / 2), width: Math.round(iw * k), height: Math.round(ih * k) };
        })(),
        fit: image ? getComputedStyle(image).objectFit : null,
        name: svg?.getAttribute('aria-labelledby') ?? '',
        desc: svg?.querySelector('desc')?.textContent ?? '',
      };
    }),
  );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each chart shows its first state as a picture that fills it, named and described like a drawing', async ({ page, request }) => {
    await page.goto('./');
    const found = await canvases(page);
    expect(found.length).toBe(blocks.length);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      expect(c.marks, c.block).toBe(0);
      expect(c.picture, c.block).toMatch(/\/pictures\/[a-z0-9-]+--[a-z0-9-]+\.chart\.[0-9a-f]{8}\.svg$/);
      // still an image named and described like a drawn chart
      expect(c.name, c.block).toMatch(/-heading$/);
      expect(c.desc.length, c.block).toBeGreaterThan(20);
      // the picture fills the drawing's box (the viewBox), where the script draws over it
      expect(c.fit, c.block).toBe('contain');
      expect(c.pictureBox, c.block).toEqual(c.svgBox);
      const res = await request.get(new URL(c.picture!, page.url()).href);
      expect(res.status(), c.picture!).toBe(200);
      expect(res.headers()['content-type'], c.picture!).toContain('image/svg+xml');
      expect(await res.text(), c.picture!).toContain('data-series');
    }
  });

  test('the page carries no step tools, step buttons or sort keys: those need the script', async ({ page }) => {
    await page.goto('./');
    const counts = await page.evaluate(() => ({
      tools: document.querySelectorAll('.step__tools, [data-copy-step-link]').length,
      controls: document.querySelectorAll('.scrolly__controls, [data-step-prev], [data-step-next]').length,
      keys: document.querySelectorAll('[data-sort-value], [data-sort-type], tr[data-row]').length,
    }));
    expect(counts).toMatchObject({ tools: 0, controls: 0, keys: 0 });
  });
});

test('with JavaScript, a chart stands as its picture until it nears the screen, then fetches its data and is drawn over it; every step and block gets its tools', async ({ page }) => {
  // Nothing of the charts' work at load: no chart is on the first screen, at a phone's size or a large desktop's.
  const dataFiles: string[] = [];
  page.on('request', (r) => {
    // (its data tables are fetched once the page is idle: a file of their own, not the data)
    if (new URL(r.url()).pathname.includes('/chart-data/') && !r.url().includes('.tables.')) dataFiles.push(r.url());
  });
  for (const size of [{ width: 1920, height: 1080 }, { width: 375, height: 667 }]) {
    await page.setViewportSize(size);
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    for (const c of await canvases(page)) {
      expect(c.picture, `${c.block} at load, ${size.width} px`).not.toBeNull();
      expect(c.marks, `${c.block} at load, ${size.width} px`).toBe(0);
    }
    expect(dataFiles, `chart data fetched at load, ${size.width} px`).toEqual([]);
  }
  const charts = page.locator('[data-scrolly] [data-chart]');
  const n = await charts.count();
  expect(n).toBe(blocks.length);
  for (let i = 0; i < n; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-settled', 'true');
  }
  expect(dataFiles.length, 'chart data fetched once in view').toBeGreaterThan(0);
  for (const c of await canvases(page)) {
    expect(c.picture, c.block).toBeNull();
    expect(c.marks, c.block).toBeGreaterThan(0);
  }
  for (const b of blocks) {
    await expect(page.locator(`[id="${b.id}"] > .scrolly__controls`)).toHaveCount(1);
    await expect(page.locator(`[id="${b.id}"] [data-step-counter]`)).toHaveText(/^\d+ \/ \d+$/);
    for (const s of b.steps) await expect(page.locator(`[id="${s.id}"] .step__box > .step__tools [data-copy-step-link]`)).toHaveCount(1);
  }
});

test('a #step link: the story script comes in two round trips, and the chart asks for its renderer while its data is still on the way', async ({ page, context }) => {
  // Which module imported which, as the browser saw it: the depth of each of the story's modules.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const initiator = new Map<string, string | undefined>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/\/_astro\/[^/]+\.js$/.test(new URL(e.request.url).pathname)) return;
    initiator.set(e.request.url, e.initiator.url ?? e.initiator.stack?.callFrames[0]?.url);
  });
  // The data is held back: a renderer asked for only once the data has come would start after it.
  const block = blocks.find((b) => b.steps.length > 2);
  if (!block) throw new Error('no block with more than two steps');
  const step = block.steps.at(-1)!;
  let dataServed = Infinity;
  await page.route(/\/chart-data\/(?![^/]*\.tables\.)[^/]+\.json$/, async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    dataServed = Math.min(dataServed, Date.now());
    await route.continue();
  });
  const rendererAsked: number[] = [];
  page.on('request', (r) => /\/_astro\/render\.[^/]+\.js$/.test(r.url()) && rendererAsked.push(Date.now()));
  await page.goto(`./#${step.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-story', 'ready');
  const chart = page.locator(`[id="${block.id}"] [data-chart]`);
  await expect(chart).toHaveAttribute('data-settled', 'true');
  await expect(chart).toHaveAttribute('data-state', step.state);
  expect(dataServed, 'the chart data went through the held route').toBeLessThan(Infinity);
  expect(rendererAsked.length, 'the renderer was fetched').toBeGreaterThan(0);
  expect(Math.min(...rendererAsked), 'renderer asked for before the data was served').toBeLessThan(dataServed);

  // Modules before the story is ready (the renderer and the walk load later, as the charts need them).
  const depth = (url: string, seen = 0): number => {
    const from = initiator.get(url);
    return from && initiator.has(from) && seen < 10 ? depth(from, seen + 1) + 1 : 1;
  };
  const story = [...initiator.keys()].filter((u) => !/\/(render|enhance)\.[^/]+\.js$/.test(u));
  expect(story.length).toBeGreaterThan(2);
  expect(Math.max(...story.map((u) => depth(u))), story.map((u) => `${new URL(u).pathname} (${depth(u)})`).join(', ')).toBeLessThanOrEqual(2);
});

test('an embed-code page loads its copy panel and none of the charts\u2019 code', async ({ page }) => {
  const modules: string[] = [];
  page.on('request', (r) => {
    if (r.frame() === page.mainFrame() && /\/_astro\/[^/]+\.js$/.test(r.url())) modules.push(new URL(r.url()).pathname);
  });
  const chart = blocks[0]!.id.replace(/^chart-/, '');
  await page.goto(`./embed-code/${chart}/`);
  await page.waitForLoadState('networkidle');
  expect(modules.some((m) => /\/copy-panel\.[^/]+\.js$/.test(m)), modules.join(', ')).toBe(true);
  expect(modules.filter((m) => /\/(client|view|render|scene)\.[^/]+\.js$/.test(m))).toEqual([]);
});

test('the story draws every chart and table without making an Intl formatter (ICU\u2019s locale data costs a long task)', async ({ page }) => {
  await page.addInitScript(() => {
    const made: string[] = ((window as unknown as { __intl: string[] }).__intl = []);
    for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat'] as const) {
      const Real = Intl[name] as unknown as new (...a: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Real, {
        construct(target, args) {
          made.push(name);
          return new target(...args);
        },
        apply(target, _this, args) {
          made.push(name);
          return new target(...args);
        },
      });
    }
    for (const [proto, method] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleString']] as const) {
      const real = (proto as unknown as Record<string, (...a: unknown[]) => string>)[method]!;
      (proto as unknown as Record<string, unknown>)[method] = function (this: unknown, ...a: unknown[]) {
        made.push(method);
        return real.apply(this, a);
      };
    }
  });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-story', 'ready');
  const charts = page.locator('[data-scrolly] [data-chart]');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-settled', 'true');
  }
  // The data tables, written from the data by the script (src/charts/story-tables.ts), and each block's last step.
  await expect(page.locator('[data-scrolly] table').first()).toBeAttached();
  for (const b of blocks) {
    await page.locator(`[id="${b.steps.at(-1)!.id}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator(`[id="${b.id}"] [data-chart]`)).toHaveAttribute('data-state', b.steps.at(-1)!.state);
  }
  expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);
});
