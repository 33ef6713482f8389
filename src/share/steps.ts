// Every step of the story, for its share page and card: id, chart, state, and the words a reader
// sees at that step. The text comes from the rendered chapters, read with a DOM parser (linkedom):
// each chapter's MDX is rendered with the story's components (Astro's container API),
// and the step's box is read as text. If a chapter cannot be rendered here (a component this module
// does not know), every state of every chart gets a step whose text is its label and the chart's
// takeaway, so share pages never break the build.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { parseHTML } from 'linkedom';
import { chartIds, getChart } from '../charts/registry';
import { requireState } from '../charts/scene';
import { site } from '../data/site';
import { parseStepId, stepId } from '../lib/step-id';

// The chapters' MDX components, by file name (Scrolly, Step, Fact…): the same components the story
// passes, found without naming them, so a component added later renders here too.
const componentModules = import.meta.glob<{ default: unknown }>('../components/*.astro', { eager: true });
const components = Object.fromEntries(
  Object.entries(componentModules).map(([path, m]) => [path.replace(/^.*\/(\w+)\.astro$/, '$1'), m.default]),
);

export interface StoryStep {
  /** "<chart-id>--<state-id>", the step's id in the story */
  id: string;
  chart: string;
  state: string;
  stateLabel: string;
  chartTitle: string;
  /** what the reader reads at this step (or, in the fallback, the state's label and the chart's takeaway) */
  text: string;
  source: 'chapters' | 'labels';
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function describe(chart: string, state: string, text: string | undefined): StoryStep | undefined {
  if (!chartIds.includes(chart)) return undefined;
  const def = getChart(chart);
  const s = requireState(def, state, `share pages: step #${stepId(chart, state)} in the rendered chapters`);
  const copy = site().chartCopy.get(chart);
  return {
    id: stepId(chart, state),
    chart,
    state,
    stateLabel: s.label,
    chartTitle: copy?.title ?? chart,
    text: text ?? squash(`${s.label}. ${copy?.takeaway ?? ''}`),
    source: text ? 'chapters' : 'labels',
  };
}

async function fromChapters(): Promise<StoryStep[]> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const steps: StoryStep[] = [];
  for (const chapter of chapters) {
    const { Content } = await render(chapter);
    const html = await container.renderToString(Content, { props: { components } });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    for (const el of document.querySelectorAll('[data-step][id]')) {
      const box = el.querySelector('.step__box');
      if (!box) continue;
      for (const tool of box.querySelectorAll('.step__tools')) tool.remove();
      const id = parseStepId(el.getAttribute('id'));
      const step = id ? describe(id.chart, id.state, squash(box.textContent ?? '')) : undefined;
      if (step) steps.push(step);
    }
  }
  if (steps.length === 0) throw new Error('no steps found in the rendered chapters');
  return steps;
}

let cached: Promise<StoryStep[]> | undefined;

/** The story's steps in reading order, each once. */
export function storySteps(): Promise<StoryStep[]> {
  // A share card without its step's words would mislead: if the chapters cannot be read, stop.
  cached ??= fromChapters().catch((error: unknown) => {
    throw new Error(`share pages: the steps' text could not be read from the rendered chapters: ${error instanceof Error ? error.message : String(error)}`);
  });
  return cached;
}

/** A description of at most `max` characters, cut at a word. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
