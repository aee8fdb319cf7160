/** The X composer suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { X_FIXTURES, xSuite } from './suites/x';

xSuite(() => chromiumSuiteBrowser(X_FIXTURES));
