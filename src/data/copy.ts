// Copy that lives outside the chapters: the story's headline block and each chart's title and caption.
// Numbers in it are written as {fact.key} and filled from the data, like <Fact> in the chapters.
// Running text (dek, takeaways, captions) follows the house style: {key} spells out one to nine, and
// {key:times} reads "once", "twice"; headlines and chart titles keep digits. {key:digits} forces digits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseDataFile } from './validate';
import { formatFact, formatProseFact, lookupFact, proseForms, type Fact, type ProseForm } from './facts';

export const storySchema = z.strictObject({
  /** the small line above the headline */
  kicker: z.string().min(1).max(40),
  headline: z.string().min(1),
  /** a few words for the reader bar: on a 320px phone it shares one line with the chapter menu */
  shortTitle: z.string().min(1).max(14, 'expected at most 14 characters: the reader bar shares a phone’s width with the chapter menu'),
  dek: z.string().min(1),
  attribution: z.string().min(1),
  describes: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  publisher: z.string().min(1),
  language: z.string().min(2),
  /** the chart and state beside the headline on the story's share card (images/share.png) */
  shareCard: z.strictObject({ chart: z.string().min(1), state: z.string().min(1) }),
  /** the page that lists every source (src/pages/sources.astro), where each figure links */
  sourcesPage: z.strictObject({ title: z.string().min(1), dek: z.string().min(1) }),
});

export const chartCopySchema = z.strictObject({
  charts: z.array(
    z.strictObject({
      id: z.string().min(1),
      title: z.string().min(1),
      takeaway: z.string().min(1),
      caption: z.string().min(1),
    }),
  ),
});

export type StoryMeta = z.infer<typeof storySchema>;
export type ChartCopy = z.infer<typeof chartCopySchema>['charts'][number];

export type Register = 'prose' | 'digits';

export function fillFacts(text: string, facts: Map<string, Fact>, register: Register = 'digits'): string {
  return text.replace(/\{([a-zA-Z0-9.-]+)(?::([a-z]+))?\}/g, (_, key: string, form: string | undefined) => {
    const fact = lookupFact(facts, key);
    if (form !== undefined && !proseForms.includes(form as ProseForm)) {
      throw new Error(`Unknown form "{${key}:${form}}": use one of ${proseForms.join(', ')}`);
    }
    if (form === undefined && register === 'digits') return formatFact(fact);
    return formatProseFact(fact, { as: (form as ProseForm | undefined) ?? 'words' });
  });
}

const dir = join(process.cwd(), 'content');

/** fillFacts, with a failure naming the file and field, so a bad {key} in copy says where it is. */
function fillIn(file: string, where: string, text: string, facts: Map<string, Fact>, register: Register): string {
  try {
    return fillFacts(text, facts, register);
  } catch (err) {
    throw new Error(`${file}: ${where}: ${(err as Error).message}`);
  }
}

export function loadStoryMeta(facts: Map<string, Fact>): StoryMeta {
  const meta = parseDataFile('content/story.json', readFileSync(join(dir, 'story.json'), 'utf8'), storySchema);
  const file = 'content/story.json';
  return {
    ...meta,
    headline: fillIn(file, 'field "headline"', meta.headline, facts, 'digits'),
    shortTitle: fillIn(file, 'field "shortTitle"', meta.shortTitle, facts, 'digits'),
    dek: fillIn(file, 'field "dek"', meta.dek, facts, 'prose'),
    attribution: fillIn(file, 'field "attribution"', meta.attribution, facts, 'prose'),
  };
}

export function loadChartCopy(facts: Map<string, Fact>, chartIds: string[]): Map<string, ChartCopy> {
  const file = 'content/charts.json';
  const { charts } = parseDataFile(file, readFileSync(join(dir, 'charts.json'), 'utf8'), chartCopySchema);
  const byId = new Map(
    charts.map((c, i) => {
      const at = (field: string) => `charts[${i}] (id ${c.id}), field "${field}"`;
      return [
        c.id,
        {
          ...c,
          title: fillIn(file, at('title'), c.title, facts, 'digits'),
          takeaway: fillIn(file, at('takeaway'), c.takeaway, facts, 'prose'),
          caption: fillIn(file, at('caption'), c.caption, facts, 'prose'),
        },
      ] as const;
    }),
  );
  const missing = chartIds.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`${file}: no copy for chart(s) ${missing.join(', ')} (each chart needs a title, takeaway and caption)`);
  return byId;
}
