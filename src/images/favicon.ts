// PNG versions of public/favicon.svg, for browsers and home screens that want a bitmap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPng } from './render-png';

export function faviconPng(size: number, opts: { fullBleed?: boolean } = {}): Buffer {
  let svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
  if (opts.fullBleed) {
    // Square corners: take the first shape's fill as the background and drop its corner radius.
    const fill = /<rect[^>]*\sfill="([^"]+)"/.exec(svg)?.[1] ?? '#ffffff';
    svg = svg.replace(/(<rect[^>]*?)\s+rx="[^"]*"/, '$1');
    return renderPng(svg, { width: size, background: fill });
  }
  return renderPng(svg, { width: size });
}
