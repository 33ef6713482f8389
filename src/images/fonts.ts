// The fonts the build-time images are drawn with: the same self-hosted files the pages use
// (src/integrations/fonts.mjs subsets these same files for the pages; the images keep them whole),
// never the machine's own fonts.
//
// resvg does not apply a variable font's weight axis: every weight draws as the font's default
// instance (regular). The images therefore set hierarchy by size and colour, not by weight.

/** Family names as the font files name themselves (their `name` table), not the CSS names. */
export const imageFonts = {
  ui: 'Inter',
  body: 'Source Serif 4',
} as const;

/** The woff2 files, relative to node_modules. */
export const imageFontFiles = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
] as const;

/** CSS font-family lists for SVG meant for resvg: our family first, the page's CSS name as a fallback. */
export const svgFontFamily = {
  ui: `${imageFonts.ui}, 'Inter Variable', sans-serif`,
  body: `'${imageFonts.body}', 'Source Serif 4 Variable', serif`,
} as const;
