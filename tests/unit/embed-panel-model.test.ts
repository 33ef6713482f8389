// "Embed this chart" is built in the browser from /embed-code/<chart-id>.json (src/embed/embed-code-data.ts)
// by panelSnippets (src/charts/embed-panel-model.ts). Its snippets must be exactly what the snippet
// functions write at build time for the same chart and block: checked for every chart of the
// registry, for the whole chart and for every run of its states a block could show.
import { describe, expect, it } from 'vitest';
import { chartIds, getChart } from '../../src/charts/registry';
import { ampSnippet, embedSnippet, imageSnippet, scriptSnippet, scrollySnippet } from '../../src/charts/embed-snippet';
import { panelSnippets } from '../../src/charts/embed-panel-model';
import { embedCodeData } from '../../src/embed/embed-code-data';
import { plainPicture } from '../../src/images/plain-images';
import { site } from '../../src/data/site';

const siteUrl = new URL('https://news.example.org');

describe.each(chartIds)('embed panel of %s', (chart) => {
  const def = getChart(chart);
  const title = site().chartCopy.get(chart)!.title;
  // what the browser gets: the file, parsed
  const data = JSON.parse(JSON.stringify(embedCodeData(chart, siteUrl)));
  const expected = (states?: string[]) => {
    const shown = states ? states.map((id) => def.states.find((s) => s.id === id)!) : def.states;
    const last = states?.at(-1);
    const picture = plainPicture(chart, last, siteUrl);
    return {
      plain: embedSnippet(chart, title, siteUrl),
      scrolly: scrollySnippet(chart, title, shown, siteUrl),
      script: scriptSnippet(chart, picture.alt, picture, siteUrl, last),
      image: imageSnippet(chart, picture, siteUrl, last),
      amp: ampSnippet(chart, title, picture, siteUrl, last),
    };
  };
  const codes = (states?: string[]) => Object.fromEntries(panelSnippets(data, states).map((s) => [s.key, s.code]));

  it('the whole chart: the same five snippets as the build-time functions', () => {
    expect(codes()).toEqual(expected());
    expect(codes().plain).toContain(siteUrl.origin);
  });

  it('every block a story could make of it (each run of its states): the same snippets', () => {
    const ids = def.states.map((s) => s.id);
    for (let from = 0; from < ids.length; from++) {
      for (let to = from + 1; to <= ids.length; to++) expect(codes(ids.slice(from, to))).toEqual(expected(ids.slice(from, to)));
    }
  });

  it('a state the chart does not have is refused, naming the chart', () => {
    expect(() => panelSnippets(data, ['no-such-state'])).toThrow(chart);
  });
});
