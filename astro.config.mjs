// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parseBasePath, parseSiteUrl } from './src/lib/deploy-config.mjs';
import hostingHeaders from './src/integrations/headers.mjs';
import themeCss from './src/integrations/theme-css.mjs';

const base = parseBasePath(process.env.BASE_PATH);
const site = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [themeCss(), mdx(), hostingHeaders({ framable: ['embed/'] })],
  server: { port: 4321 },
  devToolbar: { enabled: false },
});
