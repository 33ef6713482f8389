// The web fonts, cut at build time to what the site writes. Before Vite starts, each face is
// subset (subset-font: HarfBuzz's subsetter) to the characters of every text file under content/
// and src/, plus basic Latin and typographic punctuation for future edits, and its weight axis is
// narrowed to the weights the CSS uses. The pages get `virtual:fonts.css`: an @font-face for each
// subset file (imported as `@site-fonts/<name>.woff2`, so Vite hashes and serves it from _astro/)
// and a metric-matched fallback face (size-adjust, ascent/descent/line-gap overrides computed from
// both fonts' metrics, the way fontaine and capsize do), so the swap to the web font moves no line.
//
// There is no italic face: the few italic words are drawn by the browser's synthesised oblique.
// After the build, every character of every page is checked against the subset files: a
// character that the full font draws but the subset dropped stops the build, naming page and
// character. The PNG renderer keeps drawing with the full fonts (src/images/fonts.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';
import subsetFont from 'subset-font';
import { htmlFiles } from './headers.mjs';
import { writeAtomically } from '../lib/write-atomically.mjs';

const require = createRequire(import.meta.url);

/** Characters every subset keeps, whatever the copy says today: basic Latin and typographic punctuation. */
export const ALWAYS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  // no-break space, ©, °, ±, ×, ·, ½, é and friends are in the copy when used; these are the punctuation
  '\u00a0', '\u00a9', '\u00b0', '\u00b7', '\u00d7',
  '\u2009', '\u200a', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2018', '\u2019', '\u201a', '\u201c', '\u201d', '\u201e',
  '\u2020', '\u2021', '\u2022', '\u2026', '\u202f', '\u2030', '\u2032', '\u2033', '\u2039', '\u203a', '\u2212', '\u20ac',
].join('');

/**
 * The faces. `weights`: the range the CSS uses (the variable axis is cut to it). `fallback`: local
 * fonts metric-compatible with one another (Liberation and the Croscore fonts copy Arial's and Times
 * New Roman's widths), and `measure`, a regular and a bold file of one of them (Arimo, Tinos: npm
 * packages, read at build time only) from which the fallback is sized. They come with the project, so
 * every machine builds the same faces; sized from whatever fonts the build machine had installed, the
 * fallbacks differed between this machine and a fresh one (CI).
 */
export const WEB_FONTS = [
  {
    name: 'inter',
    family: 'Inter Variable',
    file: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    weights: [400, 700],
    fallback: {
      family: 'Inter Fallback',
      local: ['Arial', 'ArialMT', 'Liberation Sans', 'Arimo', 'Helvetica'],
      localBold: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold', 'Helvetica Bold', 'Helvetica-Bold'],
      measure: ['@fontsource/arimo/files/arimo-latin-400-normal.woff2', '@fontsource/arimo/files/arimo-latin-700-normal.woff2'],
    },
  },
  {
    name: 'source-serif-4',
    family: 'Source Serif 4 Variable',
    file: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    weights: [400, 700],
    fallback: {
      family: 'Source Serif 4 Fallback',
      local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos', 'Times'],
      localBold: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold', 'Times Bold', 'Times-Bold'],
      measure: ['@fontsource/tinos/files/tinos-latin-400-normal.woff2', '@fontsource/tinos/files/tinos-latin-700-normal.woff2'],
    },
  },
];

/**
 * The OpenType features kept in the subsets: those browsers apply to Latin text by default, and the
 * tabular figures the charts' labels ask for (font-variant-numeric: tabular-nums). The fonts' others
 * (fractions, numerators, denominators, proportional figures) are never asked for, and keeping them
 * kept their glyphs too: 6 KB of the two files.
 */
export const LAYOUT_FEATURES = ['ccmp', 'locl', 'rlig', 'rvrn', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk', 'tnum'];

const TEXT_FILES = new Set(['.mdx', '.md', '.json', '.csv', '.astro', '.ts', '.mjs', '.txt']);

/** @param {string} dir */
function textFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(path));
    else if (TEXT_FILES.has(extname(entry.name))) out.push(path);
  }
  return out;
}

/** Every character the site's sources contain, plus ALWAYS, sorted. @param {string} root */
export function siteCharacters(root) {
  const chars = new Set(ALWAYS);
  for (const dir of ['content', 'src']) for (const file of textFiles(join(root, dir))) for (const c of readFileSync(file, 'utf8')) chars.add(c);
  return [...chars].filter((c) => c.codePointAt(0) >= 0x20).sort().join('');
}

