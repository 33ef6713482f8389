// /images/share.png: the 1200 × 630 social card (Open Graph, Twitter), drawn at build time:
// the headline beside the chart and state content/story.json names (shareCard).
import type { APIRoute } from 'astro';
import { SHARE_CARD, shareCardSvg } from '../../images/compose';
import { renderPng } from '../../images/render-png';

export const GET: APIRoute = () => {
  const png = renderPng(shareCardSvg(), { width: SHARE_CARD.width });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
