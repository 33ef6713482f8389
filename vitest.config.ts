// Unit tests only: tests/e2e is Playwright's and must not be collected here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Snapshot files are committed next to the tests; a missing one must fail in CI, not be written.
    testTimeout: 10_000,
  },
});
