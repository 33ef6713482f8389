// Puts the palette and the chart rules, written in TypeScript (src/styles/palette.ts,
// src/styles/chart-style.ts), into the pages as ordinary bundled CSS: `import 'virtual:theme.css'`
// resolves to a stylesheet generated from them, which Vite bundles, hashes and serves from
// _astro/ like base.css (or inlines, with its hash in the CSP). No inline style is written by hand.
import { paletteCss } from '../styles/palette.ts';
import { pageChartCss } from '../styles/chart-style.ts';

const ID = 'virtual:theme.css';
// A path-like id ending in .css, so Vite's CSS pipeline (bundling, minifying) takes it.
const RESOLVED = '/@theme/theme.css';

/** @returns {import('vite').Plugin} */
function themeCssPlugin() {
  return {
    name: 'theme-css',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? `${paletteCss()}\n${pageChartCss()}` : undefined;
    },
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function themeCss() {
  return {
    name: 'theme-css',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        updateConfig({ vite: { plugins: [themeCssPlugin()] } });
        // These are read when the config loads: `astro dev` restarts when either changes.
        for (const file of ['../styles/palette.ts', '../styles/chart-style.ts']) addWatchFile(new URL(file, import.meta.url));
      },
    },
  };
}
