/** The hostile-page suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { HOSTILE_FIXTURES, hostileSuite } from './suites/hostile';

hostileSuite(() => chromiumSuiteBrowser(HOSTILE_FIXTURES));
