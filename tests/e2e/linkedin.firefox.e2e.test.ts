/**
 * LinkedIn in Debian's Firefox ESR. Not run in Chromium: its prompt for an optional host permission
 * cannot be answered in a headless browser, and Chromium has no switch to grant it unasked (Firefox
 * does: extensions.webextOptionalPermissionPrompts).
 */
import { firefoxSuiteBrowser } from './firefox';
import { LINKEDIN_FIXTURES, linkedinSuite } from './suites/linkedin';

linkedinSuite(() => firefoxSuiteBrowser(LINKEDIN_FIXTURES));
