// `npm run bench`: how heavy and how fast the built site is (issue #8). Not part of `npm test`.
//
//   npm run bench                      build 3x (timed), then measure dist/
//   npm run bench -- --no-build        measure the dist/ that is there (no build timing)
//   npm run bench -- --skip-lighthouse --skip-scroll --skip-inp --skip-step-link    only what is asked for
//   npm run bench -- --strict          exit 1 if a target is missed (by default it only reports)
//
// Prints a markdown table (every row says how it was measured) and writes bench/results.json.
// Serves dist/ with scripts/serve.mjs on a random local port, which sends the headers of dist/_headers
// (read with src/lib/headers-file.mjs, as the build wrote them and the hosting tests check them).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { parseBasePath } from '../src/lib/deploy-config.mjs';
import { pageBytes, d3Yardstick } from './bench/bytes.mjs';
import { scrollRun } from './bench/scroll.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { inpRun } from './bench/inp.mjs';
import { stepLinkRun } from './bench/step-link.mjs';
import { htmlDocument } from './bench/html.mjs';
import { gzipProxy } from './bench/gzip-proxy.mjs';
import { chromiumArgs, chromiumPath, gzipSize, kb, markdownTable, median } from './bench/util.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const opt = {
  build: !args.has('--no-build'),
  lighthouse: !args.has('--skip-lighthouse'),
  scroll: !args.has('--skip-scroll'),
  inp: !args.has('--skip-inp'),
  stepLink: !args.has('--skip-step-link'),
  strict: args.has('--strict'),
};
const known = ['--no-build', '--skip-lighthouse', '--skip-scroll', '--skip-inp', '--skip-step-link', '--strict'];
for (const a of args) {
  if (!known.includes(a)) {
    console.error(`bench: unknown option ${a} (known: ${known.join(', ')})`);
    process.exit(2);
  }
}

const TARGETS = {
  storyJsGzip: 30 * 1024,
  embedJsGzip: 20 * 1024,
  loaderGzip: 5 * 1024,
  storyPageGzip: 250 * 1024,
  // issue 19, "A light page"
  htmlRaw: 100 * 1024,
  htmlGzip: 14 * 1024,
  elements: 1200,
  fonts: 60 * 1024,
  lcpMs: 1200,
  tbtMs: 50,
  inpMs: 100,
  lhScore: 100,
  cls: 0.01,
  longtasks: 0,
  frameP95: 20,
};
const LIGHTHOUSE_STORY_RUNS = 5;
const log = (msg) => console.error(`bench: ${msg}`);
const started = performance.now();

// 1. Build time: median of 3 wall-clock runs of `npm run build`; the last one leaves dist/ to measure.
let build = { skipped: true };
if (opt.build) {
  const runs = [];
  for (let i = 1; i <= 3; i++) {
    log(`npm run build (${i}/3)…`);
    const t0 = performance.now();
    const r = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: process.env });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) {
      console.error(r.stdout, r.stderr);
      console.error(`bench: npm run build failed (exit ${r.status}); nothing to measure.`);
      process.exit(1);
    }
    runs.push(+seconds.toFixed(2));
  }
  build = { skipped: false, runs, medianSeconds: median(runs) };
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error('bench: dist/index.html is missing: run `npm run build` or drop --no-build.');
  process.exit(1);
}

// 2. Serve dist/ on a random port, as a host would (base path and _headers honoured). A copy of it,
// so that a build started meanwhile (tests, another terminal) cannot change files under the bench.
const base = parseBasePath(process.env.BASE_PATH);
const snapshot = mkdtempSync(join(tmpdir(), 'bench-dist-'));
cpSync(dist, snapshot, { recursive: true });
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
const server = await serve({ root: snapshot, base, port: 0 });
const embedIds = existsSync(join(snapshot, 'embed'))
  ? readdirSync(join(snapshot, 'embed')).filter((d) => statSync(join(snapshot, 'embed', d)).isDirectory() && existsSync(join(snapshot, 'embed', d, 'index.html'))).sort()
  : [];
