// Reads every data file the story uses, checks each against its schema and checks that every
// source a record cites is listed in sources.json. Runs in Node: at build time and in unit tests.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eventsSchema, falconSchema, newGlennSchema, nsslSchema, sourcesFileSchema, updatesSchema } from './schemas';
import type { Events, Falcon, NewGlenn, Nssl, Source, Updates } from './schemas';
import { DataFileError, parseDataFile } from './validate';

export interface Datasets {
  sources: Source[];
  nssl: Nssl;
  falcon: Falcon;
  newGlenn: NewGlenn;
  events: Events;
  updates: Updates;
}

export const dataFiles = {
  sources: 'sources.json',
  nssl: 'nssl-phase3-lane2.json',
  falcon: 'falcon-launches.json',
  newGlenn: 'new-glenn-launches.json',
  events: 'events.json',
  updates: 'updates.json',
} as const;

export const defaultDataDir = join(process.cwd(), 'content', 'data');

export function loadDatasets(dir: string = defaultDataDir): Datasets {
  const read = (name: string) => {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new DataFileError(shown, ['the file is missing or unreadable']);
    }
    return { shown, text };
  };
  const parse = <T>(name: string, schema: Parameters<typeof parseDataFile>[2]) => {
    const { shown, text } = read(name);
    return { shown, data: parseDataFile(shown, text, schema) as T };
  };

  const sources = parse<{ sources: Source[] }>(dataFiles.sources, sourcesFileSchema);
  const nssl = parse<Nssl>(dataFiles.nssl, nsslSchema);
  const falcon = parse<Falcon>(dataFiles.falcon, falconSchema);
  const newGlenn = parse<NewGlenn>(dataFiles.newGlenn, newGlennSchema);
  const events = parse<Events>(dataFiles.events, eventsSchema);
  const updates = parse<Updates>(dataFiles.updates, updatesSchema);

  const known = new Set(sources.data.sources.map((s) => s.id));
  checkSources(nssl.shown, known, [
    ...nssl.data.sources.map((s, i) => [`sources[${i}]`, s] as const),
    ...nssl.data.providers.map((p, i) => [`providers[${i}] (id ${p.id}), field "source"`, p.source] as const),
    ['previousRound, field "source"', nssl.data.previousRound.source] as const,
    ...(nssl.data.previousRound.missionsSource ? [['previousRound, field "missionsSource"', nssl.data.previousRound.missionsSource] as const] : []),
    ...nssl.data.reportedAlternatives.map((a, i) => [`reportedAlternatives[${i}] (id ${a.id}), field "source"`, a.source] as const),
  ]);
  checkSources(falcon.shown, known, [
    ...falcon.data.sources.map((s, i) => [`sources[${i}]`, s] as const),
    ...falcon.data.expectations.map((e, i) => [`expectations[${i}] (year ${e.year}), field "source"`, e.source] as const),
  ]);
  checkSources(newGlenn.shown, known, [
    ...newGlenn.data.sources.map((s, i) => [`sources[${i}]`, s] as const),
    ...newGlenn.data.flights.map((f, i) => [`flights[${i}] (flight ${f.flight}), field "source"`, f.source] as const),
    ...newGlenn.data.flights.flatMap((f, i) => (f.postponedSource ? [[`flights[${i}] (flight ${f.flight}), field "postponedSource"`, f.postponedSource] as const] : [])),
    ['certification, field "source"', newGlenn.data.certification.source] as const,
  ]);

  checkSources(events.shown, known, events.data.events.map((e, i) => [`events[${i}] (id ${e.id}), field "source"`, e.source] as const));

  return { events: events.data, updates: updates.data, sources: sources.data.sources, nssl: nssl.data, falcon: falcon.data, newGlenn: newGlenn.data };
}

function checkSources(file: string, known: Set<string>, refs: (readonly [string, string])[]) {
  const problems = refs
    .filter(([, id]) => !known.has(id))
    .map(([where, id]) => `${where}: source "${id}" is not listed in ${dataFiles.sources}`);
  if (problems.length) throw new DataFileError(file, problems);
}

let cached: Datasets | undefined;
/** The story's datasets, read once per build. */
export function datasets(): Datasets {
  cached ??= loadDatasets();
  return cached;
}
