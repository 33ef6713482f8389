// "Embed this chart": which snippets the panel offers, built from one small description of a chart
// (its title, states and plain pictures, src/embed/embed-code-data.ts). The same function fills the
// story's panel in the browser on first open (src/embed/embed-panel-lazy.ts) and the no-JS page
// /embed-code/<chart-id>/ at build time, so both show the code the functions in embed-snippet.ts write.
import { ampSnippet, embedSnippet, imageSnippet, scriptSnippet, scrollySnippet, type PlainPicture } from './embed-snippet';

export interface EmbedCodeData {
  chart: string;
  title: string;
  /** the site's URL (SITE_URL), or null where none is configured */
  site: string | null;
  /** every state of the chart, in order */
  states: { id: string; label: string }[];
  /** the plain picture of each state by id, and of the chart as a whole (its final state) under "" */
  pictures: Record<string, PlainPicture>;
}

export interface PanelSnippet {
  key: 'plain' | 'scrolly' | 'script' | 'image' | 'amp';
  code: string;
  rows: number;
  label: string;
}

/**
 * The panel's five snippets. With a block's states, the scrolly snippet reproduces that block and the
 * pictures show its last state (so they stay in the block's time frame); without, the whole chart.
 */
export function panelSnippets(d: EmbedCodeData, blockStates?: readonly string[]): PanelSnippet[] {
  const { chart, title } = d;
  const site = d.site ? new URL(d.site) : undefined;
  const shown = blockStates?.length
    ? blockStates.map((id) => {
        const s = d.states.find((x) => x.id === id);
        if (!s) throw new Error(`Embed panel of "${chart}": no state "${id}"`);
        return s;
      })
    : d.states;
  const last = blockStates?.length ? shown[shown.length - 1]!.id : undefined;
  const picture = d.pictures[last ?? ''];
  if (!picture) throw new Error(`Embed panel of "${chart}": no picture for "${last ?? '(chart)'}"`);
  return [
    { key: 'plain', code: embedSnippet(chart, title, site), rows: 4, label: 'Paste this into your page; the chart keeps itself at the right height.' },
    {
      key: 'scrolly',
      code: scrollySnippet(chart, title, shown, site),
      rows: 8,
      label:
        'Or tell the story with your own paragraphs: each one marked with data-chart-step shows its view of the chart as your readers scroll past it, with the chart pinned above.',
    },
    {
      key: 'script',
      code: scriptSnippet(chart, picture.alt, picture, site, last),
      rows: 5,
      label:
        'Or draw the chart in your own page, without an iframe (your Content Security Policy must allow our scripts). Add data-font="inherit" to set it in your text font.',
    },
    { key: 'image', code: imageSnippet(chart, picture, site, last), rows: 4, label: 'Where no script runs (newsletters, RSS): the chart as a picture that links here.' },
    { key: 'amp', code: ampSnippet(chart, title, picture, site, last), rows: 6, label: 'On AMP pages (needs the amp-iframe component).' },
  ];
}

/** The id of one snippet's textarea: unique per chart, block ("" or "-2"…) and snippet. */
export const snippetId = (chart: string, instance: string, key: string) => `embed-code-${chart}${instance}-${key}`;

/** The file the story's panel reads its description from (under the base). */
export const embedCodePaths = {
  data: (chart: string) => `embed-code/${chart}.json`,
  page: (chart: string) => `embed-code/${chart}/`,
};
