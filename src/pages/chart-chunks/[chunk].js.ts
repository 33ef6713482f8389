// /chart-chunks/<name>-<hash>.js: what the script embed's chart modules (/chart/<id>.js) load once a
// reader reaches the chart: the keyboard walk and table sorting (src/charts/enhance.ts). One chunk
// serves every chart: it holds no chart's code. Named by its content's hash, so it is cached for good
// (src/integrations/headers.mjs), and served with CORS, since host pages import it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds } from '../../charts/registry';
import { chartModule } from '../../embed/inline/build';

export const getStaticPaths: GetStaticPaths = async () => {
  const chunks = new Map<string, string>();
  for (const id of chartIds) {
    for (const [name, text] of (await chartModule(id)).chunks) {
      if (chunks.has(name) && chunks.get(name) !== text) throw new Error(`chart-chunks/${name}: two charts' builds wrote different files under one name`);
      chunks.set(name, text);
    }
  }
  return [...chunks].map(([name, text]) => ({ params: { chunk: name.replace(/\.js$/, '') }, props: { text } }));
};

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
