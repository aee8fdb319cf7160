/** Everyday use in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { EVERYDAY_FIXTURES, everydaySuite } from './suites/everyday';

everydaySuite(() => chromiumSuiteBrowser(EVERYDAY_FIXTURES));
