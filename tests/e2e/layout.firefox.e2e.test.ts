/** The layout suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { LAYOUT_FIXTURES, layoutSuite } from './suites/layout';

layoutSuite(() => firefoxSuiteBrowser(LAYOUT_FIXTURES));
