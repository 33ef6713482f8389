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
const newGlenn = json('new-glenn-launches.json') as { storyDate: string; flights: { flight: string; date: string; source: string }[] };
const falcon = json('falcon-launches.json') as { years: { year: number; launches: number; countedAfterStory?: boolean; source?: string }[] };
const sources = (json('sources.json') as { sources: { id: string; title: string; publisher: string; date: string }[] }).sources;

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
  // The reports of those later facts, by title, and by publisher where that outlet is cited for nothing
  // earlier (a source line names publishers only).
  ...laterReports().map((s) => new RegExp(escapeRegExp(s))),
];

function laterReports(): string[] {
  const ids = new Set([
    ...falcon.years.filter((y) => y.countedAfterStory && y.source).map((y) => y.source!),
    ...newGlenn.flights.filter((f) => f.date > storyDate).map((f) => f.source),
  ]);
  const later = sources.filter((s) => ids.has(s.id) && s.date > storyDate);
  const earlyPublishers = new Set(sources.filter((s) => s.date <= storyDate).map((s) => s.publisher));
  return later.flatMap((s) => [s.title.replace(/^\[|\]$/g, ''), ...(earlyPublishers.has(s.publisher) ? [] : [s.publisher])]);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sentences that went beyond their sources (issue 17): who placed the calls, "the only U.S. crew
 * spacecraft", "for five years", opinions with no source, claims no checked source carries, and
 * "stakes" that were already settled. Reader copy never says them again.
 */
export const beyondSources: RegExp[] = [
  /\bBezos called Trump\b/i,
  /\bcalls the president takes\b/i,
  /\bthe only U\.?S\.? crew spacecraft\b/i,
  /\bfor five years\b/i,
  /\bNothing in the award suggests\b/i,
  /\bNone of this changes the award\b/i,
  /\bPostal Service\b/i,
  /\baccounts of the Journal[’']s report\b/i,
  /\bOther ties followed\b/i,
  /\bThe stakes are large\b/i,
];

/** Talk about the account itself rather than the news: reader copy has none of it. */
export const processTalk: RegExp[] = [
  /\bThe account above\b/i,
  /\bThe account now\b/i,
  /\beach figure in the text\b/i,
  /\bTitles in square brackets\b/i,
  /\blisted (at|below|at the end)\b/i,
  /\bdated in [“"]?What happened next\b/i,
];

export function beyondSourcesIn(text: string): string[] {
  return matches([...beyondSources, ...processTalk], text);
}

export function laterFactsIn(text: string): string[] {
  return matches(laterFacts, text);
}

/** Words as a reader counts them: runs of non-space that hold a letter or a digit ("$5.9", "2027–2032"). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
