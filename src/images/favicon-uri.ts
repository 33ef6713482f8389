// The SVG favicon as a data: URI, written into each page's <head>. A browser fetches a linked icon
// once the page has loaded; on the story, whose script now waits for the first paint, that load came
// before the paint, so the icon's request shared the bandwidth the text face needed (issue 19). Drawn
// from public/favicon.svg, as the PNG icons are (./favicon.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** public/favicon.svg's text: the one drawing every icon is made from. */
export function faviconSvg(): string {
  return readFileSync(join(process.cwd(), 'public', 'favicon.svg'), 'utf8');
}

export function faviconDataUri(): string {
  const svg = faviconSvg().trim();
  // Double quotes become single (the attribute's own are double); what a URL cannot hold is escaped.
  return `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[#<>%\s]/g, (c) => encodeURIComponent(c))}`;
}
