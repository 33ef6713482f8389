// What the copy tests share: the house rules for reader copy (notes: ../shared/EDITORIAL.md) as
// patterns, the facts that post-date the June 2025 frame (read from the data files), and a word count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const json = (file: string) => JSON.parse(readFileSync(join(process.cwd(), 'content', 'data', file), 'utf8'));

/** Phrases that talk about the site, its files or its making. Reader copy never uses them. */
export const bannedPhrases: RegExp[] = [
  /source article/i,
  /\b(the|this|source|news|our) articles?\b/i,
  /\bin the article\b/i,
  /\bdata ?files?\b/i,
  /\bthis story\b/i,
  /\bthe story describes\b/i,
  /\bwe show\b/i,
  /\bscroll (on|down)\b/i,
  /\bcontent\//i,
  /\.(json|mdx|csv)\b/i,
  /\bfolders?\b/i,
  /\bthe project\b/i,
  /\bthis (site|page|explainer|project)\b/i,
  /\b[Ww]e (show|use|used|rate|chose|retell|did not|could not|found|draw|have)\b/,
  /\b[Oo]ur (data|files?|figures?|own words|charts?|sources?|arithmetic)\b/,
];

/** The one place the newsroom's standard wording may name the story itself. */
export const mayNameTheStory = /\bthis story\b/i;

/** Every match of the patterns, each with the words around it. */
function matches(patterns: RegExp[], text: string): string[] {
  return patterns.flatMap((re) =>
    [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => {
      const at = m.index ?? 0;
      return `${re} → “…${text.slice(Math.max(0, at - 60), at + m[0].length + 60).replace(/\s+/g, ' ')}…”`;
    }),
  );
}

export function bannedIn(text: string): string[] {
  return matches(bannedPhrases, text);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const newGlenn = json('new-glenn-launches.json') as { storyDate: string; flights: { flight: string; date: string }[] };
const falcon = json('falcon-launches.json') as { years: { year: number; launches: number; countedAfterStory?: boolean }[] };

/** The June 2025 frame: the story is told as of this date. */
export const storyDate = newGlenn.storyDate;

/** Facts that were not known in June 2025, as they would read in the copy. */
export const laterFacts: RegExp[] = [
  ...falcon.years.filter((y) => y.countedAfterStory).map((y) => new RegExp(`\\b${y.launches}\\b`)),
  ...newGlenn.flights
    .filter((f) => f.date > storyDate)
    .flatMap((f) => {
      const d = new Date(`${f.date}T00:00:00Z`);
      return [new RegExp(dayFormat.format(d)), new RegExp(monthFormat.format(d))];
    }),
  /\bDecember 2025\b/,
  /\bESCAPADE\b/,
  /\bbooster landed\b/i,
];

export function laterFactsIn(text: string): string[] {
  return matches(laterFacts, text);
}

/** Words as a reader counts them: runs of non-space that hold a letter or a digit ("$5.9", "2027–2032"). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
