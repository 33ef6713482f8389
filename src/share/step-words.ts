// A step's words as the MDX plugin (src/scrolly/mdx-steps.mjs) writes them down while it compiles
// a chapter, and the text they read as: each <Fact> printed as <Fact> prints it (src/data/facts.ts).
// Pure: no Astro module, so unit tests can use it.
import { proseFact, type Fact } from '../data/facts';
import { site } from '../data/site';

/** Text, or the key and options of a <Fact>. */
export type StepWord = string | { fact: string; as?: string; style?: string };

export interface StepWords {
  chart: string;
  state: string;
  words: StepWord[];
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a reader reads at a step, whitespace squashed. */
export function stepText(words: readonly StepWord[], facts: Map<string, Fact> = site().facts): string {
  return squash(words.map((w) => (typeof w === 'string' ? w : proseFact(facts, w.fact, w).text)).join(''));
}
