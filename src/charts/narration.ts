// Step narration: each step carries its chart's state as one short sentence, read in reading order
// at the top of the step ("Chart, step 2 of 6: SpaceX has 28 of the 54 missions"), and announced in
// the chart's live region once the reader settles on it ("Step 2 of 6: …"). The sentence is the
// scene's `summary`, written by the chart's layout from the same data as its description.

/** Words as a reader hears them: runs of non-space characters. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The most a step's narration may run, prefix included (issue #18). */
export const MAX_NARRATION_WORDS = 25;

/** "Chart, step 2 of 6: SpaceX has 28 of the 54 missions." (`index` counts from 0) */
export function stepNarration(index: number, count: number, summary: string): string {
  return `Chart, step ${index + 1} of ${count}: ${sentence(summary)}`;
}

/** What the live region says when the reader settles on a step: "Step 2 of 6: …" */
export function stepAnnouncement(index: number, count: number, summary: string): string {
  return `Step ${index + 1} of ${count}: ${sentence(summary)}`;
}

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
