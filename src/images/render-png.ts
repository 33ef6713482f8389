// SVG → PNG at build time with resvg, drawn only with the project's own fonts.
//
// resvg cannot read woff2, so the self-hosted woff2 files are decompressed to TrueType once per
// build (wawoff2) and kept in memory. The native @resvg/resvg-js 2.6 takes fonts as file paths
// only (its `fontBuffers` option exists in the wasm build, not the native one), so each TTF is
// also written once to a cache folder in the OS temp dir, named by the hash of its woff2 source.
// System fonts are never loaded: a fresh CI machine draws exactly what a laptop draws.
//
// Which characters a font has and how wide a line is come from fontkit, reading the same TTF
// data resvg draws with: its cmap for coverage, its layout engine (advances and kerning) for widths.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { create as openFont, type Font } from 'fontkit';
import { escapeMarkup } from '../lib/escape';
import { writeAtomically } from '../lib/write-atomically.mjs';
import { imageFontFiles, imageFonts } from './fonts';

const require = createRequire(join(process.cwd(), 'package.json'));

interface LoadedFont {
  /** the decompressed TrueType data, kept for the rest of the build */
  buffer: Buffer;
  /** the same data on disk, for resvg */
  file: string;
  /** the characters it can draw */
  codePoints: Set<number>;
  /** the parsed font, for coverage and text widths */
  face: Font;
}

/** The font in a TTF buffer; a collection or an unreadable file stops the build naming the file. */
function parseFont(buffer: Buffer, name: string): Font {
  let parsed: ReturnType<typeof openFont>;
  try {
    parsed = openFont(buffer);
  } catch (e) {
    throw new Error(`render-png: fontkit cannot read ${name}: ${(e as Error).message}`);
  }
  if (!('layout' in parsed)) throw new Error(`render-png: ${name} is a font collection; one font per file is expected`);
  return parsed;
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
    if (!cached) writeAtomically(file, buffer);
    const face = parseFont(buffer, spec);
    loaded.push({ buffer, file, codePoints: new Set(face.characterSet), face });
  }
  return loaded;
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

/**
 * One string with its undrawable characters replaced; stops the build on one it cannot replace.
 * `write` writes a substitute for where the string goes (escaped, inside markup).
 */
function drawableText(text: string, write: (substitute: string) => string = (t) => t): string {
  const drawable = (ch: string) => fonts.some((f) => f.codePoints.has(ch.codePointAt(0)!));
  let out = '';
  for (const ch of text) {
    if (/\s/.test(ch) || drawable(ch)) out += ch;
    else if (substitutes[ch] !== undefined && [...substitutes[ch]!].every((c) => drawable(c))) out += write(substitutes[ch]!);
    else {
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(
        `render-png: the image fonts (${imageFontFiles.join(', ')}) cannot draw "${ch}" (U+${hex}) in "${text.trim()}". ` +
          'Add a substitute for it in src/images/render-png.ts or use another character.',
      );
    }
  }
  return out;
}

/** Replaces undrawable characters in the text of an SVG; stops the build on one it cannot replace. */
export function fitTextToFonts(svg: string): string {
  return svg.replace(/>([^<]+)</g, (_, text: string) => `>${drawableText(text, escapeMarkup)}<`);
}

export interface PngOptions {
  /** the PNG's width in pixels; the height follows the SVG's aspect ratio */
  width: number;
  /** a CSS colour painted under the image (default: transparent) */
  background?: string;
}

// Rasterising is most of a build's time (128 PNGs, about 11 s), and `npm test` builds the site twice
// (at the root and under a sub-path) from the same drawings. So each PNG is kept in a cache folder,
// named by the hash of everything that decides its pixels: the SVG, the options, the font files
// (named by their own hash) and resvg's version. A changed input is a new name, never a stale image.
const pngCache = join(process.cwd(), 'node_modules', '.cache', 'png');
const resvgVersion = (require('@resvg/resvg-js/package.json') as { version: string }).version;

export function renderPng(svg: string, opts: PngOptions): Buffer {
  const drawable = fitTextToFonts(svg);
  const options = resvgOptions({ fitTo: { mode: 'width', value: opts.width }, ...(opts.background ? { background: opts.background } : {}) });
  const key = createHash('sha256').update(JSON.stringify([resvgVersion, options, drawable])).digest('hex').slice(0, 32);
  const file = join(pngCache, `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet: draw it below.
  }
  const png = new Resvg(drawable, options).render().asPng();
  mkdirSync(pngCache, { recursive: true });
  writeAtomically(file, png);
  return png;
}

/** The loaded font for a CSS font-family list: the first family we have, as resvg picks it. */
function fontFor(family: string): LoadedFont {
  const generic: Record<string, string> = { 'sans-serif': imageFonts.ui, serif: imageFonts.body };
  for (const raw of family.split(',')) {
    const name = raw.trim().replace(/^['"]|['"]$/g, '');
    const found = fonts.find((f) => f.face.familyName === (generic[name] ?? name));
    if (found) return found;
  }
  throw new Error(`render-png: none of the families "${family}" is one of the image fonts (${fonts.map((f) => f.face.familyName).join(', ')})`);
}

const widths = new Map<string, number>();
/**
 * The advance width of one line of text in user units: the font's own advances and kerning, from
 * fontkit's layout. A character the family lacks is measured in the image font that has it, as
 * resvg falls back to it when drawing.
 */
export function measureText(text: string, font: { family: string; size: number }): number {
  const key = `${font.family}|${font.size}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const primary = fontFor(font.family);
  // Runs of characters drawn by one font, measured with that font's layout.
  const runs: { font: LoadedFont; text: string }[] = [];
  for (const ch of drawableText(text)) {
    const cp = ch.codePointAt(0)!;
    const by = primary.codePoints.has(cp) ? primary : (fonts.find((f) => f.codePoints.has(cp)) ?? primary);
    const last = runs.at(-1);
    if (last && last.font === by) last.text += ch;
    else runs.push({ font: by, text: ch });
  }
  const width = runs.reduce((sum, r) => sum + (r.font.face.layout(r.text).advanceWidth / r.font.face.unitsPerEm) * font.size, 0);
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

