/** The extension pages suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { PAGES_FIXTURES, pagesSuite } from './suites/pages';

pagesSuite((options) => firefoxSuiteBrowser(PAGES_FIXTURES, {}, options));
