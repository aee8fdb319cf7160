/** The attachments suite in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { firefoxSuiteBrowser } from './firefox';
import { IMAGES_FIXTURES, imagesSuite } from './suites/images';

imagesSuite(() => firefoxSuiteBrowser(IMAGES_FIXTURES));
