// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { scrollySteps } from './src/scrolly/mdx-steps.mjs';
import { parseBasePath, parseSiteUrl } from './src/lib/deploy-config.mjs';
import hostingHeaders from './src/integrations/headers.mjs';
import themeCss from './src/integrations/theme-css.mjs';
import siteFonts from './src/integrations/fonts.mjs';
import { d3LiteAliases } from './src/charts/d3-lite.mjs';

const base = parseBasePath(process.env.BASE_PATH);
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Steps learn their block's chart at compile time (src/scrolly/mdx-steps.mjs).
  markdown: { processor: satteri({ mdastPlugins: [scrollySteps] }) },
  integrations: [siteFonts(), themeCss(), mdx(), hostingHeaders({ framable: ['embed/'] })],
  server: { port: 4321 },
  // Charts tween numbers only: d3-color's colour spaces and d3-interpolate's string, colour and
  // transform interpolators never run (src/charts/d3-lite.mjs).
  vite: {
    resolve: { alias: d3LiteAliases(new URL('./', import.meta.url)) },
    // The charts' client and the small modules every chart's view imports (states, number formats, label
    // styles) are one chunk: a page's script then arrives in two round trips, not four (client, then
    // scene, then step-id below it). Rolldown, unlike Rollup, cannot list transitive imports in the entry
    // instead. Slow 4G, a #step link: the chart is drawn 0.3 s sooner (Performance, round 11). Step ids
    // keep a chunk of their own: the embed-code pages' copy panel needs them and none of the charts' code.
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: 'step-id', test: /src[\\/]lib[\\/]step-id\.ts$/, priority: 2 },
              { name: 'client', test: /src[\\/](charts[\\/](client|scene)|data[\\/]format|styles[\\/]chart-style)\.ts$/ },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
