/** The extension pages suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { PAGES_FIXTURES, pagesSuite } from './suites/pages';

pagesSuite((options) => chromiumSuiteBrowser(PAGES_FIXTURES, options));
