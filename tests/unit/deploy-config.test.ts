import { describe, expect, it } from 'vitest';
import { parseBasePath, parseSiteUrl } from '../../src/lib/deploy-config.mjs';

describe('parseBasePath', () => {
  it('defaults to the root when unset or blank', () => {
    expect(parseBasePath('')).toBe('/');
    expect(parseBasePath(undefined)).toBe('/');
    expect(parseBasePath('   ')).toBe('/');
    expect(parseBasePath('/')).toBe('/');
  });

  it('adds the trailing slash a sub-path needs, and keeps one that is there', () => {
    expect(parseBasePath('/news/space-race')).toBe('/news/space-race/');
    expect(parseBasePath('/news/space-race/')).toBe('/news/space-race/');
    expect(parseBasePath(' /news ')).toBe('/news/');
    expect(parseBasePath('/a_b/c.d/~e')).toBe('/a_b/c.d/~e/');
  });

  it.each(['news', '/a//b', '/a/../b', '/a/./b', '/..', '/a?x', '/a#x', 'https://x', '/a b', '/a\\b', '/ä', '//cdn.example'])(
    'rejects %j, naming BASE_PATH',
    (raw) => {
      expect(() => parseBasePath(raw)).toThrow(/BASE_PATH/);
    },
  );
});

describe('parseSiteUrl', () => {
  it('accepts an origin and returns it without a trailing slash', () => {
    expect(parseSiteUrl('https://example.org')).toBe('https://example.org');
    expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(parseSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
    expect(parseSiteUrl(' https://example.org ')).toBe('https://example.org');
  });

  it('defaults to the dev server when unset', () => {
    expect(parseSiteUrl(undefined)).toBe('http://localhost:4321');
    expect(parseSiteUrl('')).toBe('http://localhost:4321');
  });

  it.each(['example.org', 'ftp://x', 'https://x.org/path', 'https://x.org/?q=1', 'https://x.org/#top', 'javascript:alert(1)', '/news'])(
    'rejects %j, naming SITE_URL',
    (raw) => {
      expect(() => parseSiteUrl(raw)).toThrow(/SITE_URL/);
    },
  );
});