const pct = (n) => `${+(n * 100).toFixed(2)}%`;

/**
 * How often each character occurs in the story's copy (chapters and copy files, markup and
 * expressions left out): the weights for a font's average character width. A generic English
 * weighting (capsize's) missed this copy's line lengths by 2%, enough to move line breaks.
 * @param {string} root
 */
export function copyFrequencies(root) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  const files = textFiles(join(root, 'content')).filter((f) => /\.(mdx|md|json)$/.test(f));
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<[^>]*>|\{[^}]*\}|^import .*$/gm, ' ')
      .replace(/"[a-zA-Z0-9_-]+"\s*:/g, ' ')
      .replace(/\s+/g, ' ');
    for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/**
 * A font's average advance per em, weighted by `freq`, over the characters both fonts draw.
 * @param {any} font a fontkit font
 * @param {Map<string, number>} freq
 * @param {(c: string) => boolean} drawn
 */
function averageWidth(font, freq, drawn) {
  let sum = 0;
  let weight = 0;
  for (const [c, n] of freq) {
    if (!drawn(c) || SPACES.includes(c)) continue;
    sum += n * font.glyphForCodePoint(/** @type {number} */ (c.codePointAt(0))).advanceWidth;
    weight += n;
  }
  return sum / weight / font.unitsPerEm;
}

/** Word spaces: their fallback face is scaled on its own, to the web font's space (see buildFonts). */
const SPACES = ' \u00a0';

/**
 * A fallback @font-face whose metrics match the web font's: the fallback is scaled by `sizeAdjust`
 * (so its average character width equals the web font's), and its ascent, descent and line gap are
 * set to the web font's at that scale.
 */
export function fallbackFace(web, sizeAdjust, family, local, weight = '', unicodeRange = '') {
  const em = web.unitsPerEm * sizeAdjust;
  return `@font-face {
  font-family: '${family}';
  src: ${local.map((l) => `local('${l}')`).join(', ')};${weight ? `\n  font-weight: ${weight};` : ''}${unicodeRange ? `\n  unicode-range: ${unicodeRange};` : ''}
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(web.ascent / em)};
  descent-override: ${pct(Math.abs(web.descent) / em)};
  line-gap-override: ${pct(web.lineGap / em)};
}`;
}

/** A package's version, read from the package.json above its entry (some do not export that file). */
function packageVersion(name) {
  let dir = dirname(require.resolve(name, { paths: [require.resolve('subset-font')] }));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) return '?';
    dir = up;
  }
}

/**
 * Subsets every face into a folder of `cacheDir` named for its inputs, and returns the folder and
 * the fonts stylesheet (which refers to the files there as `@site-fonts/<name>.woff2`).
 * @param {string} root the project folder
 * @param {string} cacheDir
 * @returns {Promise<{ dir: string, css: string }>}
 */
export async function buildFonts(root, cacheDir) {
  const text = siteCharacters(root);
  const freq = copyFrequencies(root);
  // Subsetting and compressing take a second or two of every build, and `npm test` builds the site
  // seven times (two sites, five with bad input). Each result is kept in a folder named by the hash
  // of everything it is made from: the characters, the copy's letter counts, the font files (web and
  // measured), the versions of the packages that read and cut them, and this file itself.
  const versions = ['subset-font', 'harfbuzzjs', 'fontkit', '@capsizecss/unpack'].map((name) => `${name}@${packageVersion(name)}`);
  const key = createHash('sha256')
    .update(JSON.stringify([text, [...freq], WEB_FONTS, versions]))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(Buffer.concat(WEB_FONTS.flatMap((f) => [f.file, ...f.fallback.measure]).map((file) => readFileSync(require.resolve(file)))))
    .digest('hex');
  const dir = join(cacheDir, key.slice(0, 20));
  const cssFile = join(dir, 'fonts.css');
  // The stylesheet is written last, so a folder with one holds every font.
  if (existsSync(cssFile)) return { dir, css: readFileSync(cssFile, 'utf8') };
  const css = await subsetFonts(text, freq, dir);
  writeAtomically(cssFile, css);
  return { dir, css };
}

