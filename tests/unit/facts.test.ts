// buildFacts names every number the prose may cite. Expected values are computed here from the
// raw JSON files, not taken from buildFacts itself.
import { describe, expect, it, vi } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { buildFacts, formatFact, formatProseFact, lookupFact } from '../../src/data/facts';
import { fillFacts, loadChartCopy } from '../../src/data/copy';
import { chartIds } from '../../src/charts/registry';
import { readRaw } from './helpers/data';

const facts = buildFacts(loadDatasets());
const nssl = readRaw('nssl-phase3-lane2.json');
const falcon = readRaw('falcon-launches.json');
const newGlenn = readRaw('new-glenn-launches.json');
const events = readRaw('events.json');
const sourceIds = new Set<string>(readRaw('sources.json').sources.map((s: { id: string }) => s.id));

interface RawProvider {
  id: string;
  missions: number;
  valueUsdMillions: number;
  source: string;
}
const providers: RawProvider[] = nssl.providers;
const value = (key: string) => lookupFact(facts, key).value;

describe('NSSL award facts', () => {
  it('total missions is the sum of the providers’ missions (54)', () => {
    const sum = providers.reduce((s, p) => s + p.missions, 0);
    expect(sum).toBe(54);
    expect(value('nssl.total.missions')).toBe(sum);
    expect(formatFact(lookupFact(facts, 'nssl.total.missions'))).toBe('54');
  });

  it('total value is the sum of the providers’ values, which reads as the $13.7 billion the note uses', () => {
    const sum = providers.reduce((s, p) => s + p.valueUsdMillions, 0);
    expect(value('nssl.total.value')).toBe(sum);
    expect(nssl.note).toContain('$13.7 billion');
    expect(formatFact(lookupFact(facts, 'nssl.total.value'))).toBe('$13.7 billion');
  });

  it.each(providers.map((p) => [p.id, p] as const))('%s: missions, value, per-mission and share', (id, p) => {
    const total = providers.reduce((s, q) => s + q.missions, 0);
    expect(value(`nssl.${id}.missions`)).toBe(p.missions);
    expect(value(`nssl.${id}.value`)).toBe(p.valueUsdMillions);
    expect(value(`nssl.${id}.perMission`)).toBeCloseTo(p.valueUsdMillions / p.missions, 10);
    expect(value(`nssl.${id}.share`)).toBeCloseTo(p.missions / total, 10);
    expect(lookupFact(facts, `nssl.${id}.missions`).sources).toEqual([p.source]);
  });

  it('formats the values as the prose cites them', () => {
    expect(formatFact(lookupFact(facts, 'nssl.spacex.value'))).toBe('$5.9 billion');
    expect(formatFact(lookupFact(facts, 'nssl.spacex.perMission'))).toBe('$211 million');
    expect(formatFact(lookupFact(facts, 'nssl.spacex.share'))).toBe(`${Math.round((28 / 54) * 100)}%`);
    expect(formatFact(lookupFact(facts, 'nssl.firstYear'))).toBe(String(nssl.launchYears[0]));
    expect(formatFact(lookupFact(facts, 'nssl.lastYear'))).toBe(String(nssl.launchYears[1]));
    expect(formatFact(lookupFact(facts, 'nssl.announced'))).toBe('4 April 2025');
    expect(nssl.announced).toBe('2025-04-04');
  });

  it('ULA’s value in the precise style, as chapter 07 cites it ("we use $5.36 billion")', () => {
    const ula = providers.find((p) => p.id === 'ula')!;
    expect(ula.valueUsdMillions).toBe(5360);
    expect(formatFact(lookupFact(facts, 'nssl.ula.value'), 'precise')).toBe('$5.36 billion');
  });

  it('the previous round and the reported alternatives', () => {
    for (const [id, n] of Object.entries(nssl.previousRound.missions)) expect(value(`nssl.phase2.${id}.missions`)).toBe(n);
    for (const [id, s] of Object.entries(nssl.previousRound.shares)) expect(value(`nssl.phase2.${id}.share`)).toBe(s);
    for (const a of nssl.reportedAlternatives) expect(value(`nssl.reported.${a.id}`)).toBe(a.valueUsdMillions);
  });
});

describe('launch facts', () => {
  it('one fact per Falcon year and per expectation', () => {
    for (const y of falcon.years) expect(value(`falcon.${y.year}`)).toBe(y.launches);
    for (const e of falcon.expectations) expect(value(`falcon.expected.${e.year}`)).toBe(e.launches);
    expect(value('falcon.expected.2025')).toBe(170);
  });

  it('New Glenn flights in 2025, certification, and the Falcon-per-New-Glenn ratio', () => {
    const ng2025 = newGlenn.flights.filter((f: { date: string }) => f.date.startsWith('2025')).length;
    const f2025 = falcon.years.find((y: { year: number }) => y.year === 2025).launches;
    expect(value('newGlenn.flights.2025')).toBe(ng2025);
    expect(value('newGlenn.certification.required')).toBe(newGlenn.certification.flightsRequired);
    expect(value('newGlenn.certification.flown')).toBe(newGlenn.certification.flownByEndOf2025);
    expect(value('cadence.falconPerNewGlenn.2025')).toBeCloseTo(f2025 / ng2025, 10);
    for (const f of newGlenn.flights) expect(formatFact(lookupFact(facts, `newGlenn.${f.flight}.date`))).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(formatFact(lookupFact(facts, 'newGlenn.NG-1.date'))).toBe('16 January 2025');
  });

  it('events: a date fact each, and a value fact where a value and unit are given', () => {
    for (const e of events.events) {
      expect(value(`event.${e.id}`)).toBe(e.date);
      if (e.value !== undefined && e.unit) expect(lookupFact(facts, `event.${e.id}.value`)).toMatchObject({ value: e.value, unit: e.unit });
      else expect(facts.has(`event.${e.id}.value`)).toBe(false);
    }
    expect(formatFact(lookupFact(facts, 'event.melania-documentary.value'))).toBe('$40 million');
    expect(formatFact(lookupFact(facts, 'event.bezos-calls'))).toBe('June 2025');
  });
});

