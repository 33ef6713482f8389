// Builds /chart/<chart-id>.js (src/pages/chart/[chart].js.ts), the script embed's ES module for one
// chart, and the chunks it loads lazily (src/pages/chart-chunks/[chunk].js.ts). embed.js imports the
// module into a host page and draws the chart in a shadow root. It carries the chart's view (layout
// and states), the embed page's own figure markup for its default state (rendered here with the same
// component, so the two cannot differ), and the chart's stylesheet; the host's text font is used if
// it asks.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { build, transform } from 'esbuild';
import { parseHTML } from 'linkedom';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostPaletteCss as hostCss } from './host-palette';
import { pageChartCss } from '../../styles/chart-style';
import { chartStyles } from '../../charts/styles';
import { paths } from '../../lib/urls';
import { d3LiteAliases } from '../../charts/d3-lite.mjs';
import commonCss from '../../styles/common.css?raw';
import figureCss from '../../styles/chart-figure.css?raw';
import inlineCss from './inline.css?raw';
import walkCss from '../../styles/walk.css?raw';

// tsc cannot import .astro files; Vite can, through a glob.
const ChartFigure = Object.values(import.meta.glob<{ default: Parameters<AstroContainer['renderToString']>[0] }>('../../components/ChartFigure.astro', { eager: true }))[0]!.default;

/** Where the lazily loaded chunks go, below the base: hashed names, served immutable and with CORS (src/integrations/headers.mjs). */
export const CHUNK_DIR = 'chart-chunks';

export interface ChartModuleBuild {
  /** the module's text, served at chart/<id>.js */
  module: string;
  /** the chunks it imports lazily, by file name (in CHUNK_DIR) */
  chunks: Map<string, string>;
}

const builds = new Map<string, Promise<ChartModuleBuild>>();

/** The chart's module and its chunks, built once per build however many routes ask. */
export function chartModule(id: string): Promise<ChartModuleBuild> {
  let b = builds.get(id);
  if (!b) builds.set(id, (b = buildChartModule(id)));
  return b;
}

async function buildChartModule(id: string): Promise<ChartModuleBuild> {
  const container = await AstroContainer.create();
  // The marks are dropped: the chart draws them at its real size the moment it mounts.
  const { document } = parseHTML(`<!doctype html><html><body>${await container.renderToString(ChartFigure, { props: { chart: id, context: 'embed' } })}</body></html>`);
  for (const g of document.querySelectorAll('svg[data-chart-svg] > g')) g.remove();
  // Its module runs, or nothing shows: the embed page's picture for a page without script goes.
  for (const n of document.querySelectorAll('noscript')) n.remove();
  const figure = document.body.innerHTML;
  // Links leave the host page for our site: the loader gives each its absolute address (data-href).
  const links =
    `<p class="inline-embed__links"><a data-story-link target="_top" href="#">Read the story</a>` +
    `<span aria-hidden="true"> · </span><a data-href="${paths.csv(id)}" download="${id}.csv">Download the data (CSV)</a></p>`;
  // The chart's stylesheet, minified: it travels inside the module as a string.
  const css = (await transform(`${hostCss()}\n${pageChartCss({ [id]: chartStyles[id]! })}\n${commonCss}\n${figureCss}\n${walkCss}\n${inlineCss}`, { loader: 'css', minify: true })).code;
  const root = process.cwd();
  const outdir = resolve(root, 'dist-embed-virtual');
  const out = await build({
    stdin: {
      contents: [
        `import { view } from ${JSON.stringify(resolve(root, `src/charts/${id}/view.ts`))};`,
        `import { defineChartModule } from ${JSON.stringify(resolve(root, 'src/embed/inline/mount.ts'))};`,
        `export default defineChartModule(view, ${JSON.stringify(figure + links)}, ${JSON.stringify(css)});`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    // What a reader reaches later (the keyboard walk, table sorting: src/charts/enhance.ts) is a chunk
    // of its own, imported by a path relative to the module, so it works below any base path. Its
    // banner-free text is the same for every chart, so one file under one hashed name serves them all.
    splitting: true,
    outdir, // nothing is written there (write: false): it names the outputs
    entryNames: `chart/${id}`,
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
    target: 'es2020',
    legalComments: 'none',
    // The same stand-ins for parts of d3 as the site's own bundles (astro.config.mjs).
    alias: d3LiteAliases(pathToFileURL(`${root}/`)),
    // A browser bundle, as Vite's: the checks that only the build needs (src/charts/scene.ts) drop out.
    define: { 'import.meta.env.SSR': 'false', 'import.meta.env.DEV': 'false' },
  });
  let module: string | undefined;
  const chunks = new Map<string, string>();
  for (const f of out.outputFiles) {
    const rel = relative(outdir, f.path).split(sep).join('/');
    if (rel === `chart/${id}.js`) module = `/* Launch Contest: the ${id} chart for the script embed (embed.js loads it). */\n${f.text}`;
    else if (rel.startsWith(`${CHUNK_DIR}/`) && !rel.slice(CHUNK_DIR.length + 1).includes('/')) chunks.set(rel.slice(CHUNK_DIR.length + 1), f.text);
    else throw new Error(`chart/${id}.js: esbuild wrote ${rel}, which no route serves`);
  }
  if (!module) throw new Error(`chart/${id}.js: esbuild wrote no module`);
  return { module, chunks };
}
