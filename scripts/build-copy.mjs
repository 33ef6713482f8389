// A throw-away copy of the project to build with one change (bad input, or another base path),
// shared by `npm test` (scripts/test.mjs) and the browser tests (tests/e2e/helpers/build.ts).
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The base path and site URL the sub-path tests build for. */
export const SUB_BASE = '/news/space-race/';
export const SUB_SITE = 'https://example.org';

/** Copies what the build reads into a new temporary folder (node_modules linked) and returns it. */
export function copyProject(root) {
  const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * `astro build` with the project's pinned Node: the command and its arguments.
 * @returns {[string, string[]]}
 */
export function buildCommand(root) {
  return [join(root, 'node_modules', '.bin', 'node'), [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']];
}
