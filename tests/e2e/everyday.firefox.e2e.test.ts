/** Everyday use in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { EVERYDAY_FIXTURES, everydaySuite } from './suites/everyday';

everydaySuite(() => firefoxSuiteBrowser(EVERYDAY_FIXTURES));
