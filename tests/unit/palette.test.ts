// The palette's one source (src/styles/palette.ts): the CSS it gives the pages, the values it gives
// the images, and the contrast of every pairing the pages use, in light and in dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colour, palette, paletteCss, schemeColours, type ColourToken, type Scheme } from '../../src/styles/palette';
import { hostPaletteCss } from '../../src/embed/inline/host-palette';
import { chartCss, defineStyle, pageChartCss } from '../../src/styles/chart-style';
import { chartStyles } from '../../src/charts/styles';
import { chartImageCss, lightPalette } from '../../src/images/standalone-svg';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.length === 4 ? hex[(i + 1) / 2]!.repeat(2) : hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const schemes: Scheme[] = ['light', 'dark'];
// Every colour a chart draws a series in (each chart's style.ts says which).
const series: ColourToken[] = [...new Set(Object.values(chartStyles).flatMap((s) => Object.values(s.series)))];

describe('contrast, from the palette itself', () => {
  for (const scheme of schemes) {
    it(`${scheme}: text 4.5:1 and marks 3:1 on the page and in the step boxes; the focus ring 3:1`, () => {
      for (const surface of ['bg', 'step-bg'] as const) {
        const ground = colour(surface, scheme);
        for (const text of ['fg', 'muted'] as const) expect(contrast(colour(text, scheme), ground), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colour('focus', scheme), ground), `focus on ${surface}`).toBeGreaterThanOrEqual(3);
      }
      // Series colours are also label colours (.label.series-*), so they need text contrast on the page.
      for (const s of series) expect(contrast(colour(s, scheme), colour('bg', scheme)), s).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('dark is dark and light is light', () => {
    expect(luminance(colour('bg', 'light'))).toBeGreaterThan(0.8);
    expect(luminance(colour('bg', 'dark'))).toBeLessThan(0.05);
  });
});

describe('paletteCss', () => {
  const css = paletteCss();
  const modern = paletteCss({ form: 'light-dark' });
  const block = (text: string, selector: string) => {
    const at = text.indexOf(`${selector} {`);
    return at < 0 ? '' : text.slice(at, text.indexOf('}', at));
  };
  it('pages: the light colours under :root, the dark ones by system setting (screen only) and by ?theme=dark', () => {
    expect(css).not.toMatch(/light-dark\(|@supports/);
    const dark = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
    const themed = css.slice(css.indexOf('@media screen {'));
    for (const [token, v] of Object.entries(palette)) {
      expect(block(css, ':root'), token).toContain(`--${token}: ${v.light};`);
      expect(block(dark, "  :root:not([data-theme='light'])"), token).toContain(`--${token}: ${v.dark};`);
      expect(block(themed, "  :root[data-theme='dark']"), token).toContain(`--${token}: ${v.dark};`);
    }
  });
  it('the script embed: each colour once as light-dark(light, dark) under :root', () => {
    for (const [token, v] of Object.entries(palette)) {
      const decl = `--${token}: light-dark(${v.light}, ${v.dark});`;
      expect(modern.split(decl).length - 1, decl).toBe(1);
    }
  });
  it("both forms let ?theme force a scheme, and print in light (the pages' in their print sheet)", () => {
    const printSheet = readFileSync(join(process.cwd(), 'src/styles/print-media.css'), 'utf8');
    for (const text of [css, modern]) {
      expect(text).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;/);
      expect(text).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/);
    }
    const paper = /@media print \{[\s\S]*?:root,\s*:root\[data-theme\] \{\s*color-scheme: light;/;
    expect(modern).toMatch(paper);
    expect(css).not.toMatch(/@media print/);
    expect(printSheet).toMatch(paper);
  });
  it('the script embed, rescoped to its shadow host: no :root left, and paper light over either theme', () => {
    const host = hostPaletteCss();
    expect(host).not.toMatch(/:root/);
    // an attribute on the host matches only inside :host(...); `:host[data-theme]` would match nothing
    expect(host).not.toMatch(/:host\[/);
    expect(host).toMatch(/:host\(\[data-theme='dark'\]\) \{\s*color-scheme: dark;/);
    // in print, a rule as specific as the dark theme's and later than it says light
    const paper = /@media print \{\s*:host,\s*:host\(\[data-theme\]\) \{\s*color-scheme: light;/;
    expect(host).toMatch(paper);
    expect(host.search(paper)).toBeGreaterThan(host.indexOf(":host([data-theme='dark'])"));
  });
  it('balances its braces', () => {
    for (const text of [css, modern]) expect(text.split('{').length).toBe(text.split('}').length);
  });
});

describe('the images read the same palette and chart rules', () => {
  it('lightPalette has every token with its light value', () => {
    const p = lightPalette();
    expect(p).toEqual(schemeColours('light'));
    expect(p.get('--bg')).toBe(palette.bg.light);
    expect(p.get('--c-spacex')).toBe(palette['c-spacex'].light);
  });
  it('chartImageCss is the page rules with colours written out and no custom property left', () => {
    const image = chartImageCss();
    expect(image).not.toMatch(/var\(|light-dark\(/);
    expect(image).toContain(`.mark[data-series='spacex']`);
    expect(image).toContain(`fill: ${palette['c-spacex'].light}`);
    // Same rules, same order: only the values differ.
    const shape = (css: string) => css.replace(/:\s[^;]+;/g, ':;');
    expect(shape(image)).toBe(shape(pageChartCss(chartStyles)));
  });
  it('the page rules take colours from the custom properties', () => {
    const page = pageChartCss(chartStyles);
    expect(page).toContain('fill: var(--c-spacex)');
    expect(page).toContain('font-family: var(--font-ui)');
    expect(chartCss({ colour: () => 'red', uiFont: 'x' }, chartStyles)).not.toMatch(/var\(/);
  });
  it("a chart's series, label kinds and rules come from its style.ts", () => {
    const css = pageChartCss({ 'demo-chart': defineStyle({ series: { rockets: 'c-ula' }, labels: { big: { size: 19, weight: 700 } }, css: () => '.mark.demo { fill: none; }' }) });
    expect(css).toContain(`.mark[data-series='rockets'] {\n  fill: var(--c-ula);\n}`);
    expect(css).toContain('.label.big {\n  font-size: 19px;\n  font-weight: 700;\n}');
    expect(css).toContain('.mark.demo { fill: none; }');
  });
  it('two charts giving one series two colours stop the build, naming both files', () => {
    const a = defineStyle({ series: { rockets: 'c-ula' } });
    const b = defineStyle({ series: { rockets: 'c-spacex' } });
    expect(() => pageChartCss({ 'chart-a': a, 'chart-b': b })).toThrow('src/charts/chart-b/style.ts: series "rockets" is drawn in c-spacex, but src/charts/chart-a/style.ts draws it in c-ula');
  });
});
