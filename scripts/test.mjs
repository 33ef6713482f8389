// `npm test`: the type check, the unit tests, the build and the browser tests, with the work that
// does not depend on each other run side by side. The machine's two cores are the limit, and an
// Astro build mostly keeps one busy, so each build is paired with work for the other:
//   1. the build of dist/             beside   the unit tests
//   2. the site built for a sub-path  beside   the type check: astro check of the .astro files, then
//      in a scratch copy                       TypeScript's of the .ts files. Both read the content
//                                              types (.astro/) the first build has just written, so
//                                              astro check skips its own sync (--noSync).
//   3. the browser tests (they read SUBPATH_BUILD instead of building the sub-path site again)
// The sub-path build comes second so that it finds the PNGs the first build drew in their cache
// (src/images/render-png.ts) and draws none. A step's output is printed whole when it ends, so
// parallel logs do not interleave. The first failure stops the run with its exit code. Each
// step's wall time is printed at the end. (`npm run check` is the same check, sync included.)
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCommand, copyProject, SUB_BASE, SUB_SITE } from './build-copy.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times = [];

/** Runs a command; resolves with its exit code and combined output (streamed live when `live`). */
function run(name, cmd, args, { cwd = root, env = {}, live = false } = {}) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      if (live) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      const seconds = (Date.now() - start) / 1000;
      times.push(`${name}: ${seconds.toFixed(1)} s`);
      if (!live) process.stdout.write(`\n── ${name} (${seconds.toFixed(1)} s, exit ${code}) ──\n${output}`);
      resolve({ code: code ?? 1, output });
    });
  });
}

function stop(code) {
  console.log(`\n${times.join('\n')}`);
  process.exit(code);
}

const subDir = copyProject(root);
process.on('exit', () => rmSync(subDir, { recursive: true, force: true }));
const [node, buildArgs] = buildCommand(root);
const bin = (path) => `${root}/node_modules/${path}`;

/** Runs steps one after another, stopping at the first failure; resolves with its result. */
async function inTurn(...steps) {
  let last = { code: 0, output: '' };
  for (const step of steps) {
    last = await step();
    if (last.code) break;
  }
  return last;
}

// 1. Build | unit tests.
const [build, unit] = await Promise.all([run('build', npm, ['run', 'build']), run('unit tests', npm, ['run', 'test:unit'])]);
if (build.code) stop(build.code);
if (unit.code) stop(unit.code);

// 2. Sub-path build | type check. The sub-path build's failure is the hosting tests' to report.
const [sub, check] = await Promise.all([
  run('sub-path build', node, buildArgs, { cwd: subDir, env: { BASE_PATH: SUB_BASE, SITE_URL: SUB_SITE, FORCE_COLOR: '0', NO_COLOR: '1' } }),
  inTurn(
    () => run('type check (.astro)', node, [bin('astro/bin/astro.mjs'), 'check', '--noSync', '--tsconfig', 'scripts/tsconfig.astro.json']),
    () => run('type check (.ts)', node, [bin('typescript-native/bin/tsc'), '--noEmit', '-p', '.']),
  ),
]);
writeFileSync(`${subDir}/status`, String(sub.code));
writeFileSync(`${subDir}/output`, sub.output);
if (check.code) stop(check.code);

// 3. Browser tests, live.
console.log('\n── browser tests ──');
const e2e = await run('browser tests', npm, ['run', 'test:e2e'], { env: { SUBPATH_BUILD: subDir }, live: true });
stop(e2e.code);
