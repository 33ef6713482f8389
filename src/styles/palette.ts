// The site's colours, written once: each token's light and dark value side by side. The pages get
// them as CSS custom properties (paletteCss, bundled by src/integrations/theme-css.mjs); the
// build-time images (src/images/) read the light values from here and parse no CSS.
//
// Series colours come from the Okabe–Ito set, darkened in light mode so marks pass 3:1 and labels
// 4.5:1 against the page, brightened in dark mode for the same reason (tests/e2e/reader.spec.ts
// measures both from computed styles). The companies' colours live here; each chart says in its
// own style.ts (src/charts/<id>/style.ts) which of its series takes which colour.

export type Scheme = 'light' | 'dark';

export const palette = {
  bg: { light: '#fdfcf9', dark: '#121417' },
  fg: { light: '#1b1b1b', dark: '#ebebeb' },
  muted: { light: '#575757', dark: '#b4b4b4' },
  rule: { light: '#d7d3ca', dark: '#3a3d42' },
  'step-bg': { light: '#ffffff', dark: '#1c1f24' },
  'step-border': { light: '#cfcac0', dark: '#3a3d42' },
  focus: { light: '#0a58ca', dark: '#8ab4ff' },
  'c-spacex': { light: '#0067a3', dark: '#56b4e9' },
  'c-blue-origin': { light: '#b34700', dark: '#e69f00' },
  'c-ula': { light: '#00765a', dark: '#2fbf94' },
  'c-unassigned': { light: '#6f6f6f', dark: '#9c9c9c' },
  // Okabe–Ito's reddish purple, darkened for the light page; 6:1 on both.
  'c-government': { light: '#9c3f78', dark: '#cc79a7' },
} as const satisfies Record<string, Record<Scheme, `#${string}`>>;

export type BaseToken = keyof typeof palette;
/** A colour's name; the page's custom property is `--<token>`. */
export type ColourToken = BaseToken;

/** A token's colour in one scheme. */
export function colour(token: ColourToken, scheme: Scheme): string {
  const entry = palette[token];
  if (!entry) throw new Error(`palette: unknown colour token "${token}" (src/styles/palette.ts)`);
  return entry[scheme];
}

/** Every token with its colour in one scheme, keyed `--<token>` as the page names them. */
export function schemeColours(scheme: Scheme): Map<string, string> {
  const tokens = Object.keys(palette) as ColourToken[];
  return new Map(tokens.map((t) => [`--${t}`, colour(t, scheme)]));
}

const declarations = (pairs: [string, string][]) => pairs.map(([k, v]) => `  ${k}: ${v};`).join('\n');
const schemeDeclarations = (scheme: Scheme) => declarations(Object.entries(palette).map(([t, v]) => [`--${t}`, v[scheme]]));

/**
 * The custom properties, in one of two forms that give the same colours:
 * - `media` (the pages): the light colours under :root, the dark ones where the reader's system asks
 *   for dark (screen only: paper is white) or an embed's `?theme=dark` sets `data-theme` on <html>
 *   (src/embed/main.ts). Every browser reads it, so it needs no second copy for old ones, and it is
 *   the smaller: the story inlines it in its first round trip (issue 19).
 * - `light-dark` (the script embed, src/embed/inline/build.ts): each colour `light-dark(light, dark)`,
 *   picked by the `color-scheme` of the host element, which a host page may set. Browsers without
 *   light-dark() (before 2024) are sent the iframe instead.
 * `color-scheme` follows the same choice either way, so form controls and scrollbars match; on paper it
 * is light (for the pages, in their print sheet).
 */
export function paletteCss({ form = 'media' }: { form?: 'media' | 'light-dark' } = {}): string {
  const schemes = `:root[data-theme='light'] {
  color-scheme: light;
}
:root[data-theme='dark'] {
  color-scheme: dark;
}`;
  // Paper is light: the pages say so in their print sheet (src/styles/print-media.css, which every page
  // has and the story loads after its first paint), the script embed here, as a host page has no such sheet.
  const paper = `@media print {
  :root,
  :root[data-theme] {
    color-scheme: light;
  }
}`;
  if (form === 'light-dark') {
    const both = Object.entries(palette).map(([t, v]): [string, string] => [`--${t}`, `light-dark(${v.light}, ${v.dark})`]);
    return `/* Generated from src/styles/palette.ts: edit the colours there. */
:root {
  color-scheme: light dark;
${declarations(both)}
}
${schemes}
${paper}
`;
  }
  return `/* Generated from src/styles/palette.ts: edit the colours there. */
:root {
  color-scheme: light dark;
${schemeDeclarations('light')}
}
${schemes}
@media screen and (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
${schemeDeclarations('dark').replace(/^/gm, '  ')}
  }
}
@media screen {
  :root[data-theme='dark'] {
${schemeDeclarations('dark').replace(/^/gm, '  ')}
  }
}
`;
}
