// /embed.js: the host-page loader, bundled and minified from src/embed/loader.ts at build time, so
// the file other sites include is type-checked and tested like the rest of the code.
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chartIds } from '../charts/registry';

export const GET: APIRoute = async () => {
  const out = await build({
    // Astro runs the build from the project root; this file itself is bundled elsewhere first.
    entryPoints: [resolve(process.cwd(), 'src/embed/loader.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    define: { CHART_IDS: JSON.stringify(chartIds) },
    banner: { js: '/* Launch Contest embed loader: sizes our chart iframes and drives host-page scrollytelling. Source: src/embed/loader.ts */' },
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
