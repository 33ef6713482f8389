// Build time: the description of one chart that "Embed this chart" builds its snippets from
// (src/charts/embed-panel-model.ts), served as /embed-code/<chart-id>.json for the story's panel.
import type { EmbedCodeData } from '../charts/embed-panel-model';
import { getChart } from '../charts/registry';
import { site } from '../data/site';
import { plainPicture } from '../images/plain-images';

export function embedCodeData(chart: string, siteUrl: URL | undefined): EmbedCodeData {
  const def = getChart(chart);
  const pictures: EmbedCodeData['pictures'] = { '': plainPicture(chart, undefined, siteUrl) };
  for (const s of def.states) pictures[s.id] = plainPicture(chart, s.id, siteUrl);
  return {
    chart,
    title: site().chartCopy.get(chart)!.title,
    site: siteUrl?.href ?? null,
    states: def.states.map((s) => ({ id: s.id, label: s.label })),
    pictures,
  };
}
