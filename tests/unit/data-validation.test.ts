// Every data file is checked before it reaches a chart or a sentence. Each test corrupts one file
// in a scratch copy of content/data and checks that loadDatasets stops with a message naming the
// file, the record and the field, and saying what is wrong.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load';
import { DataFileError } from '../../src/data/validate';
import { copyDataDir, editJson, readRaw, readText, realDataDir, removeDir, writeText } from './helpers/data';

const FALCON = 'falcon-launches.json';
const NSSL = 'nssl-phase3-lane2.json';
const NEW_GLENN = 'new-glenn-launches.json';
const SOURCES = 'sources.json';
const EVENTS = 'events.json';
const UPDATES = 'updates.json';

let dir: string;
beforeEach(() => {
  dir = copyDataDir();
});
afterEach(() => {
  removeDir(dir);
});

/** The DataFileError loadDatasets throws for the scratch directory; fails the test if none is thrown. */
function loadError(): DataFileError {
  try {
    loadDatasets(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError);
    return err as DataFileError;
  }
  throw new Error('loadDatasets accepted the corrupted data');
}

/** The one problem line that mentions `needle`. */
function problemWith(err: DataFileError, needle: string): string {
  const hits = err.problems.filter((p) => p.includes(needle));
  expect(hits, `a problem mentioning ${needle} in:\n${err.message}`).toHaveLength(1);
  return hits[0]!;
}

const rawFalcon = readRaw(FALCON);
const index2013: number = rawFalcon.years.findIndex((y: { year: number }) => y.year === 2013);

describe('the real data', () => {
  it('loads without error from content/data', () => {
    const data = loadDatasets(realDataDir);
    expect(data.falcon.years).toHaveLength(rawFalcon.years.length);
    expect(data.nssl.providers.map((p) => p.id)).toEqual(readRaw(NSSL).providers.map((p: { id: string }) => p.id));
    expect(data.sources.map((s) => s.id)).toEqual(readRaw(SOURCES).sources.map((s: { id: string }) => s.id));
  });

  it('loads without error from an untouched copy (the scratch copy itself is sound)', () => {
    expect(() => loadDatasets(dir)).not.toThrow();
  });

  it('cites only sources listed in sources.json', () => {
    const known = new Set(readRaw(SOURCES).sources.map((s: { id: string }) => s.id));
    const text = [FALCON, NSSL, NEW_GLENN, EVENTS].map((f) => JSON.stringify(readRaw(f))).join('\n');
    const cited = [...text.matchAll(/"(?:source|missionsSource|postponedSource)":"([^"]+)"/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(known, `source "${id}"`).toContain(id);
  });
});

