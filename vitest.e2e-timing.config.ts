import { defineConfig, mergeConfig } from 'vitest/config';
import e2e, { TIMING_FILES } from './vitest.e2e.config';

/** Keystroke latency and main-thread cost, measured with nothing else running. */
export default mergeConfig(e2e, defineConfig({ test: { include: TIMING_FILES, exclude: [], fileParallelism: false, maxWorkers: 1 } }));
