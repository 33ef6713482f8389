// Every number the prose may cite, derived from the checked datasets and named by a dotted key,
// so a sentence and a chart can never disagree. `<Fact of="nssl.spacex.missions" />` renders one.
import type { Datasets } from './load';
import { formatDate, formatMonth, formatProseValue, formatTimes, formatValue, type MoneyStyle, type Unit } from './format';

export interface Fact {
  value: number | string;
  unit: Unit | 'date' | 'text';
  /** ids of sources in sources.json */
  sources: string[];
}

export function buildFacts({ nssl, falcon, newGlenn, events }: Datasets): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const put = (key: string, value: number | string, unit: Fact['unit'], sources: string[]) => facts.set(key, { value, unit, sources });

  const totalMissions = nssl.providers.reduce((s, p) => s + p.missions, 0);
  const totalValue = nssl.providers.reduce((s, p) => s + p.valueUsdMillions, 0);
  put('nssl.total.missions', totalMissions, 'count', nssl.sources);
  put('nssl.total.value', totalValue, 'usd-millions', nssl.sources);
  put('nssl.announced', nssl.announced, 'date', nssl.sources);
  put('nssl.firstYear', nssl.launchYears[0], 'year', nssl.sources);
  put('nssl.lastYear', nssl.launchYears[1], 'year', nssl.sources);
  for (const p of nssl.providers) {
    put(`nssl.${p.id}.missions`, p.missions, 'count', [p.source]);
    put(`nssl.${p.id}.value`, p.valueUsdMillions, 'usd-millions', [p.source]);
    put(`nssl.${p.id}.perMission`, p.valueUsdMillions / p.missions, 'usd-millions', [p.source]);
    put(`nssl.${p.id}.share`, p.missions / totalMissions, 'percent', [p.source]);
  }
  for (const [id, n] of Object.entries(nssl.previousRound.missions)) {
    // The round's final tally was counted years after the 2020 announcement, by another outlet.
    put(`nssl.phase2.${id}.missions`, n, 'count', [nssl.previousRound.missionsSource ?? nssl.previousRound.source]);
  }

  for (const [id, share] of Object.entries(nssl.previousRound.shares)) {
    put(`nssl.phase2.${id}.share`, share, 'percent', [nssl.previousRound.source]);
  }
  for (const a of nssl.reportedAlternatives) put(`nssl.reported.${a.id}`, a.valueUsdMillions, 'usd-millions', [a.source]);

  for (const y of falcon.years) put(`falcon.${y.year}`, y.launches, 'count', y.source ? [y.source] : falcon.sources);
  const firstFlown = falcon.years.find((y) => y.launches > 0);
  if (firstFlown) put('falcon.firstYear', firstFlown.year, 'year', falcon.sources);
  for (const e of falcon.expectations) {
    put(`falcon.expected.${e.year}`, e.launches, 'count', [e.source]);
    put(`falcon.expected.${e.year}.claimedOn`, e.claimedOn, 'date', [e.source]);
  }

  const flightsIn = (year: number) => newGlenn.flights.filter((f) => f.date.startsWith(String(year))).length;
  for (const f of newGlenn.flights) {
    put(`newGlenn.${f.flight}.date`, f.date, 'date', [f.source]);
    if (f.plannedFor) put(`newGlenn.${f.flight}.plannedFor`, f.plannedFor, 'text', [f.source]);
    if (f.postponedTo) put(`newGlenn.${f.flight}.postponedTo`, f.postponedTo, 'text', [f.source]);
    if (f.noEarlierThan) put(`newGlenn.${f.flight}.noEarlierThan`, f.noEarlierThan, 'date', [f.postponedSource ?? f.source]);
    if (f.postponedOn) put(`newGlenn.${f.flight}.postponedOn`, f.postponedOn, 'date', [f.postponedSource ?? f.source]);
  }
  // What was known on the story's date cites only the reports of the flights flown by then.
  const flownByStory = newGlenn.flights.filter((f) => f.date <= newGlenn.storyDate);
  put('newGlenn.flights.byStoryDate', flownByStory.length, 'count', [...new Set(flownByStory.map((f) => f.source))]);
  put('newGlenn.flights.2025', flightsIn(2025), 'count', newGlenn.sources);
  put('newGlenn.certification.required', newGlenn.certification.flightsRequired, 'count', [newGlenn.certification.source]);
  put('newGlenn.certification.flown', newGlenn.certification.flownByEndOf2025, 'count', [newGlenn.certification.source]);
  put('newGlenn.certification.remaining', Math.max(0, newGlenn.certification.flightsRequired - newGlenn.certification.flownByEndOf2025), 'count', [newGlenn.certification.source]);

  const falcon2025 = falcon.years.find((y) => y.year === 2025);
  if (falcon2025 && flightsIn(2025) > 0) {
    put('cadence.falconPerNewGlenn.2025', falcon2025.launches / flightsIn(2025), 'ratio', [...falcon.sources, ...newGlenn.sources]);
  }
  for (const e of events.events) {
    put(`event.${e.id}`, e.date, 'date', [e.source]);
    if (e.value !== undefined && e.unit) put(`event.${e.id}.value`, e.value, e.unit, [e.source]);
    if (e.against !== undefined) put(`event.${e.id}.against`, e.against, 'count', [e.source]);
  }
  return facts;
}

