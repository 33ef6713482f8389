// /chart/<chart-id>.js: the script embed's ES module for one chart (built by src/embed/inline/build.ts).
// embed.js imports it into a host page and draws the chart in a shadow root. It carries the chart's
// view (layout and states), the embed page's own figure markup for its default state and the chart's
// stylesheet; the keyboard walk and table sorting come later, from chart-chunks/ (see there).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { chartModule } from '../../embed/inline/build';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await chartModule(String(params.chart))).module, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
