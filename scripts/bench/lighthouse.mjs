// Lighthouse, run programmatically with its defaults (mobile form factor and screen, simulated
// "slow 4G" network and 4x CPU throttling, so it works offline on localhost) on a Chromium that
// chrome-launcher starts headless. Only the four categories we set targets for are gathered.
// Each run is a child process (this file with the URL as argument), with a time limit, so a
// Lighthouse or Chromium failure becomes a line in the table, never the end of the bench.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './util.mjs';

/** Lighthouse on one URL, in a child process; resolves to the summary or { ok: false, error }. */
export function runLighthouse(url, { timeoutMs = 150_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), url], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CHROME_PATH: chromiumPath() },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        return resolve(JSON.parse(out));
      } catch {
        const why = signal ? `timed out after ${timeoutMs / 1000} s` : err.trim().split('\n').filter(Boolean).slice(-1)[0] ?? `exit ${code}`;
        resolve({ ok: false, url, error: why });
      }
    });
  });
}

async function lighthouseHere(url) {
  let chrome;
  try {
    const path = chromiumPath();
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new Error(`no Chromium at ${path} (set CHROMIUM_PATH)`);
    }
    const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
    chrome = await chromeLauncher.launch({
      chromePath: path,
      chromeFlags: ['--headless=new', ...chromiumArgs, '--disable-dev-shm-usage'],
      logLevel: 'silent',
    });
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = {};
    const misses = {};
    for (const [id, cat] of Object.entries(lhr.categories)) {
      scores[id] = cat.score === null ? null : Math.round(cat.score * 100);
      // The scored audits that did not get full marks: what keeps a category below 100.
      misses[id] = cat.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => ({ id: a.id, score: a.score, displayValue: a.displayValue ?? null }));
    }
    const num = (id) => lhr.audits[id]?.numericValue ?? null;
    // Diagnostics: what shifted and why, what blocked the first paint, which element was the LCP.
    const base = new URL(url).origin;
    const short = (u) => (typeof u === 'string' ? u.replace(base, '') : u);
    const layoutShifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map((it) => ({
      element: it.node?.selector ?? it.node?.value ?? null,
      score: +Number(it.score ?? 0).toFixed(4),
      causes: (it.subItems?.items ?? []).map((c) => `${c.cause}${c.extra?.value ? ` ${short(c.extra.value)}` : ''}`),
    }));
    const renderBlocking = (lhr.audits['render-blocking-insight']?.details?.items ?? []).map((it) => ({ url: short(it.url), bytes: it.totalBytes, ms: Math.round(it.wastedMs ?? 0) }));
    const lcpNode = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find((it) => it.type === 'node');
    const lantern = await lanternLcp(short, num('largest-contentful-paint'), num('first-contentful-paint'));
    return {
      ok: true,
      url,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      scores,
      metrics: {
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        cls: num('cumulative-layout-shift'),
        tbtMs: num('total-blocking-time'),
        speedIndexMs: num('speed-index'),
      },
      misses,
      diagnostics: { layoutShifts, renderBlocking, lcpElement: lcpNode ? `${lcpNode.selector} (${String(lcpNode.nodeLabel ?? '').slice(0, 60)})` : null, lantern },
      warnings: lhr.runWarnings ?? [],
    };
  } catch (err) {
    return { ok: false, url, error: String(err?.message ?? err).split('\n')[0] };
  } finally {
    await chrome?.kill?.();
  }
}

/**
 * What Lighthouse's simulated LCP waited for. Lantern estimates LCP twice, on an optimistic and on a
 * pessimistic graph of the load (the pessimistic one holds every request that had finished before the
 * LCP Lighthouse observed), each estimate the latest simulated end in its graph leaving out low-priority
 * images, and reports their mean (never under FCP). Returned: both estimates and the pessimistic graph's
 * requests, latest end first, so what to move out of the first paint's way is at the top (issue 19: the
 * text face, and the script's module chain). The estimates are checked against the reported LCP; if
 * they do not give it (Lighthouse's internals have moved), nothing is returned rather than a wrong list.
 * @param {(u: string) => string} short
 * @param {number | null} reportedMs the audit's LCP
 * @param {number | null} fcpMs the audit's FCP
 */
async function lanternLcp(short, reportedMs, fcpMs) {
  try {
    const { Simulation } = await import('lighthouse/core/lib/lantern/lantern.js');
    const graphs = Simulation.Simulator.allNodeTimings;
    const optimistic = graphs.get('optimisticLargestContentfulPaint');
    const pessimistic = graphs.get('pessimisticLargestContentfulPaint');
    if (!optimistic || !pessimistic || reportedMs === null) return null;
    const lowImage = (node) => node.type === 'network' && node.request.resourceType === 'Image' && /^(Low|VeryLow)$/.test(node.request.priority);
    const estimate = (timings) => Math.max(...[...timings].filter(([node]) => !lowImage(node)).map(([, t]) => t.endTime));
    const [optimisticMs, pessimisticMs] = [estimate(optimistic), estimate(pessimistic)];
    if (Math.abs(Math.max((optimisticMs + pessimisticMs) / 2, fcpMs ?? 0) - reportedMs) > 2) return null;
    const requests = [...pessimistic]
      .filter(([node]) => node.type === 'network' && !lowImage(node))
      .map(([node, t]) => ({ url: short(node.request.url), priority: node.request.priority, bytes: node.request.transferSize, startMs: Math.round(t.startTime), endMs: Math.round(t.endTime) }))
      .sort((x, y) => y.endMs - x.endMs);
    return { optimisticMs: Math.round(optimisticMs), pessimisticMs: Math.round(pessimisticMs), requests };
  } catch {
    return null; // not this Lighthouse's layout: no breakdown
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await lighthouseHere(process.argv[2]);
  process.stdout.write(JSON.stringify(result));
  process.exit(0); // Lighthouse can leave handles open
}
