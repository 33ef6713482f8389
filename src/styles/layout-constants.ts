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

/** The static layout (every step with its own picture, nothing pinned) applies where the window is too
 *  short to pin a chart, where scripts do not run, and where the reader asks for it with the "Show all
 *  steps as pictures" switch, which sets this attribute on <html> (src/lib/layout-pref.ts). */
export const STATIC_LAYOUT_QUERIES = ['(max-height: 30rem)', '(scripting: none)'] as const;
export const STATIC_LAYOUT_ATTR = 'data-layout';
export const STATIC_LAYOUT_ROOT = `html[${STATIC_LAYOUT_ATTR}='static']`;
const STATIC_TOKEN = '(--static-layout)';

interface CssRule {
  selectors: string[];
}
interface CssAtRule {
  params: string;
  clone(): CssAtRule;
  after(node: CssAtRule): void;
  walkRules(fn: (rule: CssRule) => void): void;
}

/** `screen and (--static-layout) and (min-width: 36rem)` → `screen and (min-width: 36rem)`; alone → `all`. */
const withoutStaticToken = (query: string): string =>
  query.replace(/\s+and\s+\(--static-layout\)|\(--static-layout\)\s+and\s+/, '').replace(STATIC_TOKEN, 'all').trim();

/**
 * A PostCSS plugin that replaces `(--wide)` and `(--narrow)` in media queries with the queries above,
 * and writes each `@media … (--static-layout) …` block's rules once for two conditions: the media
 * queries of STATIC_LAYOUT_QUERIES, and the reader's switch (the same rules, each selector under
 * STATIC_LAYOUT_ROOT, after the block). The stylesheet states the static layout once.
 */
export function customMediaPlugin() {
  return {
    postcssPlugin: 'launch-contest-custom-media',
    AtRule: {
      media(rule: CssAtRule) {
        for (const [name, query] of Object.entries(customMedia)) rule.params = rule.params.replaceAll(`(${name})`, query);
        if (!rule.params.includes(STATIC_TOKEN)) return;
        const queries = rule.params.split(',').map((q) => q.trim());
        const switched = rule.clone();
        switched.params = queries.filter((q) => q.includes(STATIC_TOKEN)).map(withoutStaticToken).join(', ');
        switched.walkRules((r) => {
          // html, :root and the root's own .js class join the attribute; anything else goes below it
          r.selectors = r.selectors.map((sel) =>
            /^(html|:root)\b/.test(sel) ? sel.replace(/^(html|:root)/, STATIC_LAYOUT_ROOT) : /^\.js\b/.test(sel) ? `${STATIC_LAYOUT_ROOT}${sel}` : `${STATIC_LAYOUT_ROOT} ${sel}`,
          );
        });
        rule.params = queries.flatMap((q) => (q.includes(STATIC_TOKEN) ? STATIC_LAYOUT_QUERIES.map((m) => q.replace(STATIC_TOKEN, m)) : [q])).join(', ');
        rule.after(switched);
      },
    },
  };
}
