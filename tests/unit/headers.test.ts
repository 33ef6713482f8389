// The _headers reader/writer shared by the build, the local server, the hosting tests and the
// bench, and the build's CSP hashes of inline scripts and styles (read with linkedom).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHeaders, headerClashes, headersFor, parseHeaders, patternRegExp, readHeadersFile } from '../../src/lib/headers-file.mjs';
import { headersFile, inlineHashes } from '../../src/integrations/headers.mjs';

const sha = (t: string) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;

describe('_headers file', () => {
  const text = ['# comment', '/*', '  X-Content-Type-Options: nosniff', '', '/embed/*', '  Cache-Control: max-age=300', '  Link: <a>; rel=x', '  Link: <b>; rel=y', '/data/:file', '  Access-Control-Allow-Origin: *', ''].join('\n');

  it('reads rules in order, values kept whole (colons included)', () => {
    const rules = parseHeaders(text);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/embed/*', '/data/:file']);
    expect(rules[1]!.headers).toEqual([
      ['Cache-Control', 'max-age=300'],
      ['Link', '<a>; rel=x'],
      ['Link', '<b>; rel=y'],
    ]);
    expect(parseHeaders('/x\r\n  A: b:c\r\n')[0]!.headers).toEqual([['A', 'b:c']]);
  });

  it('writes what it reads', () => {
    const rules = parseHeaders(text);
    expect(parseHeaders(formatHeaders(rules, ['made here']))).toEqual(rules);
    expect(formatHeaders(rules, ['made here'])).toMatch(/^# made here\n\n\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  });

  it('names the file and line of a line it cannot read', () => {
    expect(() => parseHeaders('  A: b', 'site/_headers')).toThrow(/site\/_headers:1: a header line before any path/);
    expect(() => parseHeaders('/x\n  no colon here', 'h')).toThrow(/h:2: expected "Name: value" under \/x/);
    expect(() => parseHeaders('/x\n  ! Cache-Control')).toThrow(/_headers:2: detaching/);
    expect(() => parseHeaders('https://example.org/*\n  A: b')).toThrow(/_headers:1: .*full URLs/);
  });

  it('matches * across segments and :name within one', () => {
    expect(patternRegExp('/embed/*').test('/embed/a/b/')).toBe(true);
    expect(patternRegExp('/embed/*').test('/embedded')).toBe(false);
    expect(patternRegExp('/data/:file').test('/data/a.csv')).toBe(true);
    expect(patternRegExp('/data/:file').test('/data/a/b.csv')).toBe(false);
    expect(patternRegExp('/a.b').test('/axb')).toBe(false);
    expect(patternRegExp('/').test('/index.html')).toBe(false);
  });

  it('merges every matching rule, joining a repeated header with ", "', () => {
    const rules = parseHeaders(text);
    expect(headersFor(rules, '/embed/x/')).toEqual({ 'x-content-type-options': 'nosniff', 'cache-control': 'max-age=300', link: '<a>; rel=x, <b>; rel=y' });
    expect(headersFor(rules, '/elsewhere')).toEqual({ 'x-content-type-options': 'nosniff' });
    const twice = parseHeaders('/*\n  Cache-Control: a\n/x/*\n  cache-control: b');
    expect(headersFor(twice, '/x/1')['cache-control']).toBe('a, b');
  });

  it('finds a header two rules set for one path, not one a rule repeats', () => {
    expect(headerClashes(parseHeaders(text), '/embed/x/')).toEqual([]);
    expect(headerClashes(parseHeaders('/*\n  Cache-Control: a\n/x/*\n  cache-control: b'), '/x/1')).toEqual(['cache-control (/* and /x/*)']);
  });

  it('reads no rules from a missing file', () => {
    expect(readHeadersFile(join(tmpdir(), 'no-such-dir-xyz', '_headers'))).toEqual([]);
  });
});

describe('inline hashes for the CSP', () => {
  it('hashes executable inline scripts, <style> and style="" as the browser reads them', () => {
    const html = [
      '<!doctype html><html><head>',
      '<script>if (a &amp;&amp; b < c) go()</script>',
      '<script type="module" src="/x.js"></script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<style>a::after{content:"&lt;"}</style>',
      '</head><body>',
      '<p style="color: &quot;red&quot;">x</p>',
      '<textarea><div style="not: markup"></div><script>nor()</script></textarea>',
      '<svg><style>.a&gt;.b{fill:red}</style></svg>',
      '</body></html>',
    ].join('');
    const h = inlineHashes(html);
    expect([...h.scripts]).toEqual([sha('if (a &amp;&amp; b < c) go()')]);
    expect([...h.styles]).toEqual([sha('a::after{content:"&lt;"}'), sha('.a>.b{fill:red}')]);
    expect([...h.styleAttrs]).toEqual([sha('color: "red"')]);
  });
});

describe('headersFile', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const page = (rel: string, body = '') => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), `<!doctype html><html><head><style>b{}</style></head><body>${body}</body></html>`);
  };

  it('gives each page its CSP with its own hashes, and embeds one shared CSP', () => {
    dir = mkdtempSync(join(tmpdir(), 'headers-'));
    page('index.html');
    page('embed/a/index.html', '<p style="x:y">');
    const rules = parseHeaders(headersFile(dir, '/news/'));
    const story = headersFor(rules, '/news/');
    expect(story['content-security-policy']).toContain(`style-src 'self' ${sha('b{}')};`);
    expect(story['x-frame-options']).toBe('SAMEORIGIN');
    const embed = headersFor(rules, '/news/embed/a/');
    expect(embed['content-security-policy']).toContain(`'unsafe-hashes' ${sha('x:y')}`);
    expect(embed['content-security-policy']).toMatch(/frame-ancestors \*$/);
    expect(embed['x-frame-options']).toBeUndefined();
    expect(headersFor(rules, '/news/_astro/x.js')['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a file that would set one header twice for a path', () => {
    dir = mkdtempSync(join(tmpdir(), 'headers-'));
    page('index.html');
    page('images/index.html');
    expect(() => headersFile(dir, '/')).toThrow(/set a header twice[\s\S]*\/images\/: cache-control \(\/images\/\* and \/images\/\)/);
  });
});
