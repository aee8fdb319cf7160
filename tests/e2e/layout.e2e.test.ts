/** The layout suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { LAYOUT_FIXTURES, layoutSuite } from './suites/layout';

layoutSuite(() => chromiumSuiteBrowser(LAYOUT_FIXTURES));