/** A fact in digits, as chart labels and tables show it. */
export function formatFact(fact: Fact, style: MoneyStyle = 'long'): string {
  if (fact.unit === 'date') return formatDate(String(fact.value));
  if (fact.unit === 'text') return String(fact.value);
  return formatValue(Number(fact.value), fact.unit, style);
}

/** How a fact reads in running text: `words` (the default: one to nine spelled out), `digits`,
    `times` ("once", "twice", "three times") or `month` (a date shown as its month). */
export type ProseForm = 'words' | 'digits' | 'times' | 'month';
export const proseForms: readonly ProseForm[] = ['words', 'digits', 'times', 'month'];

export function formatProseFact(fact: Fact, { style = 'long', as = 'words' }: { style?: MoneyStyle; as?: ProseForm } = {}): string {
  if (as === 'month') {
    if (fact.unit !== 'date') throw new Error(`as="month" needs a date fact, got a fact in unit "${fact.unit}"`);
    return formatMonth(String(fact.value));
  }
  if (as === 'times') {
    if (fact.unit !== 'count') throw new Error(`as="times" needs a count, got a fact in unit "${fact.unit}"`);
    return formatTimes(Number(fact.value));
  }
  if (as === 'digits' || fact.unit === 'date' || fact.unit === 'text') return formatFact(fact, style);
  return formatProseValue(Number(fact.value), fact.unit, style);
}

export function lookupFact(facts: Map<string, Fact>, key: string): Fact {
  const fact = facts.get(key);
  if (!fact) {
    const near = [...facts.keys()].filter((k) => k.split('.')[0] === key.split('.')[0]).slice(0, 12);
    throw new Error(`Unknown fact "${key}". Facts with that prefix: ${near.join(', ') || '(none)'}`);
  }
  return fact;
}

const moneyStyles: readonly MoneyStyle[] = ['long', 'short', 'precise'];

/** What `<Fact of={of} as={as} style={style} />` prints, checked: the story's figures and the share
    pages' words go through this one function, so they cannot disagree. Errors name the tag. */
export function proseFact(facts: Map<string, Fact>, of: string, { style = 'long', as = 'words' }: { style?: string; as?: string } = {}): { fact: Fact; text: string } {
  const tag = `<Fact of="${of}"${as === 'words' ? '' : ` as="${as}"`}${style === 'long' ? '' : ` style="${style}"`}>`;
  if (!proseForms.includes(as as ProseForm)) throw new Error(`${tag}: "as" must be one of ${proseForms.join(', ')}`);
  if (!moneyStyles.includes(style as MoneyStyle)) throw new Error(`${tag}: "style" must be one of ${moneyStyles.join(', ')}`);
  let fact: Fact;
  try {
    fact = lookupFact(facts, of);
    return { fact, text: formatProseFact(fact, { style: style as MoneyStyle, as: as as ProseForm }) };
  } catch (err) {
    throw new Error(`${tag}: ${(err as Error).message}`);
  }
}