describe('a corrupted data file stops the load with a precise message', () => {
  it('a count given as text (falcon launches "3")', () => {
    expect(index2013).toBe(3);
    editJson(dir, FALCON, (j) => {
      j.years[index2013].launches = String(j.years[index2013].launches);
    });
    const err = loadError();
    expect(err.file).toMatch(/falcon-launches\.json$/);
    expect(err.message).toContain('falcon-launches.json');
    const p = problemWith(err, 'field "launches"');
    expect(p).toContain('years[3] (year 2013), field "launches"');
    expect(p).toContain('expected number');
    expect(p).toContain('the text "3"');
  });

  it('a missing source field (provider without "source")', () => {
    const i: number = readRaw(NSSL).providers.findIndex((p: { id: string }) => p.id === 'blue-origin');
    editJson(dir, NSSL, (j) => {
      delete j.providers[i].source;
    });
    const err = loadError();
    expect(err.message).toContain(NSSL);
    const p = problemWith(err, 'field "source"');
    expect(p).toContain(`providers[${i}] (id blue-origin), field "source"`);
    expect(p).toMatch(/missing/);
  });

  it('a source id that sources.json does not list', () => {
    const i: number = readRaw(NSSL).providers.findIndex((p: { id: string }) => p.id === 'spacex');
    editJson(dir, NSSL, (j) => {
      j.providers[i].source = 'military-nsl';
    });
    const err = loadError();
    expect(err.file).toMatch(/nssl-phase3-lane2\.json$/);
    const p = problemWith(err, 'military-nsl');
    expect(p).toContain(`providers[${i}] (id spacex), field "source"`);
    expect(p).toContain('source "military-nsl" is not listed in sources.json');
  });

  it('a source removed from sources.json while a record still cites it', () => {
    const expectation = rawFalcon.expectations[0];
    editJson(dir, SOURCES, (j) => {
      j.sources = j.sources.filter((s: { id: string }) => s.id !== expectation.source);
    });
    const err = loadError();
    // The citing file is named, not sources.json, which is itself valid.
    expect(err.file).toMatch(/falcon-launches\.json$/);
    const p = problemWith(err, expectation.source);
    expect(p).toContain(`expectations[0] (year ${expectation.year}), field "source"`);
    expect(p).toContain('is not listed in sources.json');
  });

  it('an unknown source on a New Glenn flight names the flight', () => {
    editJson(dir, NEW_GLENN, (j) => {
      j.flights[1].source = 'nowhere';
    });
    const err = loadError();
    expect(err.file).toMatch(/new-glenn-launches\.json$/);
    expect(problemWith(err, 'nowhere')).toContain(`flights[1] (flight ${readRaw(NEW_GLENN).flights[1].flight}), field "source"`);
  });

  it('a negative count', () => {
    editJson(dir, FALCON, (j) => {
      j.years[index2013].launches = -3;
    });
    const err = loadError();
    expect(err.message).toContain(FALCON);
    const p = problemWith(err, 'field "launches"');
    expect(p).toContain('years[3] (year 2013), field "launches"');
    expect(p).toContain('negative');
    expect(p).toContain('-3');
  });

  it('a negative count outside a list names the object and field', () => {
    editJson(dir, NEW_GLENN, (j) => {
      j.certification.flightsRequired = -1;
    });
    const err = loadError();
    expect(err.message).toContain(NEW_GLENN);
    const p = problemWith(err, 'flightsRequired');
    expect(p).toContain('certification, field "flightsRequired"');
    expect(p).toContain('negative');
  });

  it('a duplicate year in falcon-launches.json', () => {
    const n: number = rawFalcon.years.length;
    editJson(dir, FALCON, (j) => {
      j.years.push({ year: 2013, launches: 3 });
    });
    const err = loadError();
    expect(err.message).toContain(FALCON);
    const p = problemWith(err, 'duplicate');
    expect(p).toContain(`years[${n}] (year 2013), field "year"`);
    expect(p).toContain('duplicate year 2013');
    expect(p).toContain(`already given in years[${index2013}]`);
  });

  it('malformed JSON (a truncated file)', () => {
    const text = readText(dir, NEW_GLENN);
    writeText(dir, NEW_GLENN, text.slice(0, Math.floor(text.length / 2)));
    const err = loadError();
    expect(err.file).toMatch(/new-glenn-launches\.json$/);
    expect(err.message).toContain(NEW_GLENN);
    expect(err.message).toContain('malformed JSON');
  });

  it('a missing file', () => {
    rmSync(join(dir, EVENTS));
    const err = loadError();
    expect(err.file).toMatch(/events\.json$/);
    expect(err.message).toContain(EVENTS);
    // one problem about the file itself, not a list of fields an empty file would lack
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatch(/missing/);
    expect(err.problems[0]).not.toMatch(/field/);
  });

  it('a misspelt field in a record names the record by its year and the unknown field', () => {
    // "launches" typed as "lauches": the record now lacks "launches" and has an unknown field.
    editJson(dir, FALCON, (j) => {
      const rec = j.years[index2013];
      rec.lauches = rec.launches;
      delete rec.launches;
    });
    const err = loadError();
    expect(err.message).toContain(FALCON);
    expect(problemWith(err, 'field "launches"')).toContain('years[3] (year 2013), field "launches": missing');
    const typo = problemWith(err, '"lauches"');
    expect(typo).toMatch(/unknown field/);
    // The record is named as every other problem names it: by index and by its identifying field.
    expect(typo).toContain('years[3] (year 2013)');
  });

  it('an unknown field at the top level of a file', () => {
    editJson(dir, NSSL, (j) => {
      j.titel = j.title;
    });
    const err = loadError();
    expect(err.message).toContain(NSSL);
    const p = problemWith(err, '"titel"');
    expect(p).toContain('top level');
    expect(p).toMatch(/unknown field/);
  });
});

