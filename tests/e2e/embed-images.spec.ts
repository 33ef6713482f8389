// Where no script runs (newsletters, RSS, AMP without amp-iframe, Apple News), a chart is a picture:
// every chart and every state has a plain picture, light and dark, as SVG and as PNG at 1× and 2×.
// The embed panel's image snippet links it to the story with the state's description as alt text,
// and its AMP snippet uses it as the placeholder; both are checked against the picture they show.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { validateHtml } from './helpers/hosting';

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

/** Every chart with its states, as its embed page's switcher lists them. */
async function chartsAndStates(page: Page): Promise<{ chart: string; states: string[] }[]> {
  await page.goto('./');
  const charts = [...new Set(await page.locator('[data-chart]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chart!)))];
  const out = [];
  for (const chart of charts) {
    await page.goto(`./embed/${chart}/`);
    out.push({ chart, states: await page.locator('[data-show-state]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.showState!)) });
  }
  return out;
}

const get = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res;
};

test('every chart and state has a plain picture: SVG and PNG at 1× and 2×, light and dark', async ({ page, request }) => {
  const all = await chartsAndStates(page);
  expect(all.length).toBeGreaterThan(1);
  for (const { chart, states } of all) {
    for (const name of [chart, ...states.map((s) => `${chart}--${s}`)]) {
      const sizes: Record<string, { width: number; height: number }> = {};
      for (const scheme of ['light', 'dark']) {
        const svg = await get(request, `./images/plain/${name}.${scheme}.svg`);
        expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
        const text = await svg.text();
        const [, w, h] = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text) ?? [];
        expect(Number(w), `${name}.${scheme}.svg width`).toBeGreaterThan(0);
        const one = pngSize(await (await get(request, `./images/plain/${name}.${scheme}.png`)).body());
        const two = pngSize(await (await get(request, `./images/plain/${name}.${scheme}@2x.png`)).body());
        expect(one, `${name}.${scheme}.png`).toEqual({ width: Number(w), height: Number(h) });
        expect(two, `${name}.${scheme}@2x.png`).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
        sizes[scheme] = one;
      }
      expect(sizes.light).toEqual(sizes.dark);
    }
  }
});

test('the dark picture is dark and the light one light, each with its text legible', async ({ page, baseURL }) => {
  const { chart } = (await chartsAndStates(page))[0]!;
  await page.goto('./');
  const read = (src: string) =>
    page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data].slice(0, 3);
      const lum = (p: number[]) => p.reduce((a, v, i) => a + [0.2126, 0.7152, 0.0722][i]! * ((v / 255) ** 2.2), 0);
      // The background (a corner) and the darkest and lightest pixels of the title's band.
      const band = ctx.getImageData(0, 0, img.width, Math.round(img.height * 0.08)).data;
      let lo = 1, hi = 0;
      for (let i = 0; i < band.length; i += 4) {
        const l = lum([band[i]!, band[i + 1]!, band[i + 2]!]);
        lo = Math.min(lo, l);
        hi = Math.max(hi, l);
      }
      return { bg: lum(px(2, 2)), contrast: (hi + 0.05) / (lo + 0.05) };
    }, src);
  const light = await read(`${baseURL}images/plain/${chart}.light.png`);
  const dark = await read(`${baseURL}images/plain/${chart}.dark.png`);
  expect(light.bg).toBeGreaterThan(0.8);
  expect(dark.bg).toBeLessThan(0.05);
  expect(light.contrast).toBeGreaterThan(4.5);
  expect(dark.contrast).toBeGreaterThan(4.5);
});

test('the image and AMP snippets show the chart\u2019s picture with its own description, link to the story, and validate', async ({ page, request, baseURL }) => {
  await page.goto('./');
  const panels = page.locator('[data-embed-panel]');
  const n = await panels.count();
  expect(n).toBeGreaterThan(1);
  const docs: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  for (let i = 0; i < n; i++) {
    // A panel builds its code when it is first opened.
    await panels.nth(i).locator('summary').click();
    const code = (key: string) => panels.nth(i).locator(`[data-embed-snippet="${key}"] textarea`).inputValue();
    const image = await code('image');
    const amp = await code('amp');
    const script = await code('script');
    const parsed = await page.evaluate(
      ({ image, amp }) => {
        const t = document.createElement('template');
        t.innerHTML = image;
        const a = t.content.querySelector('a')!;
        const img = a.querySelector('img')!;
        const t2 = document.createElement('template');
        t2.innerHTML = amp;
        const frame = t2.content.querySelector('amp-iframe')!;
        const ph = frame.querySelector('amp-img[placeholder]');
        return {
          href: a.getAttribute('href')!,
          src: img.getAttribute('src')!,
          srcset: img.getAttribute('srcset')!,
          alt: img.getAttribute('alt')!,
          width: Number(img.getAttribute('width')),
          height: Number(img.getAttribute('height')),
          amp: {
            src: frame.getAttribute('src'),
            layout: frame.getAttribute('layout'),
            width: Number(frame.getAttribute('width')),
            height: Number(frame.getAttribute('height')),
            sandbox: frame.getAttribute('sandbox')!.split(/\s+/),
            resizable: frame.hasAttribute('resizable'),
            overflow: frame.querySelectorAll('[overflow]').length,
            placeholder: ph && { src: ph.getAttribute('src'), alt: ph.getAttribute('alt'), layout: ph.getAttribute('layout') },
          },
        };
      },
      { image, amp },
    );
    const local = (url: string) => `${baseURL}${new URL(url).pathname.replace(/^\//, '')}`;
    // The picture is there at the size the snippet says, and its alt is the picture's own description.
    const png = pngSize(await (await get(request, local(parsed.src))).body());
    expect(png).toEqual({ width: parsed.width, height: parsed.height });
    expect(pngSize(await (await get(request, local(parsed.srcset.replace(/ 2x$/, '')))).body())).toEqual({ width: 2 * parsed.width, height: 2 * parsed.height });
    const svg = await (await get(request, local(parsed.src.replace(/\.png$/, '.svg')))).text();
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    expect(parsed.alt.split(/\s+/).length).toBeGreaterThan(4);
    expect(parsed.alt).toBe(desc);
    // The link opens the story (this page) where the chart is.
    expect(new URL(local(parsed.href)).pathname).toBe(new URL(page.url()).pathname);
    const target = decodeURIComponent(new URL(parsed.href).hash.slice(1));
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
    // AMP: a responsive, resizable amp-iframe of the embed page with the same picture as placeholder.
    expect(parsed.amp.src).toMatch(/\/embed\/[a-z0-9-]+\/(\?state=[a-z0-9-]+)?$/);
    expect(parsed.amp.layout).toBe('responsive');
    expect(parsed.amp.width).toBeGreaterThan(0);
    expect(parsed.amp.height).toBeGreaterThan(0);
    expect(parsed.amp.sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin']));
    expect(parsed.amp.resizable && parsed.amp.overflow === 1).toBe(true);
    expect(parsed.amp.placeholder).toEqual({ src: parsed.src, alt: parsed.alt, layout: 'fill' });
    docs.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet ${i}</title></head><body>${image}\n${script}</body></html>`);
  }
  const files = docs.map((d, i) => {
    const f = join(dir, `snippet-${i}.html`);
    writeFileSync(f, d);
    return f;
  });
  expect(validateHtml(files)).toEqual([]);
});

test('the panel\u2019s options rewrite the iframe and script snippets', async ({ page }) => {
  await page.goto('./');
  const panel = page.locator('[data-embed-panel]').first();
  await panel.locator('summary').click();
  await panel.locator('[data-embed-option="theme"]').selectOption('dark');
  await panel.locator('[data-embed-option="transparent"]').check();
  await panel.locator('[data-embed-option="plain"]').check();
  const iframe = await panel.locator('[data-embed-snippet="plain"] textarea').inputValue();
  expect(iframe).toMatch(/src="[^"]*\/embed\/[a-z0-9-]+\/\?theme=dark&amp;transparent&amp;plain"|src="[^"]*\/embed\/[a-z0-9-]+\/\?theme=dark&transparent&plain"/);
  const script = await panel.locator('[data-embed-snippet="script"] textarea').inputValue();
  expect(script).toMatch(/<div data-launch-contest-chart="[a-z0-9-]+" data-theme="dark" data-transparent data-plain>/);
  await panel.locator('[data-embed-option="theme"]').selectOption('auto');
  await panel.locator('[data-embed-option="transparent"]').uncheck();
  await panel.locator('[data-embed-option="plain"]').uncheck();
  expect(await panel.locator('[data-embed-snippet="plain"] textarea').inputValue()).toMatch(/\/embed\/[a-z0-9-]+\/"/);
});
