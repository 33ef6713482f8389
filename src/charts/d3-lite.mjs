// The small stand-ins every browser bundle uses instead of d3-color, d3-interpolate, d3-array and
// d3-ease (see each file for why it is safe): one list, read by astro.config.mjs (Vite) and the script embed's
// esbuild build (src/embed/inline/build.ts), so the site's and the embed's charts are the same
// code. Paths are resolved from the project's root, given by the caller: this module is also
// bundled into the build's own chunks, where its import.meta.url points elsewhere.
import { fileURLToPath } from 'node:url';

/** @param {URL} root the project's root directory, as a file: URL ending in "/" */
export function d3LiteAliases(root) {
  return {
    'd3-color': fileURLToPath(new URL('src/charts/d3-color-lite.ts', root)),
    'd3-interpolate': fileURLToPath(new URL('src/charts/d3-interpolate-lite.ts', root)),
    'd3-array': fileURLToPath(new URL('src/charts/d3-array-lite.ts', root)),
    'd3-ease': fileURLToPath(new URL('src/charts/d3-ease-lite.ts', root)),
  };
}