/** @param {string} text @param {Map<string, number>} freq @param {string} outDir */
async function subsetFonts(text, freq, outDir) {
  const { create } = await import('fontkit');
  mkdirSync(outDir, { recursive: true });
  const css = ['/* Generated by src/integrations/fonts.mjs: subset web fonts and metric-matched fallbacks. */'];
  for (const font of WEB_FONTS) {
    const full = readFileSync(require.resolve(font.file));
    const [min, max] = font.weights;
    const subset = await subsetFont(full, text, { targetFormat: 'woff2', variationAxes: { wght: { min, max } }, keepFeatures: LAYOUT_FEATURES });
    writeAtomically(join(outDir, `${font.name}.woff2`), subset);
    // The web font's widths at its regular and at its bold instance, each matched against the
    // fallback's regular and bold (measured in Arimo and Tinos: the same advances as Arial and Times
    // New Roman, and as Liberation, which copies them).
    const instance = async (wght) => subsetFont(full, text, { targetFormat: 'sfnt', variationAxes: { wght } });
    const [regular, bold] = [await instance(400), await instance(700)];
    const metrics = { regular: await fromBuffer(regular), bold: await fromBuffer(bold) };
    const faces = [
      { buf: regular, metrics: metrics.regular, weight: '100 549', measure: font.fallback.measure[0], local: font.fallback.local },
      { buf: bold, metrics: metrics.bold, weight: '550 900', measure: font.fallback.measure[1], local: font.fallback.localBold },
    ];
    css.push(`@font-face {
  font-family: '${font.family}';
  font-style: normal;
  font-display: swap;
  font-weight: ${min} ${max};
  src: url('@site-fonts/${font.name}.woff2') format('woff2');
}`);
    for (const face of faces) {
      const local = /** @type {any} */ (create(readFileSync(require.resolve(face.measure))));
      const web = /** @type {any} */ (create(face.buf));
      const drawn = (c) => web.hasGlyphForCodePoint(c.codePointAt(0)) && local.hasGlyphForCodePoint(c.codePointAt(0));
      // Words and word spaces are scaled apart: Times's space is a fifth wider than Source Serif's
      // at matched word widths, enough to fit one more word on a headline's line. The space face
      // (unicode-range U+20, U+A0) takes the web font's space width exactly.
      const words = averageWidth(web, freq, drawn) / averageWidth(local, freq, drawn);
      const space = web.glyphForCodePoint(0x20).advanceWidth / web.unitsPerEm / (local.glyphForCodePoint(0x20).advanceWidth / local.unitsPerEm);
      css.push(fallbackFace(face.metrics, words, font.fallback.family, face.local, face.weight, 'U+0-1F, U+21-9F, U+A1-10FFFF'));
      css.push(fallbackFace(face.metrics, space, font.fallback.family, face.local, face.weight, 'U+20, U+A0'));
    }
  }
  return css.join('\n');
}

/** The characters a woff2 file maps (its cmap). @param {Buffer} buf */
async function characterSet(buf) {
  const { create } = await import('fontkit');
  const font = /** @type {any} */ (create(buf));
  return new Set(/** @type {number[]} */ (font.characterSet));
}

const ID = 'virtual:fonts.css';
const RESOLVED = '/@site-fonts/fonts.css';

/** @returns {import('astro').AstroIntegration} */
export default function siteFonts() {
  /** @type {string} */
  let outDir = '';
  let css = '';
  return {
    name: 'site-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        ({ dir: outDir, css } = await buildFonts(root, join(root, 'node_modules', '.cache', 'site-fonts')));
        logger.info(`subset ${WEB_FONTS.map((f) => f.family).join(', ')} to the site's characters (${outDir})`);
        updateConfig({
          vite: {
            resolve: { alias: { '@site-fonts': outDir } },
            plugins: [
              {
                name: 'site-fonts',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? css : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const missing = [];
        for (const font of WEB_FONTS) {
          const full = await characterSet(readFileSync(require.resolve(font.file)));
          const kept = await characterSet(readFileSync(join(outDir, `${font.name}.woff2`)));
          for (const file of htmlFiles(dist)) {
            for (const c of new Set(readFileSync(file, 'utf8'))) {
              const cp = /** @type {number} */ (c.codePointAt(0));
              if (full.has(cp) && !kept.has(cp)) missing.push(`${relative(dist, file)}: "${c}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) is not in the ${font.family} subset`);
            }
          }
        }
        if (missing.length) throw new Error(`site-fonts: a page uses characters the subset fonts dropped (add them to ALWAYS in src/integrations/fonts.mjs):\n  ${missing.join('\n  ')}`);
        logger.info('every character of every page is in the subset fonts');
      },
    },
  };
}
