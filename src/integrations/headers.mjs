// Writes dist/_headers (the Netlify / Cloudflare Pages format) after each build: long caching for
// hashed assets, short caching for pages, and a Content-Security-Policy built from what the pages
// really contain — the sha256 of every inline script and style Astro or a page left in the HTML.
//
// Rules never give the same header to two patterns that can match one URL: Cloudflare joins such
// values with commas (two CSPs would both apply) while Netlify keeps only the last one. So:
//   <base>*            headers every response shares (nosniff, referrer policy)
//   <base>_astro/*     immutable caching (file names carry content hashes)
//   <base>images/*     a day's caching (build-time PNGs whose names do not change)
//   <base>pictures/*   immutable caching (chart pictures for <img>; names carry content hashes)
//   <base>chart-data/* immutable caching (the story's chart data; names carry content hashes)
//   each page          its own CSP, with frame-ancestors 'self' and X-Frame-Options
//   <base>embed/*      the embed pages' CSP, with frame-ancestors * (anyone may frame them)
//   <base>oembed/*, <base>data/*   CORS, so other sites' scripts can read the oEmbed JSON and CSV
//   <base>chart/*      CORS and short caching (the script embed's modules, fixed names)
//   <base>chart-chunks/*  CORS and immutable caching (what those modules load later; hashed names)
// The same policy for nginx and S3/CloudFront is in README.md ("Hosting"). The file is written,
// and checked for a header set twice, with the shared reader/writer in src/lib/headers-file.mjs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { formatHeaders, headerClashes, parseHeaders } from '../lib/headers-file.mjs';

/** Script types a browser runs; any other type is a data block that CSP does not govern. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * An SVG <style>'s text as the browser reads it. Inside <svg> a style element's content is parsed
 * as ordinary text (entities decoded), not kept raw as in HTML; linkedom keeps it raw, so it is
 * parsed again as the text of an ordinary element.
 */
const svgText = (raw) => parseHTML(`<!doctype html><html><body><div>${raw}</div></body></html>`).document.querySelector('div')?.textContent ?? raw;

/**
 * What a page's CSP must allow inline: hashes of executable inline scripts, of inline <style>
 * elements, and of style="" attributes (those need 'unsafe-hashes'). The page is parsed with
 * linkedom, so text that only looks like markup (a snippet in a <textarea>, a script's strings)
 * is never mistaken for an element, and attribute values are hashed as the browser decodes them.
 * @param {string} html
 */
export function inlineHashes(html) {
  const { document } = parseHTML(html);
  const scripts = new Set();
  const styles = new Set();
  const styleAttrs = new Set();
  for (const script of document.querySelectorAll('script')) {
    if (script.hasAttribute('src')) continue;
    if (!EXECUTABLE.has((script.getAttribute('type') ?? '').trim().toLowerCase())) continue;
    if (script.textContent) scripts.add(sha256(script.textContent));
  }
  for (const style of document.querySelectorAll('style')) {
    const inSvg = style.closest('svg') !== null;
    styles.add(sha256(inSvg ? svgText(style.textContent ?? '') : (style.textContent ?? '')));
  }
  for (const el of document.querySelectorAll('[style]')) styleAttrs.add(sha256(el.getAttribute('style') ?? ''));
  return { scripts, styles, styleAttrs };
}

/**
 * @param {{ scripts: Set<string>, styles: Set<string>, styleAttrs: Set<string> }} h
 * @param {string} frameAncestors
 */