// The timeline chart reads events.json; these are the ids and rules of notes/CONTRACTS.md.
describe('events.json for the timeline', () => {
  const timelineIds = ['melania-documentary', 'new-glenn-first-flight', 'nssl-award', 'musk-leaves', 'isaacman-withdrawn', 'trump-contracts-post', 'dragon-threat', 'ng2-reset', 'bezos-calls', 'limp-wiles', 'wsj-report', 'wedding'];
  const events: { id: string; date: string; lane?: string; label?: string }[] = readRaw(EVENTS).events;

  it('has every event the timeline draws, each with a lane and a short label, dated in the first half of 2025', () => {
    for (const id of timelineIds) {
      const e = events.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      expect(['spacex', 'blue-origin', 'government'], id).toContain(e!.lane);
      expect(e!.label!.length, id).toBeLessThanOrEqual(34);
      expect(e!.date >= '2025-01' && e!.date <= '2025-06-30', `${id} ${e!.date}`).toBe(true);
    }
    // nothing else is drawn on it by accident
    expect(events.filter((e) => e.lane).map((e) => e.id).sort()).toEqual([...timelineIds].sort());
  });

  it('an event with a lane but no label names the event and the field', () => {
    const i = events.findIndex((e) => e.id === 'musk-leaves');
    editJson(dir, EVENTS, (j) => {
      delete j.events[i].label;
    });
    const p = problemWith(loadError(), 'field "label"');
    expect(p).toContain(`events[${i}] (id musk-leaves), field "label"`);
    expect(p).toMatch(/needs a short chart label/);
  });

  it('a label longer than 34 characters', () => {
    const i = events.findIndex((e) => e.id === 'wedding');
    editJson(dir, EVENTS, (j) => {
      j.events[i].label = 'Jeff Bezos and Lauren Sánchez marry in Venice';
    });
    expect(problemWith(loadError(), 'field "label"')).toMatch(/at most 34 characters/);
  });

  it('a lane that is not an id', () => {
    const i = events.findIndex((e) => e.id === 'wedding');
    editJson(dir, EVENTS, (j) => {
      j.events[i].lane = 'Blue Origin';
    });
    expect(problemWith(loadError(), 'field "lane"')).toContain(`events[${i}] (id wedding), field "lane"`);
  });

  it('a value without its unit', () => {
    const i = events.findIndex((e) => e.id === 'bezos-calls');
    editJson(dir, EVENTS, (j) => {
      delete j.events[i].unit;
    });
    expect(problemWith(loadError(), 'field "unit"')).toMatch(/value and unit go together/);
  });
});

describe('updates.json', () => {
  it('each entry is dated, says whether it is an update or a correction, and the list runs oldest first', () => {
    const { entries } = readRaw(UPDATES);
    expect(entries.length).toBeGreaterThan(0);
    editJson(dir, UPDATES, (j) => {
      j.entries.push({ date: '2026-01-01', kind: 'correction', text: 'An entry dated before the ones above it.' });
    });
    const p = problemWith(loadError(), 'field "date"');
    expect(p).toContain(`entries[${entries.length}], field "date"`);
    expect(p).toMatch(/oldest first/);
  });

  it('an entry of an unknown kind', () => {
    editJson(dir, UPDATES, (j) => {
      j.entries[0].kind = 'note';
    });
    expect(problemWith(loadError(), 'field "kind"')).toContain('entries[0], field "kind"');
  });

  it('a missing updates file is named', () => {
    rmSync(join(dir, UPDATES));
    expect(loadError().file).toMatch(/updates\.json$/);
  });
});
