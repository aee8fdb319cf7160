/** The surface behaviour suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { SURFACE_FIXTURES, surfaceSuite } from './suites/surfaces';

surfaceSuite(() => chromiumSuiteBrowser(SURFACE_FIXTURES));
