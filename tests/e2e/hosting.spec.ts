// Static hosting anywhere: the built site works under a sub-path and at the root with a plain
// static server, makes no third-party requests, validates, carries absolute share-card URLs,
// loads under the CSP that dist/_headers sets, and refuses a malformed BASE_PATH or SITE_URL.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { buildCopy, cleanup, SUB_BASE, SUB_SITE, subPathBuild, type BuildResult } from './helpers/build';
import { startHost, hostPage } from './helpers/host';
import { blocksContent, stylesheetLinks } from './helpers/stylesheets';
import { charts } from './helpers/registry';
import {
  crawlSite,
  describeVnu,
  headerClashes,
  headersFor,
  htmlFiles,
  pagePath,
  parseHeadersFile,
  pngSize,
  validateHtml,
  type CrawlReport,
} from './helpers/hosting';

const dist = join(process.cwd(), 'dist');
// Folders of pages made from one template: a crawl opens one of each in the browser and reads the rest.
const oneTemplate = ['share/', 'embed-code/'];

function expectClean(report: CrawlReport) {
  expect(report.pages.length, 'pages opened').toBeGreaterThanOrEqual(2);
  expect(report.broken, 'broken links or assets').toEqual([]);
  expect(report.outsideBase, 'URLs on our origin outside the base path').toEqual([]);
  expect(report.foreignRefs, 'references to other hosts (only reader links may point elsewhere)').toEqual([]);
  expect(report.foreignRequests, 'requests to other hosts').toEqual([]);
  expect(report.consoleErrors, 'console errors').toEqual([]);
  expect(report.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(report.pageProblems, 'page basics').toEqual([]);
}

/** Pages the sitemap lists, as paths below the base. */
async function sitemapPaths(page: Page, root: string, site: string, base: string): Promise<string[]> {
  const res = await page.request.get(`${root}sitemap.xml`);
  expect(res.status()).toBe(200);
  const locs = [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(0);
  return locs.map((loc) => {
    expect(loc.startsWith(`${site}${base}`), `sitemap entry ${loc} is under ${site}${base}`).toBe(true);
    return loc.slice(`${site}${base}`.length);
  });
}

test.describe('built for a sub-path', () => {
  test.describe.configure({ mode: 'serial' });
  let build: BuildResult;
  let server: { url: string; close: () => Promise<void> };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    build = subPathBuild();
    expect(build.status, build.output).toBe(0);
    server = await serve({ root: join(build.dir, 'dist'), base: SUB_BASE, port: 0 });
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('every page, link and asset works under /news/space-race/ with no request elsewhere, and runs under its CSP with no violation', async ({ context, page }) => {
    const root = server.url;
    expect(root).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/space-race\/$/);
    const listed = await sitemapPaths(page, root, SUB_SITE, SUB_BASE);
    const robots = await (await page.request.get(`${root}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SUB_SITE}${SUB_BASE}sitemap.xml`);
    const missing = `${root}no/such/page/`;
    const report = await crawlSite(context, page.request, {
      root,
      site: SUB_SITE,
      pages: [...listed.map((p) => root + p), `${root}404.html`, missing],
      missing,
      oneTemplate,
    });
    expectClean(report);
    // The embed pages are reached from the story, not from the sitemap.
    expect(report.pages.some((p) => p.includes('/embed/'))).toBe(true);
    // The root of the origin is not ours: the static server answers 404 there.
    expect((await page.request.get(new URL('/', root).href)).status()).toBe(404);
  });

  test('share cards carry absolute URLs from SITE_URL and the base path', async ({ page }) => {
    const story = `${SUB_SITE}${SUB_BASE}`;
    await page.goto(server.url);
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', story);
    expect(await meta('meta[property="og:url"]')).toBe(story);
    expect(await meta('meta[property="og:image"]')).toBe(`${story}images/share.png`);
    expect(await meta('meta[name="twitter:image"]')).toBe(`${story}images/share.png`);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', mainEntityOfPage: story, image: [`${story}images/share.png`] });
    const png = readFileSync(join(build.dir, 'dist', 'images', 'share.png'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

test('at the root: every page, link and asset works with no request elsewhere, and runs under its CSP with no violation', async ({ context, page, baseURL }) => {
  const root = baseURL!;
  const canonical = await page.request.get(root).then(async (r) => /<link rel="canonical" href="([^"]+)"/.exec(await r.text())?.[1]);
  expect(canonical, 'the story has a canonical link').toBeTruthy();
  const site = new URL(canonical!).origin;
  const listed = await sitemapPaths(page, root, site, '/');
  const missing = `${root}no/such/page/`;
  const report = await crawlSite(context, page.request, { root, site, pages: [...listed.map((p) => root + p), `${root}404.html`, missing], missing, oneTemplate });
  expectClean(report);
});

test('the Nu HTML Checker finds no error in any page of dist/ (one page of each template folder)', async () => {
  test.setTimeout(60_000);
  // A share page differs from the next only in its words, which the share tests compare with the story.
  const seen = new Set<string>();
  const files = htmlFiles(dist).filter((f) => {
    const folder = oneTemplate.find((t) => pagePath(dist, f).startsWith(t));
    if (!folder) return true;
    if (seen.has(folder)) return false;
    seen.add(folder);
    return true;
  });
  expect(files.length).toBeGreaterThanOrEqual(2);
  const errors = validateHtml(files);
  expect(errors.map((m) => describeVnu(m, dist)), 'Nu HTML Checker errors').toEqual([]);
});

test('the social image is a 1200×630 PNG, each chart image a 1200 px PNG of the size oEmbed states', async ({ page, baseURL }) => {
  expect(pngSize(readFileSync(join(dist, 'images', 'share.png')))).toEqual({ width: 1200, height: 630 });
  const res = await page.request.get(`${baseURL}images/share.png`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  await page.goto('./');
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  const url = await page.locator('meta[property="og:url"]').getAttribute('content');
  expect(url).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(og).toBe(`${url}images/share.png`);
  expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
  expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630');
  for (const file of htmlFiles(join(dist, 'embed'))) {
    const chart = pagePath(join(dist, 'embed'), file).replace(/\/$/, '');
    const size = pngSize(readFileSync(join(dist, 'images', `${chart}.png`)));
    expect(size.width, `${chart}.png width`).toBe(1200);
    const oembed = JSON.parse(readFileSync(join(dist, 'oembed', `${chart}.json`), 'utf8'));
    const thumb = pngSize(readFileSync(join(dist, 'images', 'plain', `${chart}.light@2x.png`)));
    expect(thumb, `${chart}'s plain picture against its oEmbed thumbnail size`).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
  }
  for (const [name, side] of [['favicon-32.png', 32], ['apple-touch-icon.png', 180]] as const) {
    expect(pngSize(readFileSync(join(dist, name)))).toEqual({ width: side, height: side });
  }
});

test.describe('under the CSP from dist/_headers', () => {
  const rules = () => parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  let server: { url: string; close: () => Promise<void> };
  // scripts/serve.mjs sends what dist/_headers says, as Netlify or Cloudflare Pages would.
  test.beforeAll(async () => {
    server = await serve({ root: dist, base: '/', port: 0 });
  });
  test.afterAll(async () => server?.close());

  test('the local server (npm start, the tests, the bench) sends the headers of dist/_headers', async ({ request, baseURL }) => {
    const parsed = rules();
    const asset = readFileSync(join(dist, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.js/)![0];
    for (const root of [baseURL!, server.url]) {
      for (const path of ['/', `/embed/${charts[0]!.id}/`, asset, '/images/share.png', `/data/${charts[0]!.id}.csv`]) {
        const res = await request.get(new URL(path, root).href);
        expect(res.status(), path).toBe(200);
        const expected = headersFor(parsed, path);
        expect(Object.keys(expected).length, `rules for ${path}`).toBeGreaterThan(0);
        for (const [name, value] of Object.entries(expected)) expect(res.headers()[name], `${name} on ${path}`).toBe(value);
      }
    }
    // The story's own CSP, frame options and caching, not only the shared headers.
    const story = (await request.get(baseURL!)).headers();
    expect(story['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(story['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('_headers: immutable hashed assets, short-lived pages, one CSP per page, no header set twice', () => {
    const parsed = rules();
    const pages = htmlFiles(dist).map((f) => `/${pagePath(dist, f)}`);
    expect(pages).toContain('/');
    const asset = readFileSync(join(dist, 'index.html'), 'utf8').match(/\/_astro\/[^"]+\.js/)![0];
    expect(headersFor(parsed, asset)['cache-control']).toBe('public, max-age=31536000, immutable');
    // The chart pictures (step pictures, print) are files named by their content's hash: cached for good.
    const pictures = [...new Set([...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<img[^>]* src="(\/pictures\/[^"]+\.svg)"/g)].map((m) => m[1]!))];
    expect(pictures.length).toBeGreaterThan(10);
    for (const picture of pictures) {
      expect(existsSync(join(dist, picture)), picture).toBe(true);
      expect(headersFor(parsed, picture)['cache-control'], picture).toBe('public, max-age=31536000, immutable');
    }
    for (const path of [...pages, asset, pictures[0]!, '/images/share.png', '/oembed/x.json']) {
      expect(headerClashes(parsed, path), `headers set twice for ${path}`).toEqual([]);
      const h = headersFor(parsed, path);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
    for (const path of pages) {
      const h = headersFor(parsed, path);
      expect(h['cache-control'], path).toMatch(/max-age=300|no-cache/);
      const csp = h['content-security-policy'] ?? '';
      expect(csp, `CSP for ${path}`).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      if (path.startsWith('/embed/')) {
        expect(csp).toMatch(/frame-ancestors \*/);
        expect(h['x-frame-options']).toBeUndefined();
      } else {
        expect(csp).toMatch(/frame-ancestors 'self'/);
      }
    }
  });

  test('pages inline their stylesheet (no render-blocking CSS request) and their CSP allows exactly it, and the story’s deferred stylesheet', async ({ page }) => {
    const parsed = rules();
    // Share pages send the reader on to the story at once (meta refresh): their policy is read, not visited.
    for (const path of htmlFiles(dist).map((f) => pagePath(dist, f)).filter((p) => !p.startsWith('share/'))) {
      const stylesheets: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'stylesheet') stylesheets.push(r.url());
      });
      await page.goto(server.url + path);
      // The print rules are a media="print" stylesheet: fetched, but never blocking a paint on screen.
      // The story's rules below its first screen are a stylesheet at the very end of <body>, which holds
      // back no content; it must load under the policy. (The page's and its frames': the example host
      // page frames embeds.)
      const nonBlocking: string[] = [];
      for (const frame of page.frames()) {
        const links = (await frame.evaluate(stylesheetLinks).catch(() => [])).filter((l) => !blocksContent(l));
        for (const l of links) {
          nonBlocking.push(l.href);
          if (l.media !== 'print') expect(l.rules, `${l.href} loaded under the CSP of /${path}`).toBeGreaterThan(50);
        }
      }
      expect(stylesheets.filter((u) => !nonBlocking.includes(u)), `stylesheet requests from /${path}`).toEqual([]);
      if (path === '') expect(nonBlocking.filter((u) => /story-deferred/.test(u)), 'the story links its deferred stylesheet').toHaveLength(1);
      page.removeAllListeners('request');
      // The style elements' text as Chromium parsed it, hashed here, must be in the page's policy.
      const texts = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''));
      expect(texts.length, `inline stylesheet on /${path}`).toBeGreaterThan(0);
      const csp = headersFor(parsed, `/${path}`)['content-security-policy'] ?? '';
      for (const text of texts) expect(csp, `/${path}`).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    }
  });

  test('another site may frame an embed page but not the story', async ({ page }) => {
    const embeds = htmlFiles(dist).map((f) => pagePath(dist, f)).filter((p) => p.startsWith('embed/'));
    test.skip(embeds.length === 0, 'no embed pages in this build');
    const host = await startHost();
    try {
      const embedUrl = server.url + embeds[0]!;
      const refused = page.waitForEvent('console', { predicate: (m) => /frame-ancestors 'self'/.test(m.text()) });
      await page.goto(host.page('/frames', hostPage(`<iframe id="embed" src="${embedUrl}" title="embed"></iframe><iframe id="story" src="${server.url}" title="story"></iframe>`)));
      await expect(page.frameLocator('#embed').locator('[data-chart]')).toHaveCount(1);
      expect((await refused).text()).toContain(server.url);
      // The refused frame shows the browser's error page: none of the story's content.
      const storyFrame = page.frames().find((f) => f.url() === server.url);
      const chapters = storyFrame ? await storyFrame.locator('[data-chapter]').count().catch(() => 0) : 0;
      expect(chapters, 'the story renders inside a frame on another origin').toBe(0);
    } finally {
      await host.close();
    }
  });
});

// One bad value of each variable through a real build (every rejected form is unit-tested in
// tests/unit/deploy-config.test.ts; these show the build calls that check and writes nothing).
const malformed: { name: string; env: Record<string, string>; expect: RegExp }[] = [
  { name: 'BASE_PATH with a double slash', env: { BASE_PATH: '/news//x/' }, expect: /BASE_PATH/ },
  { name: 'SITE_URL with a path', env: { SITE_URL: 'https://example.org/news/' }, expect: /SITE_URL/ },
];
for (const c of malformed) {
  test(`the build stops on a ${c.name}, naming the variable`, async () => {
    const result = buildCopy(() => {}, c.env);
    try {
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(c.expect);
      expect(existsSync(join(result.dir, 'dist', 'index.html')), 'no site was written').toBe(false);
    } finally {
      cleanup(result);
    }
  });
}
