// Everything a page needs from content/, read and checked once per build.
import { datasets } from './load';
import { buildFacts } from './facts';
import { loadChartCopy, loadStoryMeta } from './copy';
import { chartIds, getChart } from '../charts/registry';
import { requireState } from '../charts/scene';

let cached: ReturnType<typeof build> | undefined;

function build() {
  const data = datasets();
  const facts = buildFacts(data);
  const story = loadStoryMeta(facts);
  checkShareCard(story.shareCard);
  return {
    data,
    facts,
    story,
    chartCopy: loadChartCopy(facts, chartIds),
    /** the story's last change: its newest dated update or correction, else its publication */
    modified: [story.published, ...data.updates.entries.map((e) => e.date)].sort().at(-1)!,
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
    /** each chart's shaped data, computed once per build and shared by every page and image */
    shaped: memo((id: string) => getChart(id).shape(data)),
  };
}

export function site() {
  cached ??= build();
  return cached;
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key)!;
  };
}

/** The share card must name a chart and one of its states: otherwise stop, naming the file and field. */
export function checkShareCard({ chart, state }: { chart: string; state: string }): void {
  const at = 'content/story.json, field "shareCard"';
  if (!chartIds.includes(chart)) throw new Error(`${at}: "${chart}" is not a chart; the charts are ${chartIds.join(', ')}`);
  requireState(getChart(chart), state, at);
}
