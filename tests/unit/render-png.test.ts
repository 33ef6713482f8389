// The image renderer's text handling: glyph coverage and widths come from fontkit, and must agree
// with what resvg really draws (measured here independently, from resvg's own bounding box).
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { svgFontFamily } from '../../src/images/fonts';
import { fitTextToFonts, imageFontsReady, measureText, renderPng, wrapText } from '../../src/images/render-png';

const fonts = await imageFontsReady();

/** The ink width resvg draws for `text` between two full stops (".text." minus ".."). */
function resvgWidth(text: string, family: string, size: number): number {
  const box = (t: string) =>
    new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 4}"><text x="0" y="${size * 2}" font-family="${family.replace(/"/g, '&quot;')}" font-size="${size}" xml:space="preserve">${t}</text></svg>`, {
      font: { fontFiles: fonts.map((f) => f.file), loadSystemFonts: false, defaultFontFamily: 'Inter' },
    }).getBBox()?.width ?? 0;
  return box(`.${text}.`) - box('..');
}

/** The same ink width from fontkit's layout: advances and kerning, then the outer glyphs' bounds. */
function fontkitWidth(text: string, family: string, size: number): number {
  const face = fonts.find((f) => family.startsWith(`'${f.face.familyName}'`) || family.startsWith(`${f.face.familyName},`))!.face;
  const ink = (t: string) => {
    const run = face.layout(t);
    const n = run.glyphs.length;
    const advance = run.positions.slice(0, n - 1).reduce((sum, p) => sum + p.xAdvance, 0);
    return ((advance + run.glyphs[n - 1]!.bbox.maxX - run.glyphs[0]!.bbox.minX) / face.unitsPerEm) * size;
  };
  return ink(`.${text}.`) - ink('..');
}

describe('measureText', () => {
  const samples = ['Launches per year', 'SpaceX 28 · Blue Origin 7 · ULA 19', 'Falcon 9 and Falcon Heavy, 2010–2024', 'WAVY Type AV To'];
  for (const [name, family] of Object.entries(svgFontFamily)) {
    it.each(samples)(`agrees with resvg's drawing in the ${name} face: %s`, (text) => {
      const size = 20;
      const measured = measureText(text, { family, size });
      expect(measured).toBeGreaterThan(text.length * size * 0.3);
      // fontkit shapes the text as resvg does (same advances and kerning): the inked width matches
      // to a fraction of a pixel, and the advance width measureText gives is within a glyph's
      // side bearings of it.
      const drawn = resvgWidth(text, family, size);
      expect(Math.abs(fontkitWidth(text, family, size) - drawn), `fontkit ${fontkitWidth(text, family, size)} vs resvg ${drawn}`).toBeLessThan(0.25);
      expect(Math.abs(measured - drawn)).toBeLessThan(size * 0.15);
    });
  }

  it('scales with the font size and differs between faces', () => {
    const ui = measureText('Blue Origin', { family: svgFontFamily.ui, size: 10 });
    expect(measureText('Blue Origin', { family: svgFontFamily.ui, size: 20 })).toBeCloseTo(ui * 2, 6);
    expect(measureText('Blue Origin', { family: svgFontFamily.body, size: 10 })).not.toBeCloseTo(ui, 1);
  });

  it('stops on a family the images do not have, naming it', () => {
    expect(() => measureText('x', { family: 'Comic Sans MS', size: 12 })).toThrow(/Comic Sans MS/);
  });
});

describe('fitTextToFonts', () => {
  it('knows which characters the fonts draw', () => {
    const covered = (ch: string) => fonts.some((f) => f.codePoints.has(ch.codePointAt(0)!));
    for (const ch of 'Aé–—’·€') expect(covered(ch), ch).toBe(true);
    for (const ch of '≈≤漢') expect(covered(ch), ch).toBe(false);
  });

  it('writes substitutes escaped, so the SVG stays well-formed', () => {
    expect(fitTextToFonts('<text>≈ 28</text>')).toBe('<text>~ 28</text>');
    expect(fitTextToFonts('<text>≤ 7 → 9</text>')).toBe('<text>&lt;= 7 -&gt; 9</text>');
    const png = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30">≤ 7 ≥ 2</text></svg>', { width: 200 });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('stops the build on a character it cannot draw or replace, naming it', () => {
    expect(() => fitTextToFonts('<text>漢字</text>')).toThrow(/U\+6F22/);
  });
});

describe('wrapText', () => {
  it('breaks at word boundaries within the width', () => {
    const font = { family: svgFontFamily.ui, size: 16 };
    const lines = wrapText('SpaceX won 28 of the 54 missions and Blue Origin won 7 of them', 180, font);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, font)).toBeLessThanOrEqual(180);
    expect(lines.join(' ')).toBe('SpaceX won 28 of the 54 missions and Blue Origin won 7 of them');
  });
});
