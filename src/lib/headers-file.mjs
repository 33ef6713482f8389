// The `_headers` file (Netlify and Cloudflare Pages format), read and written in one place: the
// build writes dist/_headers with it (src/integrations/headers.mjs), the local server applies it
// (scripts/serve.mjs), and the hosting tests and the bench read it, so all four agree.
//
//   # a comment
//   /path/pattern
//     Header-Name: value
//
// A pattern is a path below the origin; `*` matches anything (slashes included), `:name` one path
// segment. Every rule whose pattern matches a request path applies.
//
// One merge rule: a header that several matching rules set is joined with ", ", as Cloudflare
// does. Netlify instead keeps the last rule's value, so a file both hosts read the same way sets
// no header twice for one path: headerClashes finds such a header, and the build refuses to write
// a file that has one.
import { readFileSync } from 'node:fs';

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * @param {string} text the file's contents
 * @param {string} [name] the file's name, for error messages
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text, name = '_headers') {
  /** @type {HeaderRule[]} */
  const rules = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const where = `${name}:${i + 1}`;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (/^\S/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`${where}: a rule starts with a path beginning with "/" (full URLs are not supported here): ${JSON.stringify(line)}`);
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header line before any path: ${JSON.stringify(line)}`);
    if (trimmed.startsWith('!')) throw new Error(`${where}: detaching a header ("! Name") is not supported here: ${JSON.stringify(line)}`);
    const colon = trimmed.indexOf(':');
    const header = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(header)) throw new Error(`${where}: expected "Name: value" under ${rule.pattern}, got ${JSON.stringify(line)}`);
    rule.headers.push([header, trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The file's text for a list of rules.
 * @param {HeaderRule[]} rules
 * @param {string[]} [comments] lines written at the top, each after "# "
 */
export function formatHeaders(rules, comments = []) {
  const head = comments.map((c) => `# ${c}`);
  const blocks = rules.map((r) => [r.pattern, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `${[...(head.length ? [head.join('\n')] : []), ...blocks].join('\n\n')}\n`;
}

/** @type {Map<string, RegExp>} */
const compiled = new Map();
/**
 * A rule's path pattern as a regular expression: "*" matches anything, ":name" one segment.
 * @param {string} pattern
 */
export function patternRegExp(pattern) {
  let re = compiled.get(pattern);
  if (!re) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${source}$`);
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * @param {HeaderRule[]} rules
 * @param {string} path a request path (no query string), base path included
 */
export function matchingRules(rules, path) {
  return rules.filter((r) => patternRegExp(r.pattern).test(path));
}

/**
 * The headers a host sends for a path, names in lower case, repeated names joined by ", ".
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of matchingRules(rules, path)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * Headers that two different matching rules both set for a path (hosts disagree on those).
 * @param {HeaderRule[]} rules
 * @param {string} path
 * @returns {string[]} e.g. "Cache-Control (/* and /x/*)"
 */
export function headerClashes(rules, path) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  /** @type {string[]} */
  const clashes = [];
  for (const rule of matchingRules(rules, path)) {
    for (const [name] of new Map(rule.headers.map(([k]) => [k.toLowerCase(), k]))) {
      const earlier = seen.get(name);
      if (earlier !== undefined) clashes.push(`${name} (${earlier} and ${rule.pattern})`);
      else seen.set(name, rule.pattern);
    }
  }
  return clashes;
}

/**
 * The rules of a _headers file, or none if there is no such file.
 * @param {string} file
 * @returns {HeaderRule[]}
 */
export function readHeadersFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return [];
    throw e;
  }
  return parseHeaders(text, file);
}
