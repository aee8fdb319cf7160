import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** These write the machine's institution policy (Chromium's /etc folder, Firefox's policies.json), which every browser then reads. */
const MACHINE_POLICY = ['tests/e2e/policy*.e2e.test.ts'];

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser per core (at most 4; E2E_WORKERS sets another number): the tests mostly wait on
    // pages, typing and checks, so two browsers on two cores take about 70% of the time of one after
    // the other.
    maxWorkers: Number(process.env.E2E_WORKERS) || Math.min(4, availableParallelism()),
    projects: [
      { extends: true, test: { name: 'sites', include: ['tests/e2e/**/*.e2e.test.ts'], exclude: MACHINE_POLICY, sequence: { groupOrder: 0 } } },
      // After every other browser has closed, so that no other test reads a policy it did not set.
      { extends: true, test: { name: 'machine-policy', include: MACHINE_POLICY, sequence: { groupOrder: 1 } } },
    ],
  },
});