const pages = [{ id: 'story', path: '' }, ...embedIds.map((id) => ({ id: `embed/${id}`, path: `embed/${id}/` }))];
const urlOf = (p) => new URL(p.path, server.url).href;

const results = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: { cpus: cpus().length, node: process.version },
  targets: TARGETS,
  build,
};

let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  results.machine.chromium = browser.version();

  // 3. Bytes each page really loads.
  results.bytes = {};
  for (const p of pages) {
    log(`bytes: ${p.id}`);
    results.bytes[p.id] = await pageBytes(browser, urlOf(p));
  }
  results.yardstick = d3Yardstick(root);
  results.html = htmlDocument(join(snapshot, 'index.html'));

  // 3b. Interaction to next paint at 4x CPU: step buttons, the source card, "Copy link to this step".
  if (opt.inp) {
    log('inp: story');
    results.inp = await inpRun(browser, urlOf(pages[0]));
  }

  // 3c. A step link on slow 4G at 4x CPU: when its chart is first drawn.
  if (opt.stepLink) {
    log('step link: story');
    const proxy = await gzipProxy(server.url);
    try {
      results.stepLink = await stepLinkRun(browser, new URL(pages[0].path, proxy.url).href);
    } finally {
      await proxy.close();
    }
  }

  // 4. Scroll smoothness, desktop and phone-sized viewports.
  if (opt.scroll) {
    results.scroll = [];
    for (const [label, viewport, isMobile, blockScripts] of [
      ['desktop 1280×800', { width: 1280, height: 800 }, false, false],
      ['phone 390×844', { width: 390, height: 844 }, true, false],
      ['baseline: desktop, page scripts blocked', { width: 1280, height: 800 }, false, true],
    ]) {
      log(`scroll: ${label}`);
      results.scroll.push(await scrollRun(browser, urlOf(pages[0]), { viewport, label, isMobile, blockScripts }));
    }
  }
} finally {
  await browser?.close();
}

// 5. Lighthouse on the story and the first embed (each in its own headless Chromium), through a
// compressing layer, as a real host serves text.
if (opt.lighthouse) {
  results.lighthouse = {};
  const proxy = await gzipProxy(server.url);
  // Scores move a point between runs: the story gets 5 runs and the table shows the median of each
  // metric and the median run (by performance score), with the spread; the embed gets one.
  for (const [p, n] of [[pages[0], LIGHTHOUSE_STORY_RUNS], [pages[1], 1]].filter(([p]) => p)) {
    const runs = [];
    for (let i = 1; i <= n; i++) {
      log(`lighthouse: ${p.id}${n > 1 ? ` (${i}/${n})` : ''}`);
      const r = await runLighthouse(new URL(p.path, proxy.url).href);
      runs.push(r);
      if (!r.ok) break; // it will not do better the next time
    }
    const ok = runs.filter((r) => r.ok).sort((a, b) => a.scores.performance - b.scores.performance);
    const chosen = ok.length ? ok[(ok.length - 1) >> 1] : runs[runs.length - 1];
    const med = (k) => median(ok.map((r) => r.metrics[k]));
    const lcpMedianRun = [...ok].sort((a, b) => a.metrics.lcpMs - b.metrics.lcpMs)[(ok.length - 1) >> 1];
    results.lighthouse[p.id] = {
      ...chosen,
      runs: runs.length,
      performanceScores: runs.filter((r) => r.ok).map((r) => r.scores.performance),
      medians: { lcpMs: med('lcpMs'), tbtMs: med('tbtMs'), cls: med('cls'), fcpMs: med('fcpMs'), performance: median(ok.map((r) => r.scores.performance)) },
      perRun: ok.map((r) => ({ performance: r.scores.performance, ...r.metrics })),
      // The run whose LCP is the median: what its simulated LCP waited for (listed under the table).
      lcpRun: lcpMedianRun ? { lcpMs: lcpMedianRun.metrics.lcpMs, lantern: lcpMedianRun.diagnostics.lantern } : null,
    };
  }
  await proxy.close();
}
await server.close();
results.seconds = +((performance.now() - started) / 1000).toFixed(1);

