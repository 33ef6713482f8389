// Unit tests only: tests/unit, and each chart's own tests in its folder (src/charts/<id>/*.test.ts).
// tests/e2e belongs to Playwright and must not be collected here.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 10_000,
    // Vitest's default leaves a core free, which on a 2-core machine is one worker: the files then
    // run one after another (31 s). One per core, at least two, halves that.
    maxWorkers: Math.max(2, availableParallelism()),
    // One module cache per worker, not per file: the files import the same content and charts, and
    // re-importing them for each file was half the unit tests' CPU (22 s of user time → 12 s). A
    // test that mocks a module sets the mock up and takes it down itself (share-card-wiring.test.ts).
    isolate: false,
  },
});
