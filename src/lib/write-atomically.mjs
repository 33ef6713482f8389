// Build caches are shared by builds that run side by side (npm test builds the site twice at once,
// and the tests build copies with bad input): a file is written under a temporary name, then
// renamed, so no build ever reads half of one.
import { renameSync, writeFileSync } from 'node:fs';

/** @param {string} file @param {string | Uint8Array} data */
export function writeAtomically(file, data) {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
