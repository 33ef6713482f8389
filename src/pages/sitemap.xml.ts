// /sitemap.xml: the pages a search engine should index — the story and its source list. Left out on purpose: the
// embed pages (/embed/<chart>/, noindex: they repeat the story's charts for other sites' iframes),
// the 404 page, and files that are not pages (oEmbed JSON, CSV, images).
import { escapeMarkup } from '../lib/escape';
import type { APIRoute } from 'astro';
import { site as content } from '../data/site';
import { absolute, paths } from '../lib/urls';


export const GET: APIRoute = ({ site }) => {
  const { story } = content();
  const pages = [
    { loc: absolute('', site), lastmod: story.published },
    { loc: absolute(paths.sources(), site), lastmod: story.published },
  ];
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    pages.map((p) => `  <url>\n    <loc>${escapeMarkup(p.loc)}</loc>\n    <lastmod>${p.lastmod}</lastmod>\n  </url>\n`).join('') +
    `</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
