// Turns a data file's text into checked data, or an error that names the file, the record and the field.
import type { z } from 'astro/zod';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid data file ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataFileError';
  }
}

/** Parse JSON text against a schema; `file` is the path shown in messages. */
export function parseDataFile<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, [`malformed JSON: ${(err as Error).message}`]);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new DataFileError(
    file,
    result.error.issues.map((issue) => describeIssue(raw, issue.path as PropertyKey[], issue)),
  );
}

function describeIssue(raw: unknown, path: PropertyKey[], issue: z.core.$ZodIssue): string {
  const where = locate(raw, path);
  const value = valueAt(raw, path);
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    const expected = (issue as { expected?: string }).expected ?? 'another type';
    message =
      value === undefined
        ? `missing (expected ${expected})`
        : `expected ${expected}, got ${describeValue(value)}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `unknown field(s) ${(issue as { keys: string[] }).keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
  } else if (value !== undefined && issue.code !== 'custom') {
    message = `${message}, got ${describeValue(value)}`;
  }
  return `${where}: ${message}`;
}

/** "years[3] (year 2013), field "launches"" — the record is named by its identifying field where it has one. */
export function locate(raw: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return 'top level';
  const parts: string[] = [];
  let node: unknown = raw;
  let recordLabel = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}[${key}]`;
      const rec = Array.isArray(node) ? node[key] : undefined;
      const label = identify(rec);
      // Name the record by its identifying field, whether the problem is in a field or the record itself.
      if (label) recordLabel = ` (${label})`;
    } else parts.push(String(key));
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  });
  const field = path.length > 1 && typeof path[path.length - 1] === 'string' ? parts.pop() : undefined;
  const record = parts.join('.') || 'top level';
  return field ? `${record}${recordLabel}, field "${field}"` : `${record}${recordLabel}`;
}

function identify(record: unknown): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const r = record as Record<string, unknown>;
  for (const k of ['id', 'year', 'flight', 'provider']) {
    if (typeof r[k] === 'string' || typeof r[k] === 'number') return `${k} ${String(r[k])}`;
  }
  return undefined;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
