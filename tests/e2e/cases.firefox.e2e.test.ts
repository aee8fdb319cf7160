/** The teaching-case log suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { CASES_FIXTURES, casesSuite } from './suites/cases';

casesSuite(() => firefoxSuiteBrowser(CASES_FIXTURES));
