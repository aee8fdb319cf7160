/** The hostile-page suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { HOSTILE_FIXTURES, hostileSuite } from './suites/hostile';

hostileSuite(() => firefoxSuiteBrowser(HOSTILE_FIXTURES));
