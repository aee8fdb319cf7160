import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The end-to-end tests that measure time: run on their own, one file at a time (vitest.e2e-timing.config.ts). */
export const TIMING_FILES = ['tests/e2e/speed.e2e.test.ts', 'tests/e2e/everyday*.e2e.test.ts'];

/**
 * The behaviour suites, two files at a time: a browser spends most of a test waiting on a page, so
 * two share the machine's two cores without slowing each other much.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    exclude: TIMING_FILES,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
