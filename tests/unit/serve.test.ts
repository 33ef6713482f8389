// scripts/serve.mjs sends the headers of the served folder's _headers file, as a static host does,
// and follows the file when a rebuild rewrites it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serve } from '../../scripts/serve.mjs';

describe('serve', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>missing</title>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies _headers under the base path, to pages, files and the 404 page', async () => {
    writeFileSync(join(dir, '_headers'), '/news/*\n  X-Content-Type-Options: nosniff\n/news/\n  Content-Security-Policy: default-src \'self\'\n');
    const server = await serve({ root: dir, base: '/news/', port: 0 });
    try {
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const missing = await fetch(new URL('nothing/here', server.url));
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
      expect(missing.headers.get('content-security-policy')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('reads the file again after a rebuild rewrites it', async () => {
    writeFileSync(join(dir, '_headers'), '/*\n  Cache-Control: no-cache\n');
    const server = await serve({ root: dir, port: 0 });
    try {
      expect((await fetch(server.url)).headers.get('cache-control')).toBe('no-cache');
      writeFileSync(join(dir, '_headers'), '/*\n  Cache-Control: public, max-age=300\n');
      expect((await fetch(server.url)).headers.get('cache-control')).toBe('public, max-age=300');
      rmSync(join(dir, '_headers'));
      expect((await fetch(server.url)).headers.get('cache-control')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('sends none with headers: false, and the caller\'s own with a function', async () => {
    writeFileSync(join(dir, '_headers'), '/*\n  X-Test: from-file\n');
    const off = await serve({ root: dir, port: 0, headers: false });
    const own = await serve({ root: dir, port: 0, headers: (path) => ({ 'x-test': `own ${path}` }) });
    try {
      expect((await fetch(off.url)).headers.get('x-test')).toBeNull();
      expect((await fetch(own.url)).headers.get('x-test')).toBe('own /');
    } finally {
      await off.close();
      await own.close();
    }
  });

  it('stops on a _headers line it cannot read, naming the file and line', async () => {
    writeFileSync(join(dir, '_headers'), '/*\n  not a header\n');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = await serve({ root: dir, port: 0 });
    try {
      const res = await fetch(server.url);
      expect(res.status).toBe(500);
      expect(await res.text()).toMatch(/_headers:2: expected "Name: value"/);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/_headers:2/));
    } finally {
      logged.mockRestore();
      await server.close();
    }
  });
});
