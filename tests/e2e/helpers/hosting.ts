// What the hosting tests need: the _headers file as a static host reads it, a crawler that checks
// every link and asset of the built site in Chromium, PNG sizes, and the Nu HTML Checker.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { parseHTML } from 'linkedom';

// ---------- _headers (Netlify / Cloudflare Pages) ----------
// The same reader and merge rule as the build, the local server and the bench.
export { headerClashes, headersFor, matchingRules, parseHeaders as parseHeadersFile, patternRegExp, type HeaderRule } from '../../../src/lib/headers-file.mjs';

// ---------- files ----------

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** "embed/x/index.html" → "embed/x/", "404.html" → "404.html": the URL path below the base. */
export function pagePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG (bad signature)');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR chunk first)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------- Nu HTML Checker ----------

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs vnu.jar (the vnu-jar package) with the machine's Java over the files; returns its errors. */
export function validateHtml(files: string[]): VnuMessage[] {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `The Nu HTML Checker needs Java 11 or later, and "${java}" could not be run (${probe.error?.message ?? probe.stderr}). ` +
        'Install a JRE (Debian: apt-get install default-jre-headless) or set JAVA_HOME.',
    );
  }
  // One short run: the JIT's quick tier alone (its optimising tier costs more than it saves here,
  // about half the CPU in all) and one GC thread. The quick tier's frames are larger, and the
  // checker's schema needs a deeper stack than its default.
  const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];
  const run = spawnSync(java, [...jvm, '-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const report = (run.stderr || run.stdout).trim();
  let parsed: { messages?: VnuMessage[] };
  try {
    parsed = JSON.parse(report);
  } catch {
    throw new Error(`vnu.jar did not answer with JSON (exit ${run.status}): ${report.slice(0, 2000)}`);
  }
  return (parsed.messages ?? []).filter((m) => (m.type === 'error' || m.subType === 'fatal') && !cssValidatorGaps.some((gap) => gap.test(m.message)));
}

/**
 * Properties the checker's CSS validator does not know although browsers and the specs do. The
 * pages inline their stylesheet, so the checker reads it. paint-order: SVG 2 / CSS Fill and
 * Stroke 3, in every current browser (the label halo).
 */
const cssValidatorGaps = [
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  // CSS Anchor Positioning (the source popovers); Chromium ships it, the checker's CSS validator does not know it yet.
  /^CSS: “position-area”: Property “position-area” doesn't exist\.$/,
  /^CSS: “position-try-fallbacks”: Property “position-try-fallbacks” doesn't exist\.$/,
];

export const describeVnu = (m: VnuMessage, root: string) =>
  `${relative(root, m.url.replace(/^file:/, ''))}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? `  ${JSON.stringify(m.extract)}` : ''}`;

// ---------- crawling ----------

export interface CrawlOptions {
  /** where the site is served, e.g. http://127.0.0.1:1234/news/space-race/ */
  root: string;
  /** SITE_URL the site was built with; its URLs under the base are checked on the test server */
  site?: string;
  /** extra pages to open besides the story (sitemap entries, 404.html) */
  pages?: string[];
  /** a URL that must answer 404 with the 404 page */
  missing?: string;
  /**
   * Folders below the root whose pages all come from one template (the embed-code pages): the browser
   * opens the first page of each, and the rest are read as HTML, their links and assets checked
   * the same way. A page's run-time behaviour is the template's; its references are its own.
   */
  oneTemplate?: string[];
}

export interface CrawlReport {
  pages: string[];
  checked: number;
  /** link or asset → status, for anything that did not answer 200 */
  broken: string[];
  /** on our origin but outside the base path */
  outsideBase: string[];
  /** a reference to another host that is not a reader's <a href> */
  foreignRefs: string[];
  /** requests the browser made to anything but the test server */
  foreignRequests: string[];
  consoleErrors: string[];
  /** securitypolicyviolation events, on load or while the page's scripts ran */
  cspViolations: string[];
  /** one h1, lang, title, description, a Content-Security-Policy header */
  pageProblems: string[];
}

interface Ref {
  url: string;
  kind: 'a' | 'asset' | 'meta';
  from: string;
}

/**
 * Opens the story and every page reachable from it on our origin in Chromium, checks every
 * <a href>, <link href>, <script src>, <img src>, CSS url() and share-card URL, and records
 * every request the browser makes.
 */
export async function crawlSite(context: BrowserContext, request: APIRequestContext, opts: CrawlOptions): Promise<CrawlReport> {
  const root = new URL(opts.root);
  const base = root.pathname;
  const site = opts.site ? new URL(opts.site) : undefined;
  const report: CrawlReport = { pages: [], checked: 0, broken: [], outsideBase: [], foreignRefs: [], foreignRequests: [], consoleErrors: [], cspViolations: [], pageProblems: [] };
  // Every page (and frame) records what its Content-Security-Policy refused, from its first script on.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const status = new Map<string, Promise<{ status: number; type: string; body?: string }>>();
  const idsByPage = new Map<string, Set<string>>();
  const fragments: { page: string; id: string; from: string }[] = [];

  context.on('request', (r) => {
    const u = new URL(r.url());
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.host !== root.host) report.foreignRequests.push(`${r.url()} (from ${r.frame()?.url() ?? '?'})`);
  });

  /** A URL on SITE_URL's origin is looked up on the test server, same path. */
  const local = (u: URL): URL | undefined => {
    if (u.host === root.host && u.protocol === root.protocol) return u;
    if (site && u.origin === site.origin) return new URL(u.pathname + u.search, root.origin);
    return undefined;
  };

  // One request per URL, however many pages refer to it at once.
  const fetchOnce = (url: string) => {
    let entry = status.get(url);
    if (!entry) {
      entry = request.get(url, { maxRedirects: 0 }).then(async (res) => {
        const type = res.headers()['content-type'] ?? '';
        report.checked++;
        return { status: res.status(), type, body: /text\/(css|html)|xml/.test(type) ? await res.text() : undefined };
      });
      status.set(url, entry);
    }
    return entry;
  };

  /** Records what a page holds (its ids and basics); returns its references, to be checked. */
  const noteFound = (url: string, found: ReturnType<typeof collectPage>): Ref[] => {
    idsByPage.set(url.split('#')[0]!, new Set(found.ids));
    if (found.h1 !== 1) report.pageProblems.push(`${url}: ${found.h1} h1 elements (one expected)`);
    if (!found.lang) report.pageProblems.push(`${url}: <html> has no lang`);
    if (found.title.length < 10) report.pageProblems.push(`${url}: title ${JSON.stringify(found.title)} is too short to mean anything`);
    if (found.description.length < 30) report.pageProblems.push(`${url}: meta description ${JSON.stringify(found.description)} is missing or too short`);
    if (!found.styled) report.pageProblems.push(`${url}: the stylesheet did not apply`);
    return found.refs.map((r) => ({ ...r, from: url }));
  };

  const queue: string[] = [...new Set([opts.root, ...(opts.pages ?? [])])];
  const queued = new Set(queue);

  const check = async (ref: Ref): Promise<void> => {
    let u: URL;
    try {
      u = new URL(ref.url);
    } catch {
      report.broken.push(`${ref.url} (not a URL, in ${ref.from})`);
      return;
    }
    if (u.protocol === 'data:' || u.protocol === 'mailto:' || u.protocol === 'tel:') return;
    const mine = local(u);
    if (!mine) {
      if (ref.kind !== 'a') report.foreignRefs.push(`${ref.url} (${ref.kind} in ${ref.from})`);
      return;
    }
    if (!mine.pathname.startsWith(base)) {
      report.outsideBase.push(`${ref.url} (${ref.kind} in ${ref.from})`);
      return;
    }
    const target = new URL(mine.pathname + mine.search, root.origin).href;
    const res = await fetchOnce(target);
    if (res.status === 301 && ref.kind === 'a') {
      report.broken.push(`${ref.url} redirects (link it with its trailing slash), in ${ref.from}`);
      return;
    }
    if (res.status !== 200) {
      report.broken.push(`${ref.url} → ${res.status} (${ref.kind} in ${ref.from})`);
      return;
    }
    if (ref.kind === 'a' && res.type.startsWith('text/html')) {
      if (!queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
      if (mine.hash.length > 1) fragments.push({ page: target, id: decodeURIComponent(mine.hash.slice(1)), from: ref.from });
    }
    if (res.type.startsWith('text/css') && res.body) {
      await Promise.all([...res.body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => check({ url: new URL(m[2] ?? m[4] ?? '', target).href, kind: 'asset', from: target })));
    }
  };

  const opened = new Set<string>();
  /** The template folder a page belongs to, if it is one of `oneTemplate`. */
  const templateOf = (url: string) => opts.oneTemplate?.find((f) => new URL(url).pathname.startsWith(`${base}${f}`));

  while (queue.length) {
    const url = queue.shift()!;
    const template = templateOf(url);
    if (template && opened.has(template)) {
      const res = await fetchOnce(url.split('#')[0]!);
      report.pages.push(url);
      if (res.status !== 200 || !res.body) {
        report.broken.push(`${url} → ${res.status} (page)`);
        continue;
      }
      await Promise.all(noteFound(url, collectPage({ doc: parseHTML(res.body).document as unknown as Document, url })).map(check));
      continue;
    }
    if (template) opened.add(template);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // The browser reports the missing page's own 404; that one is expected.
      if (opts.missing && m.location().url === opts.missing && /404/.test(m.text())) return;
      errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== opts.missing) report.broken.push(`${r.url()} → ${r.status()} (loaded by ${url})`);
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    report.pages.push(url);
    if (!response || response.status() !== 200) {
      if (!(url === opts.missing && response?.status() === 404)) report.broken.push(`${url} → ${response?.status()} (page)`);
    }
    // Sent with the page, as the hosts it is written for send it (a 404 page is the host's own).
    if (response?.status() === 200 && !response.headers()['content-security-policy']) report.pageProblems.push(`${url}: no Content-Security-Policy header`);
    /** What the page's policy refused so far, in the page and its frames. */
    const refusals = async () => {
      const all: string[] = [];
      for (const frame of page.frames()) {
        const refused = await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [] as string[]);
        all.push(...refused.map((v) => `${frame.url()}: ${v}`));
      }
      return all;
    };
    // A refused stylesheet or script shows at load: say so, rather than drive a broken page.
    const atLoad = await refusals();
    if (atLoad.length) {
      report.cspViolations.push(...atLoad);
      await page.close();
      continue;
    }
    // The story's script starts after the first paint (src/lib/first-paint.ts): the walk waits for it.
    if (await page.locator('template[data-after-paint]').count()) {
      await page
        .waitForFunction(() => document.documentElement.dataset.story === 'ready', null, { timeout: 15_000 })
        .catch(() => report.pageProblems.push(`${url}: its script did not start`));
    }
    // Run the page's scripts: scroll through once (anything loaded on demand is loaded, every story
    // chart draws), and press every state button an embed shows.
    await page.evaluate(async () => {
      const step = window.innerHeight;
      for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        // A frame for the page's scroll handlers, or a tenth of a second where a starved browser
        // draws none: the walk is bounded either way.
        await new Promise((r) => {
          requestAnimationFrame(() => r(null));
          setTimeout(r, 100);
        });
      }
      window.scrollTo(0, 0);
    });
    for (const button of await page.locator('[data-show-state]').all()) {
      if (await button.isVisible()) await button.click({ timeout: 5_000 }).catch((e: Error) => report.pageProblems.push(`${url}: a state button could not be pressed: ${e.message.split('\n')[0]}`));
    }
    await page.waitForLoadState('networkidle');
    // Whatever the scripts did in answer has run: every drawn chart is at rest.
    await page
      .waitForFunction(() => [...document.querySelectorAll('[data-chart][data-hydrated]')].every((r) => r.getAttribute('data-settled') === 'true'), null, { timeout: 10_000 })
      .catch(() => report.pageProblems.push(`${url}: its charts did not come to rest`));
    report.cspViolations.push(...(await refusals()));
    await Promise.all(noteFound(url, await page.evaluate(collectPage, null)).map(check));
    report.consoleErrors.push(...errors.map((e) => `${url}: ${e}`));
    await page.close();
  }
  for (const f of fragments) {
    const ids = idsByPage.get(f.page);
    if (ids && !ids.has(f.id)) report.broken.push(`${f.page}#${f.id}: no element with that id (linked from ${f.from})`);
  }
  report.broken = [...new Set(report.broken)];
  report.foreignRefs = [...new Set(report.foreignRefs)];
  report.outsideBase = [...new Set(report.outsideBase)];
  report.foreignRequests = [...new Set(report.foreignRequests)];
  return report;
}


