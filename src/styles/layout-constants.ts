// The page's layout constants, written once. Scripts import them; the stylesheets get them as
// custom properties (layoutCss, bundled with the palette by src/integrations/theme-css.mjs) and,
// for media queries, which cannot read custom properties, as custom media: the stylesheets write
// `@media (--wide)` and the build substitutes the query below (customMedia).

/** From this width the chart stands beside the text; below it, it is pinned above the text. */
export const WIDE_MIN_REM = 60;
export const customMedia = {
  '--wide': `(min-width: ${WIDE_MIN_REM}rem)`,
  '--narrow': `(max-width: ${WIDE_MIN_REM - 0.01}rem)`,
} as const;

/** The trigger line: a step arrives when its top passes this share of the way down the window
 *  (scrollama's offset, and the scroll model's rule). */
export const TRIGGER_OFFSET = 0.6;

/** On phones the pinned chart ends this far down the window (svh), above the trigger line, so a
 *  step that has arrived is read wholly below its chart. */
export const PIN_BOTTOM_SVH = 48;

/** On a host page (src/embed/loader.ts), a pinned chart takes this share of the window's height:
 *  `narrow` below `narrowBelowPx` wide, `wide` above, never less than `minPx`. */
export const HOST_PIN = { narrowBelowPx: 640, narrow: 0.5, wide: 0.6, minPx: 200 } as const;

/** The custom properties for every page. */
export function layoutCss(): string {
  return `/* Generated from src/styles/layout-constants.ts: edit the values there. */
:root {
  --pin-bottom: ${PIN_BOTTOM_SVH}svh;
  --trigger-line: ${TRIGGER_OFFSET * 100}%;
}
`;
}

/** A PostCSS plugin that replaces `(--wide)` and `(--narrow)` in media queries with the queries above. */
export function customMediaPlugin() {
  return {
    postcssPlugin: 'launch-contest-custom-media',
    AtRule: {
      media(rule: { params: string }) {
        for (const [name, query] of Object.entries(customMedia)) rule.params = rule.params.replaceAll(`(${name})`, query);
      },
    },
  };
}