// 6. The table.
const pass = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'pass' : '**FAIL**');
const rows = [];
const story = results.bytes.story;
const jsOf = (b) => b.byKind.js;
/** What the first touch of a chart added (the walk and table sorting), and the total with it. */
const touchedRow = (label, b) => {
  const t = b.touched?.js ?? { files: 0, raw: 0, gzip: 0 };
  return [
    `  ${label} with what the first touch of a chart loads, gzip`,
    `${kb(jsOf(b).gzip + t.gzip)} (+ ${kb(t.gzip)} in ${t.files} file(s)${b.touched?.files.length ? `: ${b.touched.files.filter((f) => f.kind === 'js').map((f) => f.url).join(', ')}` : ''})`,
    '—',
    '',
    'A',
  ];
};
rows.push([
  'Story JavaScript before a touch, gzip',
  `${kb(jsOf(story).gzip)} (${kb(jsOf(story).raw)} raw, ${jsOf(story).files} files)`,
  '≤ 30 KB',
  pass(jsOf(story).gzip <= TARGETS.storyJsGzip),
  'A',
]);
rows.push(touchedRow('story JavaScript', story));
for (const p of pages.slice(1)) {
  const b = results.bytes[p.id];
  rows.push([
    `${p.id} JavaScript before a touch, gzip`,
    `${kb(jsOf(b).gzip)} (${kb(jsOf(b).raw)} raw, ${jsOf(b).files} files)`,
    '≤ 20 KB',
    pass(jsOf(b).gzip <= TARGETS.embedJsGzip),
    'A',
  ]);
  rows.push(touchedRow(`${p.id} JavaScript`, b));
}
// The script embed: each chart's module, counted as the iframe embed's JS is (the page's own
// files), with the host's loader, embed.js, as its own row: one copy serves every embed on a page.
{
  const loader = readFileSync(join(snapshot, 'embed.js'));
  rows.push(['embed.js (the host page\'s loader, shared by all its embeds), gzip', `${kb(gzipSize(loader))} (${kb(loader.length)} raw)`, '≤ 5 KB', pass(gzipSize(loader) <= TARGETS.loaderGzip), 'A']);
  // A module's first load is the module and whatever it imports statically; what it imports with
  // import() comes on the reader's first touch (src/charts/lazy-enhance.ts). Paths are relative.
  const importsOf = (file, dynamic) => {
    const text = readFileSync(file, 'utf8');
    const re = dynamic ? /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g : /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
    return [...new Set([...text.matchAll(re)].map((m) => join(dirname(file), m[1])))];
  };
  const closure = (files) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f) || !existsSync(f)) return;
      seen.add(f);
      for (const g of importsOf(f, false)) visit(g);
    };
    for (const f of files) visit(f);
    return seen;
  };
  const gz = (files) => [...files].reduce((n, f) => n + gzipSize(readFileSync(f)), 0);
  const raw = (files) => [...files].reduce((n, f) => n + readFileSync(f).length, 0);
  const rel = (f) => relative(snapshot, f).split(sep).join('/');
  const lazyChunks = new Set();
  for (const id of embedIds) {
    const file = join(snapshot, 'chart', `${id}.js`);
    if (!existsSync(file)) continue;
    const first = closure([file]);
    const later = new Set([...closure([...first].flatMap((f) => importsOf(f, true)))].filter((f) => !first.has(f)));
    for (const f of later) lazyChunks.add(f);
    const gzip = gz(first);
    rows.push([
      `script embed ${id}: chart/${id}.js (JS, figure and styles) before a touch, gzip`,
      `${kb(gzip)} (${kb(raw(first))} raw, ${first.size} file(s); with embed.js ${kb(gzip + gzipSize(loader))})`,
      '≤ 20 KB',
      pass(gzip <= TARGETS.embedJsGzip),
      'A',
    ]);
    rows.push([
      `  script embed ${id} with what the first touch loads, gzip`,
      `${kb(gzip + gz(later))} (+ ${kb(gz(later))}: ${[...later].map(rel).join(', ') || 'nothing'}; with embed.js ${kb(gzip + gz(later) + gzipSize(loader))})`,
      '—',
      '',
      'A',
    ]);
  }
  for (const f of [...lazyChunks].sort()) {
    rows.push([`script embed chunk ${rel(f)} (the walk and table sorting, shared by every chart), gzip`, `${kb(gz([f]))} (${kb(raw([f]))} raw)`, '—', '', 'A']);
  }
}
rows.push([
  'Story page: HTML + CSS + JS + fonts, gzip',
  `${kb(story.total.gzip)} (${kb(story.total.raw)} raw)`,
  '≤ 250 KB',
  pass(story.total.gzip <= TARGETS.storyPageGzip),
  'A',
]);
const h = results.html;
rows.push(['Story HTML (dist/index.html), raw', kb(h.raw), '≤ 100 KB', pass(h.raw <= TARGETS.htmlRaw), 'F']);
rows.push(['Story HTML (dist/index.html), gzip', kb(h.gzip), '≤ 14 KB', pass(h.gzip <= TARGETS.htmlGzip), 'F']);
if (h.firstScreenGzip !== null) rows.push(['  of which up to the story\u2019s first paragraph (head, inline CSS, bar, header), gzip', kb(h.firstScreenGzip), '≤ 14 KB', pass(h.firstScreenGzip <= TARGETS.htmlGzip), 'F']);
rows.push(['Story HTML: elements', String(h.elements), '≤ 1,200', pass(h.elements <= TARGETS.elements), 'F']);
rows.push(['Story web fonts, bytes served', `${kb(story.byKind.font.raw)} (${story.byKind.font.files} file(s))`, '≤ 60 KB', pass(story.byKind.font.raw <= TARGETS.fonts), 'A']);
for (const k of ['html', 'css', 'font']) {
  const v = story.byKind[k];
  rows.push([`  of which ${k === 'font' ? 'fonts' : k.toUpperCase()}`, `${kb(v.gzip)} gzip, ${kb(v.raw)} raw, ${v.files} file(s)`, '', '', 'A']);
  if (k === 'html' && story.inlineCss.elements) {
    rows.push(['    of which inline CSS', `${kb(story.inlineCss.gzip)} gzip alone, ${kb(story.inlineCss.raw)} raw, ${story.inlineCss.elements} style element(s)`, '', '', 'A']);
  }
}
if (story.byKind.image.files) rows.push(['  (images, not in the total)', `${kb(story.byKind.image.gzip)} gzip, ${story.byKind.image.files} file(s)`, '', '', 'A']);
for (const p of pages.slice(1)) {
  const b = results.bytes[p.id];
  rows.push([`${p.id} page: HTML + CSS + JS + fonts, gzip`, `${kb(b.total.gzip)} (fonts ${kb(b.byKind.font.gzip)})`, '—', '', 'A']);
}
const y = results.yardstick;
rows.push([
  `Yardstick: d3 ${y.parts[0].version} + scrollama ${y.parts[1].version} (min.js), gzip`,
  `${kb(y.gzip)} (${y.parts.map((x) => `${x.name} ${kb(x.gzip)}`).join(', ')})`,
  '—',
  '',
  'B',
]);
rows.push(['Story JS ÷ yardstick (gzip)', `${((jsOf(story).gzip / y.gzip) * 100).toFixed(0)} %`, '—', '', 'B']);

