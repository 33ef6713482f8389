// PNG versions of public/favicon.svg, for browsers and home screens that want a bitmap.
import { DOMParser } from 'linkedom';
import { renderPng } from './render-png';
import { faviconSvg } from './favicon-uri';

export function faviconPng(size: number, opts: { fullBleed?: boolean } = {}): Buffer {
  const svg = faviconSvg();
  if (opts.fullBleed) {
    // Square corners (home screens round them their own way): the first shape's fill becomes the
    // background, and that shape loses its corner radius.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const first = doc.querySelector('rect');
    const fill = first?.getAttribute('fill') ?? '#ffffff';
    first?.removeAttribute('rx');
    return renderPng(doc.toString(), { width: size, background: fill });
  }
  return renderPng(svg, { width: size });
}
