/** The surface behaviour suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { SURFACE_FIXTURES, surfaceSuite } from './suites/surfaces';

surfaceSuite(() => firefoxSuiteBrowser(SURFACE_FIXTURES));