if (results.lighthouse) {
  for (const [id, lh] of Object.entries(results.lighthouse)) {
    const isStory = id === 'story';
    if (!lh.ok) {
      rows.push([`Lighthouse, ${id}`, `did not run: ${lh.error}`, isStory ? '100 ×4' : '—', 'n/a', 'C']);
      continue;
    }
    const s = lh.scores;
    const all100 = ['performance', 'accessibility', 'best-practices', 'seo'].every((c) => s[c] === 100);
    const spread = lh.runs > 1 ? ` (median run of ${lh.runs}; perf ${lh.performanceScores.join(', ')})` : '';
    if (isStory && lh.medians) {
      const hundreds = lh.performanceScores.filter((x) => x === 100).length;
      const md = lh.medians;
      const each = (k, f) => lh.perRun.map((r) => f(r[k])).join(', ');
      rows.push([`Lighthouse ${id}: performance 100`, `${hundreds} of ${lh.performanceScores.length} runs (scores ${lh.performanceScores.join(', ')})`, `5 of 5`, pass(hundreds === LIGHTHOUSE_STORY_RUNS && lh.performanceScores.length === LIGHTHOUSE_STORY_RUNS), 'C']);
      rows.push([`Lighthouse ${id}: LCP, median of ${lh.perRun.length}`, `${(md.lcpMs / 1000).toFixed(2)} s (runs ${each('lcpMs', (v) => (v / 1000).toFixed(2))} s)`, '≤ 1.2 s', pass(md.lcpMs <= TARGETS.lcpMs), 'C']);
      rows.push([`Lighthouse ${id}: TBT, median of ${lh.perRun.length}`, `${Math.round(md.tbtMs)} ms (runs ${each('tbtMs', (v) => Math.round(v))} ms)`, '≤ 50 ms', pass(md.tbtMs <= TARGETS.tbtMs), 'C']);
      rows.push([`Lighthouse ${id}: CLS, median of ${lh.perRun.length}`, `${md.cls.toFixed(3)} (runs ${each('cls', (v) => v.toFixed(3))})`, '< 0.01', pass(md.cls < TARGETS.cls), 'C']);
    }
    rows.push([
      `Lighthouse ${id}: perf / a11y / best practices / SEO`,
      `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}${spread}`,
      isStory ? '100 / 100 / 100 / 100' : '—',
      isStory ? pass(all100) : '',
      'C',
    ]);
    if (isStory && lh.medians) continue;
    const m = lh.metrics;
    rows.push([`Lighthouse ${id}: LCP`, `${(m.lcpMs / 1000).toFixed(2)} s`, '—', '', 'C']);
    rows.push([`Lighthouse ${id}: CLS`, m.cls.toFixed(3), '< 0.01', pass(m.cls < TARGETS.cls), 'C']);
    rows.push([`Lighthouse ${id}: TBT`, `${Math.round(m.tbtMs)} ms`, '—', '', 'C']);
  }
} else rows.push(['Lighthouse', 'skipped (--skip-lighthouse)', '', 'n/a', 'C']);

