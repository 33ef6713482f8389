// Built for a sub-path, share pages and the example host page stay inside it: every URL they carry
// is under the base path (relative) or under SITE_URL + the base path (absolute), and a share page
// still lands the reader on the story's step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { serve } from '../../scripts/serve.mjs';
import { SUB_BASE, SUB_SITE, subPathBuild, type BuildResult } from './helpers/build';
import { steps } from './helpers/registry';

let build: BuildResult;
let server: { url: string; close(): Promise<void> };

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(150_000);
  build = subPathBuild();
  expect(build.status, build.output).toBe(0);
  server = await serve({ root: join(build.dir, 'dist'), base: SUB_BASE, port: 0 });
});
test.afterAll(async () => {
  await server?.close();
});

/** Every URL a page carries: links, sources, the refresh target, and URL-valued meta tags. */
function urlsOf(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  // (a data: URI, the favicon written into the page, is no address: it leads nowhere)
  for (const el of document.querySelectorAll('[href], [src]')) out.push(el.getAttribute('href') ?? el.getAttribute('src') ?? '');
  out.splice(0, out.length, ...out.filter((u) => !u.startsWith('data:')));
  for (const m of document.querySelectorAll('meta[property$=":image"], meta[name$=":image"], meta[property="og:url"]')) out.push(m.getAttribute('content') ?? '');
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  if (refresh) out.push(refresh.replace(/^\d+;\s*url=/, ''));
  return out;
}

test('share pages and the example host page carry only URLs inside the base path', () => {
  const dist = join(build.dir, 'dist');
  const pages = [...readdirSync(join(dist, 'share')).map((d) => join(dist, 'share', d, 'index.html')), join(dist, 'embed-example', 'index.html')];
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    for (const url of urlsOf(readFileSync(file, 'utf8'))) {
      const inside = url.startsWith(SUB_BASE) || url.startsWith(`${SUB_SITE}${SUB_BASE}`);
      expect(inside, `${file.slice(dist.length)}: ${url}`).toBe(true);
    }
  }
});

test('under the sub-path, a share page lands on the story at its step, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const step = steps[Math.floor(steps.length / 2)]!.id;
  await page.goto(`${server.url}share/${step}/`);
  await page.waitForURL(`${server.url}#${step}`);
  await expect(page.locator(`[id="${step}"]`)).toBeInViewport();
  await context.close();
});
