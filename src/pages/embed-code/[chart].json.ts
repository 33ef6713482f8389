// /embed-code/<chart-id>.json: what the story's "Embed this chart" panel builds its snippets from,
// fetched the first time an editor opens it (src/embed/embed-panel-lazy.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { embedCodeData } from '../../embed/embed-code-data';

export const getStaticPaths: GetStaticPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(embedCodeData(String(params.chart), site)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
