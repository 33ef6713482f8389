// The story's HTML document as built: bytes raw and gzipped, and how many elements it holds
// (parsed with linkedom, every element in the document, <head> included; Lighthouse's DOM size
// audit counts the same way). Template contents are not elements of the document.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { gzipSize } from './util.mjs';

/** @param {string} file */
export function htmlDocument(file) {
  const body = readFileSync(file);
  const text = body.toString('utf8');
  const { document } = parseHTML(text);
  // What the first screen needs: everything up to the end of the story's first paragraph (the head, its
  // inline stylesheet, the bar and the header come before it). Gzipped alone, as a server's stream
  // sends that much of the page: the first round trips carry about 14 KB (ten TCP segments).
  const main = text.indexOf('<main');
  const firstParagraphEnd = main < 0 ? -1 : text.indexOf('</p>', main);
  const firstScreenGzip = firstParagraphEnd < 0 ? null : gzipSize(Buffer.from(text.slice(0, firstParagraphEnd + 4)));
  return { file, raw: body.length, gzip: gzipSize(body), elements: document.querySelectorAll('*').length, firstScreenGzip };
}