export function contentSecurityPolicy(h, frameAncestors) {
  const styleAttr = h.styleAttrs.size ? ["'unsafe-hashes'", ...h.styleAttrs] : [];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...h.scripts].join(' ')}`,
    `style-src ${["'self'", ...h.styles, ...styleAttr].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Every .html file under `dir`, sorted (the build's pages). @param {string} dir */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/**
 * The _headers text for a built site. Stops the build if two of its rules would give one path the
 * same header (see the top of this file).
 * @param {string} dist the output folder
 * @param {string} base the base path, with a trailing slash
 * @param {{ framable?: string[] }} [opts] folders (below the base) whose pages any site may frame
 */
export function headersFile(dist, base, opts = {}) {
  const framable = opts.framable ?? ['embed/'];
  const pageCache = 'public, max-age=300, must-revalidate';
  const shared = { scripts: new Set(), styles: new Set(), styleAttrs: new Set() };
  /** @type {import('../lib/headers-file.mjs').HeaderRule[]} */
  const rules = [
    { pattern: `${base}*`, headers: [['X-Content-Type-Options', 'nosniff'], ['Referrer-Policy', 'strict-origin-when-cross-origin']] },
    { pattern: `${base}_astro/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { pattern: `${base}images/*`, headers: [['Cache-Control', 'public, max-age=86400']] },
    { pattern: `${base}pictures/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { pattern: `${base}chart-data/*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { pattern: `${base}oembed/*`, headers: [['Access-Control-Allow-Origin', '*']] },
    { pattern: `${base}data/*`, headers: [['Access-Control-Allow-Origin', '*']] },
    // The script embed imports these modules into other sites' pages: module scripts are fetched with CORS.
    { pattern: `${base}chart/*`, headers: [['Access-Control-Allow-Origin', '*'], ['Cache-Control', 'public, max-age=300, must-revalidate']] },
    // What those modules load once a reader reaches the chart (src/pages/chart-chunks/): hashed names, so immutable.
    { pattern: `${base}chart-chunks/*`, headers: [['Access-Control-Allow-Origin', '*'], ['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
  /** every URL a page answers at, to check the finished file against */
  const pageUrls = [];
  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split(sep).join('/');
    const hashes = inlineHashes(readFileSync(file, 'utf8'));
    const urls = rel === 'index.html' ? [base, `${base}index.html`] : rel.endsWith('/index.html') ? [`${base}${rel.slice(0, -'index.html'.length)}`, `${base}${rel}`] : [`${base}${rel}`];
    pageUrls.push(...urls);
    if (framable.some((f) => rel.startsWith(f))) {
      for (const k of /** @type {const} */ (['scripts', 'styles', 'styleAttrs'])) for (const h of hashes[k]) shared[k].add(h);
      continue;
    }
    const csp = contentSecurityPolicy(hashes, "'self'");
    for (const url of urls) {
      rules.push({ pattern: url, headers: [['Content-Security-Policy', csp], ['X-Frame-Options', 'SAMEORIGIN'], ['Cache-Control', pageCache]] });
    }
  }
  for (const f of framable) {
    // No X-Frame-Options here: it cannot say "any origin", and frame-ancestors * does.
    rules.push({ pattern: `${base}${f}*`, headers: [['Content-Security-Policy', contentSecurityPolicy(shared, '*')], ['Cache-Control', pageCache]] });
  }
  const text = formatHeaders(rules, ['Generated by src/integrations/headers.mjs at build time; do not edit.']);
  // Read back with the parser the server, tests and bench use, and checked where hosts differ.
  const written = parseHeaders(text, 'dist/_headers');
  const samples = [...pageUrls, `${base}_astro/x.js`, `${base}images/x.png`, `${base}pictures/x.svg`, `${base}chart-data/x.json`, `${base}oembed/x.json`, `${base}data/x.csv`, `${base}chart/x.js`, `${base}chart-chunks/x.js`];
  const clashes = samples.flatMap((path) => headerClashes(written, path).map((c) => `${path}: ${c}`));
  if (clashes.length) throw new Error(`hosting-headers: dist/_headers would set a header twice for one path (Netlify and Cloudflare read that differently):\n  ${clashes.join('\n  ')}`);
  return text;
}

/**
 * @param {{ framable?: string[] }} [opts]
 * @returns {import('astro').AstroIntegration}
 */
export default function hostingHeaders(opts = {}) {
  let base = '/';
  return {
    name: 'hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist, base, opts));
        logger.info('wrote _headers (caching, CSP with the hashes of inline scripts and styles)');
      },
    },
  };
}
