// Every step of the story, for its share page and card: id, chart, state, and the words a reader
// sees at that step. The MDX plugin (src/scrolly/mdx-steps.mjs) writes each step's words down as
// it compiles the chapters (text, with each <Fact> as a key); here the facts are resolved through
// src/data/facts.ts as <Fact> prints them. Nothing is rendered twice, and a source pop-up, a
// button or a hidden part never reaches a share page: they are not among the step's words.
import { getCollection, render } from 'astro:content';
import { chartIds, getChart } from '../charts/registry';
import { requireState } from '../charts/scene';
import { site } from '../data/site';
import { stepId } from '../lib/step-id';
import { stepText, type StepWords } from './step-words';

export interface StoryStep {
  /** "<chart-id>--<state-id>", the step's id in the story */
  id: string;
  chart: string;
  state: string;
  stateLabel: string;
  chartTitle: string;
  /** what the reader reads at this step, whitespace squashed */
  text: string;
}

function describe({ chart, state, words }: StepWords, at: string): StoryStep {
  if (!chartIds.includes(chart)) throw new Error(`${at}: <Scrolly chart="${chart}">: no such chart; the charts are ${chartIds.join(', ')}`);
  const s = requireState(getChart(chart), state, `${at}: <Step state>`);
  let text: string;
  try {
    text = stepText(words);
  } catch (err) {
    throw new Error(`${at}: <Step state="${state}">: ${(err as Error).message}`);
  }
  if (!text) throw new Error(`${at}: <Step state="${state}"> has no words to share`);
  return { id: stepId(chart, state), chart, state, stateLabel: s.label, chartTitle: site().chartCopy.get(chart)?.title ?? chart, text };
}

async function fromChapters(): Promise<StoryStep[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const steps: StoryStep[] = [];
  for (const chapter of chapters) {
    // render() loads the compiled chapter; its Content is never rendered here.
    const { remarkPluginFrontmatter } = await render(chapter);
    const words = (remarkPluginFrontmatter.stepWords ?? []) as StepWords[];
    const at = chapter.filePath ?? chapter.id;
    for (const w of words) steps.push(describe(w, at));
  }
  if (steps.length === 0) throw new Error('share pages: the MDX plugin reported no steps in content/chapters (is src/scrolly/mdx-steps.mjs in astro.config.mjs?)');
  return steps;
}

let cached: Promise<StoryStep[]> | undefined;

/** The story's steps in reading order, each once. */
export function storySteps(): Promise<StoryStep[]> {
  cached ??= fromChapters();
  return cached;
}

/** A description of at most `max` characters, cut at a word. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
