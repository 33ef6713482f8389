// The story's HTML document as built: bytes raw and gzipped, and how many elements it holds
// (parsed with linkedom, every element in the document, <head> included; Lighthouse's DOM size
// audit counts the same way). Template contents are not elements of the document.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { gzipSize } from './util.mjs';

/** @param {string} file */
export function htmlDocument(file) {
  const body = readFileSync(file);
  const { document } = parseHTML(body.toString('utf8'));
  return { file, raw: body.length, gzip: gzipSize(body), elements: document.querySelectorAll('*').length };
}
