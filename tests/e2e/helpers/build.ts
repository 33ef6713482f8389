// Builds a throw-away copy of the project with one change, to see how the build reacts to bad input.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildCommand, copyProject, SUB_BASE, SUB_SITE } from '../../../scripts/build-copy.mjs';

const root = process.cwd();

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/** Copy the project, let `edit` change files in the copy, build it with the project's pinned Node. */
export function buildCopy(edit: (dir: string) => void, env: Record<string, string> = {}): BuildResult {
  const dir = copyProject(root);
  edit(dir);
  const [node, args] = buildCommand(root);
  const result = spawnSync(node, args, {
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

export { SUB_BASE, SUB_SITE };

let subPath: BuildResult | undefined;
/**
 * The site built for hosting under SUB_BASE. `npm test` builds it once, beside the type check,
 * and names its folder in SUBPATH_BUILD (with the build's exit status and output in `status`
 * and `output` there). Run alone, the browser tests build it once per test worker however many
 * spec files ask (a build takes tens of seconds); removed when the worker exits.
 */
export function subPathBuild(): BuildResult {
  const prebuilt = process.env.SUBPATH_BUILD;
  if (!subPath && prebuilt && existsSync(join(prebuilt, 'status'))) {
    subPath = { status: Number(readFileSync(join(prebuilt, 'status'), 'utf8')), output: readFileSync(join(prebuilt, 'output'), 'utf8'), dir: prebuilt };
  }
  if (!subPath) {
    subPath = buildCopy(() => {}, { BASE_PATH: SUB_BASE, SITE_URL: SUB_SITE });
    const built = subPath;
    process.once('exit', () => cleanup(built));
  }
  return subPath;
}