if (results.inp) {
  for (const [key, label] of [
    ['stepButtons', 'step buttons (next / previous)'],
    ['sourceCard', 'source card (open / close)'],
    ['copyLink', '"Copy link to this step"'],
  ]) {
    const r = results.inp[key];
    rows.push([`INP at ${results.inp.cpuRate}× CPU: ${label}`, `${r.worst} ms worst (runs ${r.runs.join(', ')} ms)`, '≤ 100 ms', pass(r.worst <= TARGETS.inpMs), 'G']);
  }
} else rows.push(['INP', 'skipped (--skip-inp)', '', 'n/a', 'G']);

if (results.stepLink) {
  const r = results.stepLink;
  rows.push([
    `A step link (#${r.step}) on slow 4G at ${r.cpuRate}× CPU, phone: its chart drawn, median of ${r.drawn.length}`,
    `${(median(r.drawn) / 1000).toFixed(2)} s (runs ${r.drawn.map((x) => (x / 1000).toFixed(2)).join(', ')} s; first paint ${(median(r.firstPaint) / 1000).toFixed(2)} s)`,
    '—',
    '',
    'H',
  ]);
} else rows.push(['Step link', 'skipped (--skip-step-link)', '', 'n/a', 'H']);

if (results.scroll) {
  for (const r of results.scroll) {
    const lt = r.longtaskSupported ? `${r.longtasks}${r.longtasks ? ` (longest ${r.longestTask} ms)` : ''}` : 'not observable';
    const judged = !r.blockScripts; // the baseline has no target: it says what the machine alone does
    rows.push([`Scroll, ${r.label}: long tasks > 50 ms`, lt, judged ? '0' : '—', judged ? pass(r.longtaskSupported ? r.longtasks <= TARGETS.longtasks : null) : '', 'D']);
    rows.push([
      `Scroll, ${r.label}: frame interval p95`,
      `${r.frameP95} ms (median ${r.frameMedian}, max ${r.frameMax}; ${r.framesOver20}/${r.frameCount} frames > 20 ms)`,
      judged ? '≤ 20 ms' : '—',
      judged ? pass(r.frameP95 <= TARGETS.frameP95) : '',
      'D',
    ]);
  }
} else rows.push(['Scroll', 'skipped (--skip-scroll)', '', 'n/a', 'D']);

