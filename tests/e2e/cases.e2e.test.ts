/** The teaching-case log suite in Debian's Chromium (Playwright). */
import { chromiumSuiteBrowser } from './harness';
import { CASES_FIXTURES, casesSuite } from './suites/cases';

casesSuite(() => chromiumSuiteBrowser(CASES_FIXTURES));
