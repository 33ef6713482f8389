// Puts the palette, the layout constants and the chart rules, written in TypeScript
// (src/styles/palette.ts, src/styles/layout-constants.ts, src/styles/chart-style.ts and each chart's src/charts/<id>/style.ts), into the pages as ordinary
// bundled CSS: `import 'virtual:theme.css'` resolves to the palette and layout constants, which
// every page inlines; `@chart-rules;` in a stylesheet (src/styles/chart-rules.css) becomes the chart
// marks' rules, so they can ride in the story's deferred stylesheet as well as inline in an embed.
// No inline style is written by hand. Chart styles are found by folder, never listed.
import { existsSync, readdirSync } from 'node:fs';
import { paletteCss } from '../styles/palette.ts';
import { pageChartCss } from '../styles/chart-style.ts';
import { customMediaPlugin, layoutCss } from '../styles/layout-constants.ts';

const ID = 'virtual:theme.css';
// A path-like id ending in .css, so Vite's CSS pipeline (bundling, minifying) takes it.
const RESOLVED = '/@theme/theme.css';
const chartsDir = new URL('../charts/', import.meta.url);

/** Each chart folder's style.ts, by chart id, in sorted order (as src/charts/styles.ts finds them). */
export function chartStyleFiles() {
  return readdirSync(chartsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/style.ts`, chartsDir)))
    .map((d) => d.name)
    .sort()
    .map((id) => ({ id, url: new URL(`${id}/style.ts`, chartsDir) }));
}

async function loadChartStyles() {
  const styles = {};
  // A query string per load, so a reload after an edit (the dev server restarts on one) reads it afresh.
  for (const { id, url } of chartStyleFiles()) styles[id] = (await import(`${url.href}?t=${Date.now()}`)).style;
  return styles;
}

/** @returns {import('vite').Plugin} */
function themeCssPlugin() {
  return {
    name: 'theme-css',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      return `${paletteCss()}\n${layoutCss()}`;
    },
  };
}

/** A PostCSS plugin: `@chart-rules;` becomes every chart's mark rules (src/styles/chart-style.ts).
 *  An at-rule rather than a virtual module, because Vite inlines a stylesheet's @import from disk. */
function chartRulesPlugin() {
  return {
    postcssPlugin: 'launch-contest-chart-rules',
    AtRule: {
      'chart-rules': async (rule, { postcss }) => {
        rule.replaceWith(postcss.parse(pageChartCss(await loadChartStyles())).nodes);
      },
    },
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function themeCss() {
  return {
    name: 'theme-css',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        // `@media (--wide)` in the stylesheets becomes the breakpoint written in layout-constants.ts.
        updateConfig({ vite: { plugins: [themeCssPlugin()], css: { postcss: { plugins: [chartRulesPlugin(), customMediaPlugin()] } } } });
        // These are read when the config loads: `astro dev` restarts when either changes.
        for (const file of ['../styles/palette.ts', '../styles/chart-style.ts', '../styles/layout-constants.ts']) addWatchFile(new URL(file, import.meta.url));
        // `@chart-rules;` is expanded by PostCSS, which does not watch: a chart's style.ts restarts too.
        for (const { url } of chartStyleFiles()) addWatchFile(url);
      },
    },
  };
}