rows.push([
  'Build time (`npm run build`), median of 3',
  build.skipped ? 'skipped (--no-build)' : `${build.medianSeconds.toFixed(1)} s (runs: ${build.runs.join(', ')} s)`,
  '—',
  '',
  'E',
]);

const scrollHow = results.scroll?.[0]
  ? `${results.scroll.map((r) => `${r.label}: ${r.pageHeight} px page, ${r.distance} px in ${r.seconds} s, load average ${r.loadAverage1m} before`).join('; ')}`
  : '';
const notes = [
  `A. The page opened in Chromium ${results.machine.chromium ?? ''} (Playwright, 1280×800, empty cache; a copy of dist/ served by scripts/serve.mjs with the headers of dist/_headers), scrolled to the bottom, every response recorded; "raw" = bytes served (the test server does not compress), "gzip" = each file gzipped alone at level 9 (zlib); KB = 1024 bytes. JS = responses of type script, fonts = font requests the page really made. The embed targets are read as the embed's JavaScript before a reader touches it; then the first chart's keyboard walk is focused (a reader's first touch) and what that loads is listed apart, with the total. The script embed's rows read dist/ itself: a module's first load is it and its static imports, its first touch adds its import() chunks.`,
  `B. node_modules/d3/dist/d3.min.js + node_modules/scrollama/build/scrollama.min.js, each gzipped at level 9: what a page that ships all of d3 and scrollama loads.`,
  `C. Lighthouse ${Object.values(results.lighthouse ?? {}).find((l) => l.ok)?.lighthouseVersion ?? ''}, programmatic, default config: mobile form factor, simulated throttling (slow 4G, 4× CPU), headless Chromium (--headless=new --no-sandbox --disable-gpu), ${LIGHTHOUSE_STORY_RUNS} runs of the story (medians of each metric, and the median run's scores), 1 of the embed, text gzipped on the fly (scripts/bench/gzip-proxy.mjs in front of serve.mjs) as Netlify, Cloudflare Pages and GitHub Pages do: uncompressed, the story's HTML alone is ~8× larger on the simulated slow 4G. The story and ${pages[1]?.id ?? 'no embed'}.`,
  `D. Chromium via Playwright, CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), a requestAnimationFrame loop in the page scrolls top → bottom → top at 1200 px/s (window.scrollTo, position = speed × elapsed time); frame interval = gap between rAF timestamps; long tasks from PerformanceObserver('longtask') started during the scroll. Headless, software compositing (--disable-gpu): frame pacing here is the machine's, not a phone's, and any other work on this 2-core machine shows up as jank: the baseline row (same scroll, the page's scripts blocked) tells the machine's share from ours. ${scrollHow}.`,
  `E. Wall clock of \`npm run build\` (child process) on this machine, ${results.machine.cpus} cores.`,
  `F. dist/index.html as built (scripts/bench/html.mjs): bytes on disk, gzip -9 of the file (and of the file up to the end of the story\u2019s first paragraph, what the first screen needs), and every element of the parsed document (linkedom), <head> included.`,
  `G. scripts/bench/inp.mjs: the story at 390×844 (mobile, touch) in Chromium, CPU slowed 4× over CDP after the charts hydrate; each interaction a tap at the element's centre (page.mouse: CDP input events, without Playwright's click checks, which run in the page), repeated; its latency the longest Event Timing entry with its interactionId (durationThreshold 16 ms, the API's floor: 16 means "16 or less"). The worst repetition is shown, as INP is with few interactions.`,
  `H. scripts/bench/step-link.mjs: the story's last step opened by its link at 375×667 (mobile, touch) in Chromium, behind the compressing layer, with the network Lighthouse simulates (150 ms round trips, 1.6 Mbps down) and the CPU slowed 4×, both over CDP; "drawn" is when the step's chart first has marks (a MutationObserver), against the first contentful paint. Until then the chart is blank: its picture is for readers without a script.`,
];

