// SVG → PNG at build time with resvg, drawn only with the project's own fonts.
//
// resvg cannot read woff2, so the self-hosted woff2 files are decompressed to TrueType once per
// build (wawoff2) and kept in memory. The native @resvg/resvg-js 2.6 takes fonts as file paths
// only (its `fontBuffers` option exists in the wasm build, not the native one), so each TTF is
// also written once to a cache folder in the OS temp dir, named by the hash of its woff2 source.
// System fonts are never loaded: a fresh CI machine draws exactly what a laptop draws.
import { escapeMarkup } from '../lib/escape';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { imageFontFiles, imageFonts } from './fonts';

const require = createRequire(join(process.cwd(), 'package.json'));

interface LoadedFont {
  /** the decompressed TrueType data, kept for the rest of the build */
  buffer: Buffer;
  /** the same data on disk, for resvg */
  file: string;
  /** the characters it can draw */
  codePoints: Set<number>;
}

async function loadFonts(): Promise<LoadedFont[]> {
  const { decompress } = require('wawoff2') as { decompress(input: Uint8Array): Promise<Uint8Array> };
  const dir = join(tmpdir(), 'launch-contest-fonts');
  mkdirSync(dir, { recursive: true });
  const loaded: LoadedFont[] = [];
  // One at a time, copying each result at once: wawoff2 returns a view of its own heap, which the
  // next call overwrites.
  for (const spec of imageFontFiles) {
    let source: string;
    try {
      source = require.resolve(spec);
    } catch {
      throw new Error(`render-png: the font ${spec} is missing from node_modules (run npm install)`);
    }
    const buffer = Buffer.from(await decompress(readFileSync(source)));
    const file = join(dir, `${createHash('sha256').update(buffer).digest('hex').slice(0, 20)}.ttf`);
    let cached = false;
    try {
      cached = statSync(file).size === buffer.length;
    } catch {
      cached = false;
    }
    if (!cached) {
      // Written under a temporary name, then renamed: parallel builds never read half a file.
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temp, buffer);
      renameSync(temp, file);
    }
    loaded.push({ buffer, file, codePoints: cmapCodePoints(buffer, spec) });
  }
  return loaded;
}

/** The code points a TrueType font maps to glyphs (cmap formats 4 and 12). */
function cmapCodePoints(font: Buffer, name: string): Set<number> {
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + 16 * i;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error(`render-png: ${name} has no cmap table`);
  const points = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = font.readUInt16BE(offset);
    if (format === 4) {
      const segX2 = font.readUInt16BE(offset + 6);
      const ends = offset + 14;
      const starts = ends + segX2 + 2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = font.readUInt16BE(ends + 2 * s);
        const start = font.readUInt16BE(starts + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) points.add(c);
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const rec = offset + 16 + 12 * g;
        for (let c = font.readUInt32BE(rec); c <= font.readUInt32BE(rec + 4); c++) points.add(c);
      }
    }
  }
  return points;
}

let loading: Promise<LoadedFont[]> | undefined;
/** Decompresses the fonts on first use; every later call gets the same in-memory result. */
export function imageFontsReady(): Promise<LoadedFont[]> {
  loading ??= loadFonts();
  return loading;
}

const fonts = await imageFontsReady();

function resvgOptions(extra: Partial<ResvgRenderOptions> = {}): ResvgRenderOptions {
  return {
    font: {
      fontFiles: fonts.map((f) => f.file),
      loadSystemFonts: false,
      defaultFontFamily: imageFonts.ui,
      sansSerifFamily: imageFonts.ui,
      serifFamily: imageFonts.body,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
    ...extra,
  };
}

/**
 * Characters our self-hosted (Latin-subset) fonts lack, written with ones they have. A browser
 * would borrow a system font for these; resvg must not, so the images say the same thing in
 * characters the fonts draw.
 */
const substitutes: Record<string, string> = {
  '\u2248': '~', // ≈
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u00a0': ' ',
};

/** Replaces undrawable characters in the text of an SVG; stops the build on one it cannot replace. */
export function fitTextToFonts(svg: string): string {
  const drawable = (ch: string) => fonts.some((f) => f.codePoints.has(ch.codePointAt(0)!));
  return svg.replace(/>([^<]+)</g, (_, text: string) => {
    let out = '';
    for (const ch of text) {
      if (/\s/.test(ch) || drawable(ch)) out += ch;
      else if (substitutes[ch] !== undefined && [...substitutes[ch]!].every((c) => drawable(c))) out += substitutes[ch];
      else {
        const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        throw new Error(
          `render-png: the image fonts (${imageFontFiles.join(', ')}) cannot draw "${ch}" (U+${hex}) in "${text.trim()}". ` +
            'Add a substitute for it in src/images/render-png.ts or use another character.',
        );
      }
    }
    return `>${out}<`;
  });
}

export interface PngOptions {
  /** the PNG's width in pixels; the height follows the SVG's aspect ratio */
  width: number;
  /** a CSS colour painted under the image (default: transparent) */
  background?: string;
}

export function renderPng(svg: string, opts: PngOptions): Buffer {
  const resvg = new Resvg(fitTextToFonts(svg), resvgOptions({ fitTo: { mode: 'width', value: opts.width }, ...(opts.background ? { background: opts.background } : {}) }));
  return resvg.render().asPng();
}


const widths = new Map<string, number>();
/** The drawn width of one line of text in user units, measured with the same fonts and renderer. */
export function measureText(text: string, font: { family: string; size: number }): number {
  const key = `${font.family}|${font.size}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  // Two full stops around the text, so leading and trailing spaces and side bearings count as drawn.
  const line = (t: string) => `<text x="0" y="${font.size * 2}" font-family="${escapeMarkup(font.family)}" font-size="${font.size}" xml:space="preserve">${escapeMarkup(t)}</text>`;
  const box = (t: string) => new Resvg(fitTextToFonts(`<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="${font.size * 4}">${line(t)}</svg>`), resvgOptions()).getBBox()?.width ?? 0;
  const width = Math.max(0, box(`.${text}.`) - box('..'));
  widths.set(key, width);
  return width;
}

/** Greedy word wrap to a width; a single word longer than the width gets a line of its own. */
export function wrapText(text: string, maxWidth: number, font: { family: string; size: number }): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, font) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

