import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const { document } = parseHTML(readFileSync('dist/index.html', 'utf8'));
for (const s of ['.step__tools', '.step__inline-chart', '.step__box', 'table', 'svg', '.chart__frame', '.chart__howto', 'ol.source-list', 'nav', 'header', '.reader-bar', 'footer', 'head', '.fact', 'data', 'aside', '.scrolly__controls', 'figure']) {
  const els = [...document.querySelectorAll(s)];
  const n = els.reduce((a, e) => a + 1 + e.querySelectorAll('*').length, 0);
  console.log(s.padEnd(22), els.length, n);
}
const t = document.querySelector('.step__tools'); console.log(t?.outerHTML.slice(0, 600));
