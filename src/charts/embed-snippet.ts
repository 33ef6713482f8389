// The copy-paste snippet for one chart: an iframe plus the loader that keeps it at its content's height.
// The same text appears under each chart in the story and in its oEmbed response.
import { absolute, paths } from '../lib/urls';
import { escapeMarkup as esc } from '../lib/escape';

export const EMBED_DEFAULT = { width: 640, height: 620 };
/** Width of /images/<chart-id>.png, also announced as the oEmbed thumbnail's width. */
export const CHART_IMAGE_WIDTH = 1200;

export function embedSnippet(chart: string, title: string, site?: URL, state?: string): string {
  const src = absolute(paths.embed(chart), site) + (state ? `?state=${encodeURIComponent(state)}` : '');
  return (
    `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" width="100%" height="${EMBED_DEFAULT.height}" ` +
    `style="border:0;width:100%;max-width:100%" data-launch-contest-embed="${esc(chart)}"></iframe>` +
    `<script src="${esc(absolute(paths.loader(), site))}" async></script>`
  );
}
