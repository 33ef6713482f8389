// /oembed/<chart-id>.json: a static oEmbed 1.0 "rich" response; its html is the embed snippet.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../charts/registry';
import { CHART_IMAGE_WIDTH, EMBED_DEFAULT, embedSnippet } from '../../charts/embed-snippet';
import { site } from '../../data/site';
import { absolute, paths } from '../../lib/urls';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const id = String(params.chart);
  const { chartCopy, story } = site();
  const copy = chartCopy.get(id)!;
  const def = getChart(id);
  const thumbWidth = CHART_IMAGE_WIDTH;
  const body = {
    version: '1.0',
    type: 'rich',
    title: copy.title,
    provider_name: story.publisher,
    provider_url: absolute('', siteUrl),
    html: embedSnippet(id, copy.title, siteUrl),
    width: EMBED_DEFAULT.width,
    height: EMBED_DEFAULT.height,
    thumbnail_url: absolute(paths.image(id), siteUrl),
    thumbnail_width: thumbWidth,
    thumbnail_height: Math.round((thumbWidth * def.defaultSize.height) / def.defaultSize.width),
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
