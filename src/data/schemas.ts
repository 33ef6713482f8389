// One schema per data file in content/data. The build and the unit tests run the same checks,
// so a bad figure fails the build before it can reach a chart or a sentence.
import { z } from 'astro/zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD');
const count = z.number().int('expected a whole number').nonnegative('expected zero or more, not a negative count');
const sourceId = z.string().min(1, 'expected the id of a source listed in sources.json');
const year = z.number().int('expected a whole year').min(1950).max(2100);

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDate,
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: z.string().optional(),
});

export const sourcesFileSchema = z
  .strictObject({ sources: z.array(sourceSchema).min(1) })
  .superRefine(uniqueBy('sources', (s) => s.id, 'id'));


export const nsslSchema = z.strictObject({
  title: z.string().min(1),
  announced: isoDay,
  announcedBy: z.string().min(1),
  launchYears: z.tuple([year, year]),
  sources: z.array(sourceId).min(1),
  note: z.string().optional(),
  providers: z
    .array(
      z.strictObject({
        // The companies are the data's: the chart's states name them, and say so if one is missing.
        id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens'),
        name: z.string().min(1),
        shortName: z.string().optional(),
        missions: count.min(1, 'expected at least one mission'),
        valueUsdMillions: z.number().positive('expected a positive dollar value'),
        inArticle: z.boolean(),
        source: sourceId,
        note: z.string().optional(),
      }),
    )
    .length(3, 'expected the three providers of the award'),
  reportedAlternatives: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      what: z.string().min(1),
      valueUsdMillions: z.number().positive('expected a positive dollar value'),
      source: sourceId,
    }),
  ),
  previousRound: z.strictObject({
    name: z.string(),
    announced: isoDay,
    missions: z.record(z.string(), count),
    shares: z.record(z.string(), z.number().min(0).max(1, 'expected a share between 0 and 1')),
    source: sourceId,
    /** who counted the round's final missions, when that is not the announcement's source */
    missionsSource: sourceId.optional(),
  }),
}).superRefine(uniqueBy('providers', (p) => p.id, 'id'));

export const falconSchema = z
  .strictObject({
    title: z.string().min(1),
    sources: z.array(sourceId).min(1),
    note: z.string().optional(),
    years: z
      .array(
        z.strictObject({
          year,
          launches: count,
          countedAfterStory: z.boolean().optional(),
          /** the report this year's count comes from, when it is not the list's own sources */
          source: sourceId.optional(),
          note: z.string().optional(),
        }),
      )
      .min(1),
    expectations: z.array(
      z.strictObject({
        year,
        launches: count,
        claimedBy: z.string().min(1),
        claimedOn: isoDay,
        source: sourceId,
        articleSays: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
  })
  .superRefine(uniqueBy('years', (y) => y.year, 'year'))
  .superRefine((value, ctx) => {
    // A per-year chart needs every year: a gap would silently squeeze the axis.
    const years = value.years.map((y) => y.year);
    years.forEach((year, i) => {
      const prev = years[i - 1];
      if (i > 0 && prev !== undefined && year !== prev + 1) {
        ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: `years must run one after another in order: expected ${prev + 1} after ${prev}, got ${year}` });
      }
    });
  });

export const newGlennSchema = z
  .strictObject({
    title: z.string().min(1),
    sources: z.array(sourceId).min(1),
    storyDate: isoDay,
    flights: z
      .array(
        z.strictObject({
          flight: z.string().regex(/^NG-\d+$/, 'expected a flight name like NG-1'),
          date: isoDay,
          plannedFor: z.string().optional(),
          postponedOn: isoDay.optional(),
          postponedTo: z.string().optional(),
          /** the "no earlier than" date it was moved to, for prose dates */
          noEarlierThan: isoDay.optional(),
          /** who reported the postponement, when that is not the flight's source */
          postponedSource: sourceId.optional(),
          reachedOrbit: z.boolean(),
          boosterRecovered: z.boolean(),
          source: sourceId,
          note: z.string().optional(),
        }),
      )
      .min(1),
    certification: z.strictObject({
      flightsRequired: count,
      flownByEndOf2025: count,
      source: sourceId,
      confidence: z.enum(['confirmed', 'likely']),
    }),
  })
  .superRefine(uniqueBy('flights', (f) => f.flight, 'flight'));

export const eventLabelMax = 34;

export const eventsSchema = z
  .strictObject({
    title: z.string().min(1),
    events: z.array(
      z
        .strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/, 'expected an id of lowercase letters, digits and hyphens'),
          date: isoDate,
          what: z.string().min(1),
          value: z.number().nonnegative('expected zero or more').optional(),
          unit: z.enum(['count', 'usd-millions']).optional(),
          valueNote: z.string().optional(),
          /** a vote: the votes for it are its value (unit "count"), these the votes against */
          against: count.optional(),
          source: sourceId,
          /** the timeline lane; an event with a lane is drawn on the timeline chart */
          lane: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lane id of lowercase words joined by hyphens').optional(),
          /** the event's short chart label (digits allowed) */
          label: z.string().min(1, 'expected a short label').max(eventLabelMax, `expected a chart label of at most ${eventLabelMax} characters`).optional(),
        })
        .superRefine((e, ctx) => {
          if (e.lane && !e.label) ctx.addIssue({ code: 'custom', path: ['label'], message: `missing: an event with a lane ("${e.lane}") needs a short chart label` });
          if ((e.value === undefined) !== (e.unit === undefined)) {
            ctx.addIssue({ code: 'custom', path: [e.value === undefined ? 'value' : 'unit'], message: 'value and unit go together: give both or neither' });
          }
        }),
    ),
  })
  .superRefine(uniqueBy('events', (e) => e.id, 'id'));

/** content/data/updates.json: what changed since first publication, newest last, each dated. */
export const updatesSchema = z
  .strictObject({
    title: z.string().min(1),
    entries: z
      .array(
        z.strictObject({
          date: isoDay,
          kind: z.enum(['update', 'correction']),
          text: z.string().min(10, 'expected a sentence saying what changed'),
        }),
      )
      .min(1, 'expected at least one entry'),
  })
  .superRefine((value, ctx) => {
    value.entries.forEach((e, i) => {
      const prev = value.entries[i - 1];
      if (prev && e.date < prev.date) ctx.addIssue({ code: 'custom', path: ['entries', i, 'date'], message: `entries must run oldest first: ${e.date} comes after ${prev.date}` });
    });
  });

export type Source = z.infer<typeof sourceSchema>;
export type Nssl = z.infer<typeof nsslSchema>;
export type Provider = Nssl['providers'][number];
export type Events = z.infer<typeof eventsSchema>;
export type Falcon = z.infer<typeof falconSchema>;
export type NewGlenn = z.infer<typeof newGlennSchema>;
export type Updates = z.infer<typeof updatesSchema>;
/** A timeline lane's id: which lanes there are is the timeline chart's to say (its view.ts). */
export type EventLane = string;

/** A refinement that reports the second record whose key repeats an earlier one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function uniqueBy<K>(list: string, key: (item: any) => K, field: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const items = value[list] as unknown[];
    const seen = new Map<K, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [list, i, field],
          message: `duplicate ${field} ${JSON.stringify(k)}: already given in ${list}[${first}]`,
        });
      } else seen.set(k, i);
    });
  };
}
