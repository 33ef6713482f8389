// /images/<chart-id>.png: each chart at its final state, 1200 px wide at the chart's own aspect
// ratio, with its title and source line drawn in. Linked from the embed panel and oEmbed.
import { CHART_IMAGE_WIDTH } from '../../charts/embed-snippet';
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { chartImageSvg } from '../../images/compose';
import { renderPng } from '../../images/render-png';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) => {
  const { svg } = chartImageSvg(String(params.chart));
  const png = renderPng(svg, { width: CHART_IMAGE_WIDTH });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
