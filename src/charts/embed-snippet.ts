// The copy-paste snippets for one chart: an iframe plus the loader that keeps it at its content's
// height, and the scrollytelling variant whose marked paragraphs drive the chart's state.
// The plain snippet appears under each chart in the story and in its oEmbed response.
import { absolute, paths, withBase } from '../lib/urls';
import { escapeMarkup as esc } from '../lib/escape';
import { stepId } from '../lib/step-id';

export const EMBED_DEFAULT = { width: 640, height: 620 };
/** Width of /images/<chart-id>.png, also announced as the oEmbed thumbnail's width. */
export const CHART_IMAGE_WIDTH = 1200;

interface FrameOptions {
  /** false on our own pages, whose CSP refuses style attributes (their CSS does the same) */
  inlineStyle?: boolean;
  /** a base-relative src, for our own pages, which work wherever the site is deployed */
  relative?: boolean;
}

export function embedFrame(chart: string, title: string, site?: URL, state?: string, opts: FrameOptions = {}): string {
  const page = opts.relative ? withBase(paths.embed(chart)) : absolute(paths.embed(chart), site);
  const src = page + (state ? `?state=${encodeURIComponent(state)}` : '');
  const style = opts.inlineStyle === false ? '' : 'style="border:0;width:100%;max-width:100%" ';
  return (
    `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" height="${EMBED_DEFAULT.height}" ` +
    `${style}data-launch-contest-embed="${esc(chart)}"></iframe>`
  );
}

export const loaderScript = (site?: URL) => `<script src="${esc(absolute(paths.loader(), site))}" async></script>`;

export function embedSnippet(chart: string, title: string, site?: URL, state?: string): string {
  return embedFrame(chart, title, site, state) + loaderScript(site);
}

/**
 * The scrollytelling snippet: the chart, then one paragraph per state marked with its step id.
 * The editor replaces the paragraphs' text with their own; the wrapper bounds how long the chart
 * stays pinned, and each paragraph links to the story at its step for readers without the script.
 */
export function scrollySnippet(chart: string, title: string, states: readonly { id: string; label: string }[], site?: URL): string {
  const paragraphs = states.map(
    (s) =>
      `  <p data-chart-step="${esc(stepId(chart, s.id))}">Your paragraph for “${esc(s.label)}”. ` +
      `<a href="${esc(absolute(`#${stepId(chart, s.id)}`, site))}">Read the story here</a>.</p>`,
  );
  return [`<div>`, `  ${embedFrame(chart, title, site)}`, ...paragraphs, `</div>`, loaderScript(site)].join('\n');
}

/**
 * The script embed: a div that embed.js draws the chart into (in a shadow root, no iframe), holding
 * a linked image of the chart for readers and places where no script runs.
 */
export function scriptSnippet(chart: string, alt: string, image: { src: string; width: number; height: number }, site?: URL, state?: string): string {
  const story = absolute(state ? `#${stepId(chart, state)}` : `#chart-${chart}`, site);
  return (
    `<div data-launch-contest-chart="${esc(chart)}"${state ? ` data-state="${esc(state)}"` : ''}>` +
    `<a href="${esc(story)}"><img src="${esc(image.src)}" alt="${esc(alt)}" width="${image.width}" height="${image.height}" ` +
    `loading="lazy" style="max-width:100%;height:auto"></a></div>\n` +
    loaderScript(site)
  );
}

export interface PlainPicture {
  /** absolute URLs of the light picture at 1× and 2× */
  src: string;
  src2x: string;
  width: number;
  height: number;
  /** the state's description */
  alt: string;
}

/** For newsletters and RSS: the chart's picture, linking to the story (at the step, if one is given). */
export function imageSnippet(chart: string, picture: PlainPicture, site?: URL, state?: string): string {
  const story = absolute(state ? `#${stepId(chart, state)}` : `#chart-${chart}`, site);
  return (
    `<a href="${esc(story)}"><img src="${esc(picture.src)}" srcset="${esc(picture.src2x)} 2x" alt="${esc(picture.alt)}" ` +
    `width="${picture.width}" height="${picture.height}" style="max-width:100%;height:auto"></a>`
  );
}

/** For AMP pages: amp-iframe of the embed page, resizable, with the picture as its placeholder. */
export function ampSnippet(chart: string, title: string, picture: PlainPicture, site?: URL, state?: string): string {
  const src = absolute(paths.embed(chart), site) + (state ? `?state=${encodeURIComponent(state)}` : '');
  return [
    `<amp-iframe src="${esc(src)}" title="${esc(title)}" width="${EMBED_DEFAULT.width}" height="${EMBED_DEFAULT.height}" layout="responsive"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" resizable frameborder="0">`,
    `  <amp-img placeholder layout="fill" src="${esc(picture.src)}" alt="${esc(picture.alt)}"></amp-img>`,
    `  <button overflow type="button">Show the whole chart</button>`,
    `</amp-iframe>`,
  ].join('\n');
}

export interface SnippetOptions {
  theme: 'auto' | 'light' | 'dark';
  transparent: boolean;
  plain: boolean;
}

/** A snippet with the render options applied: a query on embed-page URLs, attributes on a script embed. */
export function withOptions(code: string, o: SnippetOptions): string {
  const query = [o.theme !== 'auto' ? `theme=${o.theme}` : '', o.transparent ? 'transparent' : '', o.plain ? 'plain' : ''].filter(Boolean).join('&');
  const attrs = [o.theme !== 'auto' ? ` data-theme="${o.theme}"` : '', o.transparent ? ' data-transparent' : '', o.plain ? ' data-plain' : ''].join('');
  return code
    .replace(/(src="[^"?]*\/embed\/[a-z0-9-]+\/)(\?[^"]*)?"/g, (_, url: string) => `${url}${query ? `?${query}` : ''}"`)
    .replace(/(<div data-launch-contest-chart="[a-z0-9-]+")[^>]*?(?=>)/g, (_, open: string) => `${open}${attrs}`);
}
