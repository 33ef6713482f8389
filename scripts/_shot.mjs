import { chromium } from '@playwright/test';
const [,, url, out, w, h, scroll] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const errs = []; p.on('console', m => { if (m.type()==='error') errs.push(m.text()) }); p.on('pageerror', e => errs.push(String(e)));
await p.goto(url);
if (scroll) { await p.evaluate(s => { const el = document.querySelector(s); el ? el.scrollIntoView() : window.scrollTo(0, +s) }, scroll); await p.waitForTimeout(1200); }
await p.screenshot({ path: out });
console.log(errs.join('\n'));
console.log(await p.evaluate(() => [...document.querySelectorAll('[data-chart]')].map(c => c.dataset.chart + ':' + c.dataset.state).join(' ')));
await b.close();
