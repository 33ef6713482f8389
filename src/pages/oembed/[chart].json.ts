// /oembed/<chart-id>.json: a static oEmbed 1.0 "rich" response; its html is the embed snippet.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { EMBED_DEFAULT, embedSnippet } from '../../charts/embed-snippet';
import { plainPicture } from '../../images/plain-images';
import { site } from '../../data/site';
import { absolute } from '../../lib/urls';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const id = String(params.chart);
  const { chartCopy, story } = site();
  const copy = chartCopy.get(id)!;
  // The thumbnail is the chart's plain picture at 2× (what a no-script place shows), light.
  const thumb = plainPicture(id, undefined, siteUrl);
  const body = {
    version: '1.0',
    type: 'rich',
    title: copy.title,
    provider_name: story.publisher,
    provider_url: absolute('', siteUrl),
    html: embedSnippet(id, copy.title, siteUrl),
    width: EMBED_DEFAULT.width,
    height: EMBED_DEFAULT.height,
    thumbnail_url: thumb.src2x,
    thumbnail_width: thumb.width * 2,
    thumbnail_height: thumb.height * 2,
    cache_age: 86400,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
