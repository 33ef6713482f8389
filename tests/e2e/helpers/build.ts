// Builds a throw-away copy of the project with one change, to see how the build reacts to bad input.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** Copy the project, let `edit` change files in the copy, build it with the project's pinned Node. */
export function buildCopy(edit: (dir: string) => void, env: Record<string, string> = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'story-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  edit(dir);
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dir };
}

export function cleanup(result: BuildResult) {
  rmSync(result.dir, { recursive: true, force: true });
}

export function editFile(dir: string, path: string, change: (text: string) => string) {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  writeFileSync(file, after);
}

/** The base path and site URL the sub-path tests build for. */
export const SUB_BASE = '/news/space-race/';
export const SUB_SITE = 'https://example.org';

let subPath: BuildResult | undefined;
/**
 * The site built for hosting under SUB_BASE, once per test worker however many spec files ask
 * (a build takes tens of seconds); removed when the worker exits.
 */
export function subPathBuild(): BuildResult {
  if (!subPath) {
    subPath = buildCopy(() => {}, { BASE_PATH: SUB_BASE, SITE_URL: SUB_SITE });
    const built = subPath;
    process.once('exit', () => cleanup(built));
  }
  return subPath;
}
