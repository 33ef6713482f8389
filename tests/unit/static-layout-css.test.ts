// The static layout is written once in src/styles/static-layout.css under (--static-layout); the
// build's PostCSS plugin states it for the short-window and no-script media queries and again under
// the reader's switch (html[data-layout='static']), with nothing lost between the two.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { customMediaPlugin, STATIC_LAYOUT_QUERIES, STATIC_LAYOUT_ROOT } from '../../src/styles/layout-constants';

const run = (css: string) => postcss([customMediaPlugin() as never]).process(css, { from: undefined }).root;

describe('(--static-layout)', () => {
  it('becomes the media queries, and the same rules under the switch', () => {
    const root = run(`@media screen and (--static-layout) and (min-width: 36rem) { html { a: 1 } .js .bar { b: 2 } .step, .x { c: 3 } }`);
    const media = root.nodes.filter((n): n is AtRule => n.type === 'atrule');
    expect(media.map((m) => m.params)).toEqual([
      STATIC_LAYOUT_QUERIES.map((q) => `screen and ${q} and (min-width: 36rem)`).join(', '),
      'screen and (min-width: 36rem)',
    ]);
    const selectors = (m: AtRule) => m.nodes!.map((r) => (r as Rule).selector);
    expect(selectors(media[0]!)).toEqual(['html', '.js .bar', '.step, .x']);
    expect(selectors(media[1]!).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      STATIC_LAYOUT_ROOT,
      `${STATIC_LAYOUT_ROOT}.js .bar`,
      `${STATIC_LAYOUT_ROOT} .step, ${STATIC_LAYOUT_ROOT} .x`,
    ]);
    // the declarations are the same on both sides
    expect(media[1]!.toString().replace(/^[^{]*{/, '').replace(/html\[[^\]]*\]\s?/g, '')).toBe(media[0]!.toString().replace(/^[^{]*{/, '').replace(/\bhtml\b\s?/g, ''));
  });

  it('leaves other queries of a list alone, and applies everywhere under the switch', () => {
    const [media, switched] = run(`@media print, (--static-layout) { .a { b: 1 } }`).nodes as AtRule[];
    expect(media!.params).toBe(['print', ...STATIC_LAYOUT_QUERIES].join(', '));
    expect(switched!.params).toBe('all');
  });

  it('leaves no (--static-layout) in the site’s stylesheets, and every static rule has its switched twin', () => {
    // static-layout.css, and the first screen's own static rules (the reader bar's)
    const dir = join(process.cwd(), 'src/styles');
    const css = readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .filter((text) => text.includes('(--static-layout)'))
      .join('\n');
    const source = postcss.parse(css);
    let written = 0;
    source.walkAtRules('media', (m) => {
      if (m.params.includes('(--static-layout)')) m.walkRules(() => void written++);
    });
    const out = run(css);
    out.walkComments((c) => void c.remove());
    expect(out.toString()).not.toContain('--static-layout');
    let twins = 0;
    out.walkAtRules('media', (m) => m.walkRules((r) => void (r.selectors.every((s) => s.startsWith(STATIC_LAYOUT_ROOT)) && twins++)));
    expect(written).toBeGreaterThan(5);
    expect(twins).toBe(written);
  });
});
