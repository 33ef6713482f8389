// /chart/<chart-id>.js: the script embed's ES module for one chart. embed.js imports it into a host
// page and draws the chart in a shadow root. It carries the chart's view (layout and states), the
// embed page's own figure markup for its default state (rendered here with the same component, so
// the two cannot differ), and the chart's stylesheet; the host's text font is used if it asks.
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { build, transform } from 'esbuild';
import { parseHTML } from 'linkedom';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chartIds } from '../../charts/registry';
import { paletteCss } from '../../styles/palette';
import { pageChartCss } from '../../styles/chart-style';
import { chartStyles } from '../../charts/styles';
import { paths } from '../../lib/urls';
import { d3LiteAliases } from '../../charts/d3-lite.mjs';
import commonCss from '../../styles/common.css?raw';
import figureCss from '../../styles/chart-figure.css?raw';
import inlineCss from '../../embed/inline/inline.css?raw';
import walkCss from '../../styles/walk.css?raw';

// tsc cannot import .astro files; Vite can, through a glob.
const ChartFigure = Object.values(import.meta.glob<{ default: Parameters<AstroContainer['renderToString']>[0] }>('../../components/ChartFigure.astro', { eager: true }))[0]!.default;

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

/** The page's palette, rescoped from the document root to the shadow host. */
const hostCss = () =>
  paletteCss({ fallback: false })
    .replace(/:root\[data-theme='(light|dark)'\]/g, ":host([data-theme='$1'])")
    .replace(/:root:not\(\[data-theme='light'\]\)/g, ":host(:not([data-theme='light']))")
    .replace(/:root/g, ':host');

export const GET: APIRoute = async ({ params }) => {
  const id = String(params.chart);
  const container = await AstroContainer.create();
  // The marks are dropped: the chart draws them at its real size the moment it mounts.
  const { document } = parseHTML(`<!doctype html><html><body>${await container.renderToString(ChartFigure, { props: { chart: id, context: 'embed' } })}</body></html>`);
  for (const g of document.querySelectorAll('svg[data-chart-svg] > g')) g.remove();
  const figure = document.body.innerHTML;
  // Links leave the host page for our site: the loader gives each its absolute address (data-href).
  const links =
    `<p class="inline-embed__links"><a data-story-link target="_top" href="#">Read the story</a>` +
    `<span aria-hidden="true"> · </span><a data-href="${paths.csv(id)}" download="${id}.csv">Download the data (CSV)</a></p>`;
  // The chart's stylesheet, minified: it travels inside the module as a string.
  const css = (await transform(`${hostCss()}\n${pageChartCss({ [id]: chartStyles[id]! })}\n${commonCss}\n${figureCss}\n${walkCss}\n${inlineCss}`, { loader: 'css', minify: true })).code;
  const root = process.cwd();
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
    target: 'es2020',
    legalComments: 'none',
    // The same stand-ins for d3-color and d3-interpolate as the site's own bundles (astro.config.mjs).
    alias: d3LiteAliases(pathToFileURL(`${root}/`)),
    banner: { js: `/* Launch Contest: the ${id} chart for the script embed (embed.js loads it). */` },
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