describe('every fact', () => {
  it('cites at least one source, and only sources listed in sources.json', () => {
    expect(facts.size).toBeGreaterThan(40);
    for (const [key, fact] of facts) {
      expect(fact.sources.length, key).toBeGreaterThan(0);
      for (const s of fact.sources) expect(sourceIds, `${key} cites ${s}`).toContain(s);
    }
  });

  it('formats to a non-empty string without NaN or undefined', () => {
    for (const [key, fact] of facts) {
      const text = formatFact(fact);
      expect(text, key).not.toBe('');
      expect(text, key).not.toMatch(/NaN|undefined|Infinity/);
    }
  });
});

describe('facts in running text', () => {
  it('spell out one to nine, keep digits from 10, and read "once"/"twice" on request', () => {
    expect(formatProseFact(lookupFact(facts, 'nssl.blue-origin.missions'))).toBe('seven');
    expect(formatProseFact(lookupFact(facts, 'nssl.spacex.missions'))).toBe('28');
    expect(formatProseFact(lookupFact(facts, 'nssl.blue-origin.missions'), { as: 'digits' })).toBe('7');
    expect(formatProseFact(lookupFact(facts, 'event.bezos-calls.value'), { as: 'times' })).toBe('twice');
    expect(formatProseFact(lookupFact(facts, 'newGlenn.flights.byStoryDate'), { as: 'times' })).toBe('once');
    expect(formatProseFact(lookupFact(facts, 'event.wsj-report'))).toBe('25 June 2025');
    expect(formatProseFact(lookupFact(facts, 'event.wsj-report'), { as: 'month' })).toBe('June 2025');
  });

  it('refuse a form that does not fit the fact', () => {
    expect(() => formatProseFact(lookupFact(facts, 'event.wsj-report'), { as: 'times' })).toThrow(/needs a count/);
    expect(() => formatProseFact(lookupFact(facts, 'nssl.total.value'), { as: 'month' })).toThrow(/needs a date/);
  });

  it('templates: digits by default, prose on request, and forms by name', () => {
    expect(fillFacts('{nssl.blue-origin.missions}', facts)).toBe('7');
    expect(fillFacts('{nssl.blue-origin.missions}', facts, 'prose')).toBe('seven');
    expect(fillFacts('at least {event.bezos-calls.value:times}', facts)).toBe('at least twice');
    expect(fillFacts('{nssl.blue-origin.missions:digits}', facts, 'prose')).toBe('7');
    expect(() => fillFacts('{nssl.blue-origin.missions:roman}', facts)).toThrow(/Unknown form.*words, digits, times, month/);
  });

  it('a bad {key} in the copy files names the file and the field', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    const cwd = process.cwd();
    try {
      cpSync(join(cwd, 'content'), join(dir, 'content'), { recursive: true });
      const path = join(dir, 'content', 'charts.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('{nssl.ula.missions}', '{nssl.ula.misions}'));
      process.chdir(dir);
      vi.resetModules();
      const fresh = await import('../../src/data/copy');
      const index = (JSON.parse(readFileSync(path, 'utf8')).charts as { id: string; takeaway: string }[]).findIndex((c) => c.takeaway.includes('{nssl.ula.misions}'));
      expect(index).toBeGreaterThanOrEqual(0);
      expect(() => fresh.loadChartCopy(facts, chartIds)).toThrow(new RegExp(`content/charts\\.json: charts\\[${index}\\] \\(id [a-z0-9-]+\\), field "takeaway": Unknown fact "nssl\\.ula\\.misions"`));
    } finally {
      process.chdir(cwd);
      // Test files share one module cache (vitest.config.ts: isolate false): the copy module read
      // here resolved its folder in the scratch copy, which is gone. Later imports start afresh.
      vi.resetModules();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the Phase 2 final count cites the outlet that counted it, not the 2020 announcement', () => {
    expect(lookupFact(facts, 'nssl.phase2.ula.missions').sources).toEqual([nssl.previousRound.missionsSource]);
    expect(lookupFact(facts, 'nssl.phase2.ula.share').sources).toEqual([nssl.previousRound.source]);
  });
});

describe('lookupFact', () => {
  it('throws for an unknown key, naming the key and suggesting keys with the same prefix', () => {
    expect(() => lookupFact(facts, 'nssl.spacex.misions')).toThrow(/Unknown fact "nssl\.spacex\.misions"/);
    expect(() => lookupFact(facts, 'nssl.spacex.misions')).toThrow(/nssl\.total\.missions/);
    expect(() => lookupFact(facts, 'nope')).toThrow(/Unknown fact "nope".*\(none\)/);
  });

  it('a template with an unknown key fails rather than printing a hole', () => {
    expect(fillFacts('SpaceX won {nssl.spacex.missions} of {nssl.total.missions}', facts)).toBe('SpaceX won 28 of 54');
    expect(() => fillFacts('{falcon.2031}', facts)).toThrow(/Unknown fact "falcon\.2031"/);
  });
});

describe('chart copy', () => {
  it('fills each chart takeaway from the facts, leaving no {key} unfilled', () => {
    const copy = loadChartCopy(facts, chartIds);
    for (const id of chartIds) expect(copy.get(id)?.takeaway).not.toMatch(/[{}]/);
  });
});