const heaviest = markdownTable(
  ['story asset', 'kind', 'raw', 'gzip'],
  story.files.filter((f) => ['html', 'css', 'js', 'font'].includes(f.kind)).slice(0, 8).map((f) => [f.url, f.kind, kb(f.raw), kb(f.gzip)]),
);
const table = markdownTable(['measure', 'result', 'target', 'pass?', 'how'], rows);
results.checks = rows.filter((r) => r[3] === 'pass' || r[3] === '**FAIL**').map(([measure, value, target, p]) => ({ measure, value, target, pass: p === 'pass' }));
const missed = results.checks.filter((c) => !c.pass);
const out = [
  `Benchmark, ${results.date.slice(0, 10)} — \`${results.command}\` (${results.seconds} s)`,
  '',
  table,
  '',
  ...notes,
  '',
  heaviest,
];
/** What the median-LCP run's simulated LCP waited for, as one line (none if Lighthouse gave no breakdown). */
function lcpWaits(run) {
  const l = run?.lantern;
  if (!l) return [];
  const shown = l.requests.slice(0, 8).map((r) => `${r.url} ${kb(r.bytes)} ${r.priority} ${r.startMs}–${r.endMs} ms`);
  const more = l.requests.length > shown.length ? `; and ${l.requests.length - shown.length} more` : '';
  return [
    `LCP ${(run.lcpMs / 1000).toFixed(2)} s (the median run), the mean of Lantern's optimistic ${l.optimisticMs} ms and pessimistic ${l.pessimisticMs} ms estimates; the pessimistic graph's requests, latest end first: ${shown.join('; ')}${more}`,
  ];
}
if (results.lighthouse) {
  for (const [id, lh] of Object.entries(results.lighthouse)) {
    if (!lh.ok) continue;
    const lost = Object.entries(lh.misses).flatMap(([cat, xs]) => xs.map((a) => `${cat}: ${a.id}${a.displayValue ? ` (${a.displayValue})` : ''} score ${a.score}`));
    const d = lh.diagnostics;
    const diag = [
      ...d.layoutShifts.map((x) => `layout shift ${x.score} of ${x.element}${x.causes.length ? `, cause: ${x.causes.join('; ')}` : ''}`),
      ...d.renderBlocking.map((x) => `render-blocking: ${x.url} (${kb(x.bytes)}, ~${x.ms} ms)`),
      ...(d.lcpElement ? [`LCP element: ${d.lcpElement}`] : []),
      ...lcpWaits(lh.lcpRun),
    ];
    if (lost.length || diag.length) out.push('', `Lighthouse ${id}: audits short of full marks, and diagnostics:`, ...[...lost, ...diag].map((l) => `- ${l}`));
  }
}
out.push('', missed.length ? `${missed.length} of ${results.checks.length} targets missed: ${missed.map((c) => c.measure).join('; ')}.` : `All ${results.checks.length} targets met.`);
console.log(out.join('\n'));

results.table = table;
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote bench/results.json');
if (opt.strict && missed.length) process.exit(1);
