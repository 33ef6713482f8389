// Everything a page needs from content/, read and checked once per build.
import { datasets } from './load';
import { buildFacts } from './facts';
import { loadChartCopy, loadStoryMeta } from './copy';
import { chartIds } from '../charts/registry';

let cached: ReturnType<typeof build> | undefined;

function build() {
  const data = datasets();
  const facts = buildFacts(data);
  return {
    data,
    facts,
    story: loadStoryMeta(facts),
    chartCopy: loadChartCopy(facts, chartIds),
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
  };
}

export function site() {
  cached ??= build();
  return cached;
}
