// A "host page" on another origin: a tiny server on localhost (the site is on 127.0.0.1),
// serving the pages a newsroom CMS would, plus pym.js from its npm package.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';

export interface Host {
  origin: string;
  /** register a page's HTML at a path */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
  const pages = new Map<string, string>();
  const pym = readFileSync(join(process.cwd(), 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/pym.v1.min.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    const html = pages.get(path);
    if (html === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, 'localhost', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>` +
  `<style>body{margin:0;padding:16px;font-family:sans-serif} iframe{display:block}</style></head><body><main><h1>A host page</h1>${body}<p>After the chart.</p></main></body></html>`;

/** Each matching iframe's height in the host against the height of the document inside it. */
export async function frameHeights(page: Page, selector: string): Promise<{ outer: number; inner: number }[]> {
  const frames = page.locator(selector);
  const n = await frames.count();
  const out: { outer: number; inner: number }[] = [];
  for (let i = 0; i < n; i++) {
    const el = frames.nth(i);
    const frame = (await (await el.elementHandle())!.contentFrame()) as Frame;
    const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const outer = (await el.boundingBox())!.height;
    out.push({ outer, inner });
  }
  return out;
}

/** Waits until `count` frames match and each is as tall as its content (within 3 px). */
export async function expectFitted(page: Page, selector: string, count: number, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => {
      const hs = await frameHeights(page, selector).catch(() => []);
      return hs.length === count && hs.every((h) => h.inner > 100 && Math.abs(h.outer - h.inner) <= 3);
    }, { timeout })
    .toBe(true);
}

/** The site's origin and base path as the test server serves them, for snippets that carry SITE_URL's. */
export const rebaseSnippet = (html: string, baseURL: string) => html.replace(/https?:\/\/[^/"]+\//g, `${new URL(baseURL).origin}/`);
