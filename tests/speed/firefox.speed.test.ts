/**
 * Speed inside Firefox ESR (`npm run bench:browser`): keystroke-to-panel latency, warm, written to
 * test-results/speed-firefox.json. Firefox has no DevTools performance metrics over WebDriver BiDi
 * and never stops its background page, so the other figures are Chromium's only.
 */
import { afterAll, describe } from 'vitest';
import { firefoxSuiteBrowser } from '../e2e/firefox';
import { X_FIXTURE } from '../e2e/harness';
import { report, warmLatencyTest } from './latency';

const results: Record<string, number | string> = {};

afterAll(() => report('firefox', results));

describe('speed in Firefox', () => {
  warmLatencyTest(() => firefoxSuiteBrowser([X_FIXTURE]), results);
});
