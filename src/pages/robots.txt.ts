// /robots.txt: everything may be crawled; the sitemap says what is worth indexing.
// Embed pages are not disallowed here on purpose: they carry <meta name="robots" content="noindex">,
// which a crawler can only read if it may fetch them. Under a sub-path (BASE_PATH), crawlers only
// read the host's own /robots.txt: add this file's Sitemap line there.
import type { APIRoute } from 'astro';
import { absolute } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap.xml', site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
