import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const ENGINE_TESTS = ['tests/rules/**/*.test.ts', 'tests/analysis/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Every core (Vitest leaves one free by default: on a 2-core machine, one file at a time).
    maxWorkers: availableParallelism(),
    projects: [
      {
        // The engine is pure functions of (text, context): its tests need no DOM and share one load of
        // its data per worker instead of one per file (about 12 s against 76 s here).
        extends: true,
        test: { name: 'engine', include: ENGINE_TESTS, environment: 'node', isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'extension',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...ENGINE_TESTS, 'tests/e2e/**', 'tests/speed/**'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