/**
 * What the crawler reads from a page: its references, ids and basics. Runs in the browser (no
 * argument: the live document) or in Node on a parsed copy of the page's HTML (`doc`, `url`).
 */
function collectPage(input: { doc: Document; url: string } | null) {
  const doc = input ? input.doc : document;
  const base = input ? input.url : document.baseURI;
  const live = !input;
  const abs = (v: string | null) => (v === null ? null : new URL(v, base).href);
  const refs: { url: string; kind: 'a' | 'asset' | 'meta' }[] = [];
  for (const a of doc.querySelectorAll('a[href], area[href]')) refs.push({ url: abs(a.getAttribute('href'))!, kind: 'a' });
  for (const l of doc.querySelectorAll('link[href]')) {
    // canonical, alternate (oEmbed) and the like name addresses; browsers do not fetch them.
    const rel = (l.getAttribute('rel') ?? '').toLowerCase();
    refs.push({ url: abs(l.getAttribute('href'))!, kind: /\b(canonical|alternate)\b/.test(rel) ? 'meta' : 'asset' });
  }
  for (const e of doc.querySelectorAll('[src]')) refs.push({ url: abs(e.getAttribute('src'))!, kind: 'asset' });
  for (const e of doc.querySelectorAll('[srcset]'))
    for (const part of (e.getAttribute('srcset') ?? '').split(',')) {
      const u = part.trim().split(/\s+/)[0];
      if (u) refs.push({ url: abs(u)!, kind: 'asset' });
    }
  for (const e of doc.querySelectorAll('[poster], object[data]')) refs.push({ url: abs(e.getAttribute('poster') ?? e.getAttribute('data'))!, kind: 'asset' });
  for (const m of doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
    const c = m.getAttribute('content') ?? '';
    if (/^https?:\/\//.test(c)) refs.push({ url: c, kind: 'meta' });
  }
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^https?:\/\//.test(v) && !v.startsWith('https://schema.org')) refs.push({ url: v, kind: 'meta' });
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(s.textContent ?? 'null'));
  }
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return {
    refs,
    ids: [...doc.querySelectorAll('[id]')].map((e) => e.id),
    h1: doc.querySelectorAll('h1').length,
    lang: doc.documentElement.getAttribute('lang') ?? '',
    title: doc.title.trim(),
    description: description.trim(),
    styled: live ? doc.styleSheets.length > 0 && getComputedStyle(doc.body).marginTop === '0px' : doc.querySelectorAll('style, link[rel="stylesheet"]').length > 0,
  };
}

export const readText = (path: string) => readFileSync(path, 'utf8');
