// Reads every data file the story uses, checks each against its schema and checks that every
// source a record cites is listed in sources.json. Runs in Node: at build time and in unit tests.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eventsSchema, falconSchema, newGlennSchema, nsslSchema, sourcesFileSchema, updatesSchema } from './schemas';
import type { Events, Falcon, NewGlenn, Nssl, Source, Updates } from './schemas';
import { DataFileError, locate, parseDataFile } from './validate';

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

  // One generic pass: every field that cites a source, in every file, must name one in sources.json.
  const known = new Set(sources.data.sources.map((s) => s.id));
  for (const file of [nssl, falcon, newGlenn, events, updates]) checkSources(file.shown, known, file.data);

  return { events: events.data, updates: updates.data, sources: sources.data.sources, nssl: nssl.data, falcon: falcon.data, newGlenn: newGlenn.data };
}

/**
 * Every citation in a data file: a field called "source" or ending in "Source" (a source id), or
 * "sources" (a list of ids), at any depth. The file is named, and each bad citation by its record
 * and field, as schema errors are.
 */
function checkSources(file: string, known: Set<string>, data: unknown) {
  const problems: string[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const cites: [unknown, PropertyKey[]][] =
          key === 'source' || key.endsWith('Source') ? [[value, [...path, key]]] : key === 'sources' && Array.isArray(value) ? value.map((v, i) => [v, [...path, key, i]]) : [];
        for (const [id, at] of cites) if (typeof id === 'string' && !known.has(id)) problems.push(`${locate(data, at)}: source "${id}" is not listed in ${dataFiles.sources}`);
        if (!cites.length) walk(value, [...path, key]);
      }
    }
  };
  walk(data, []);
  if (problems.length) throw new DataFileError(file, problems);
}

let cached: Datasets | undefined;
/** The story's datasets, read once per build. */
export function datasets(): Datasets {
  cached ??= loadDatasets();
  return cached;
}
