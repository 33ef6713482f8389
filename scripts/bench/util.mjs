// Small helpers shared by the benchmark (scripts/bench.mjs).
import { gzipSync } from 'node:zlib';

/** gzip size of a buffer at level 9, as a host compressing static files ahead of time would serve it. */
export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

// The Chromium the project uses everywhere ($CHROMIUM_PATH, else Debian's) and its one list of flags.
export { chromiumArgs, chromiumPath } from '../ensure-chromium.mjs';

/** A markdown table from a header row and rows of cells. */
export function markdownTable(head, rows) {
  const esc = (c) => String(c ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
