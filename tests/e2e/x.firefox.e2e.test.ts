/** The X composer suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { X_FIXTURES, xSuite } from './suites/x';

xSuite(() => firefoxSuiteBrowser(X_FIXTURES));
