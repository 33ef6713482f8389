// Reads dist/_headers (Netlify / Cloudflare Pages format) so the benchmark serves pages with the
// headers a real host would send (CSP, caching). Rules never overlap on one header, so every rule
// that matches a path contributes; "/x/*" matches by prefix, any other path exactly.
import { readFileSync } from 'node:fs';

export function headersFromFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return () => ({});
  }
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  const matches = (pattern, path) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return (path) => Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
}
