// `npm test`: the type check, the unit tests, the build and the browser tests, with the work that
// does not depend on each other run side by side (each mostly keeps one core busy):
//   1. the type check (astro check)   beside   the site built for a sub-path, in a scratch copy
//   2. the unit tests                  beside   the build of dist/
//   3. the browser tests (they read SUBPATH_BUILD instead of building the sub-path site again)
// A step's output is printed whole when it ends, so parallel logs do not interleave. The first
// failure stops the run with its exit code. Each step's wall time is printed at the end.
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

// 1. Type check | sub-path build. The sub-path build's failure is the hosting tests' to report.
const [check, sub] = await Promise.all([
  run('check', npm, ['run', 'check']),
  run('sub-path build', node, buildArgs, { cwd: subDir, env: { BASE_PATH: SUB_BASE, SITE_URL: SUB_SITE, FORCE_COLOR: '0', NO_COLOR: '1' } }),
]);
writeFileSync(`${subDir}/status`, String(sub.code));
writeFileSync(`${subDir}/output`, sub.output);
if (check.code) stop(check.code);

// 2. Unit tests | build.
const [unit, build] = await Promise.all([run('unit tests', npm, ['run', 'test:unit']), run('build', npm, ['run', 'build'])]);
if (unit.code) stop(unit.code);
if (build.code) stop(build.code);

// 3. Browser tests, live.
console.log('\n── browser tests ──');
const e2e = await run('browser tests', npm, ['run', 'test:e2e'], { env: { SUBPATH_BUILD: subDir }, live: true });
stop(e2e.code);
