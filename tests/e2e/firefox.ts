/**
 * Debian's Firefox ESR with the built add-on (.output/firefox-mv2), driven by puppeteer-core over
 * WebDriver BiDi: the add-on is installed temporarily, fixture pages are answered at the real sites'
 * URLs by request interception, and nothing else leaves the machine (every other request is
 * refused, and Firefox's own services are turned off or pointed at a closed port).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { findByRole, type ByRole, type SuiteBrowser, type SuitePage } from './driver';
import { fixtureResponse, SCREENSHOT_DIR, type SiteFixture } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');
const ADDON_ID = 'safe-harbor@safe-harbor.invalid';
/** The add-on's moz-extension:// host, fixed so that its pages have a known address. */
export const FIREFOX_EXTENSION_UUID = '6f1d8a5e-4a0e-4e0b-9a43-5a1f0d2c7b11';

const CLOSED = { host: '127.0.0.1', port: 9 };
const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_EXTENSION_UUID }),
  // "Also check LinkedIn" asks for an optional host permission; the doorhanger cannot be answered headless.
  'extensions.webextOptionalPermissionPrompts': false,
  // Firefox's own services: off, and anything that still tries goes to a closed port.
  'app.update.enabled': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'network.proxy.type': 1,
  'network.proxy.http': CLOSED.host,
  'network.proxy.http_port': CLOSED.port,
  'network.proxy.ssl': CLOSED.host,
  'network.proxy.ssl_port': CLOSED.port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};
/** FIREFOX_CONSOLE=1: Firefox's output, its pages' and the add-on's console and its garbage collections' timings, in the test's output. */
const CONSOLE = process.env.FIREFOX_CONSOLE === '1';
const CONSOLE_PREFS = { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true };

const KEY_NAMES: Record<string, KeyInput> = { control: 'Control', shift: 'Shift', alt: 'Alt', meta: 'Meta', enter: 'Enter', backspace: 'Backspace', escape: 'Escape', tab: 'Tab' };

async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+').map((k) => KEY_NAMES[k.toLowerCase()] ?? (k as KeyInput));
  const key = parts.pop()!;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

/**
 * Sizes the page's viewport with WebDriver BiDi's own command. Puppeteer's setViewport also sends a
 * screen-orientation override that Firefox ESR 140 (Debian bookworm's) does not know.
 */
async function setViewport(page: Page, width: number, height: number): Promise<void> {
  const { browsingContext } = page.mainFrame() as unknown as { browsingContext: { setViewport(options: object): Promise<void> } };
  await browsingContext.setViewport({ viewport: { width, height }, devicePixelRatio: null });
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout: number, what: string): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function suitePage(page: Page): SuitePage {
  const inPanel = async (panel: string, { role, name }: ByRole): Promise<ElementHandle<Element>[]> => {
    const found = await page.evaluateHandle(
      findByRole,
      panel || null,
      role,
      typeof name === 'string' ? name : null,
      name instanceof RegExp ? { source: name.source, flags: name.flags } : null,
    );
    const properties = await found.getProperties();
    await found.dispose();
    return [...properties.values()].map((handle) => handle.asElement()).filter((e): e is ElementHandle<Element> => !!e);
  };
  return {
    goto: async (url) => void (await page.goto(url)),
    async waitFor(selector, { timeout = 30_000, state = 'attached' } = {}) {
      // A page that is reloading answers with an error: that is "not there yet".
      await poll(() => page.$(selector).catch(() => null), (e) => (state === 'attached' ? !!e : !e), timeout, `${selector} ${state}`);
    },
    async click(selector) {
      const element = await page.waitForSelector(selector);
      await element!.click();
    },
    attribute: (selector, name) => page.$eval(selector, (e, name) => e.getAttribute(name), name),
    count: async (selector) => (await page.$$(selector)).length,
    isDisabled: (selector) => page.$eval(selector, (e) => (e as HTMLButtonElement).disabled === true || e.getAttribute('aria-disabled') === 'true'),
    isChecked: (selector) => page.$eval(selector, (e) => (e as HTMLInputElement).checked),
    value: (selector) => page.$eval(selector, (e) => (e as HTMLInputElement).value),
    async clickByRole(target) {
      const [element] = await poll(() => inPanel('', target), (found) => found.length > 0, 30_000, `${target.role} ${String(target.name)}`);
      await element!.click();
    },
    press: (keys) => chord(page, keys),
    type: (text) => page.keyboard.type(text),
    pointer: (x, y, action) => (action === 'move' ? page.mouse.move(x, y) : page.mouse.click(x, y)),
    evaluate: <T, A>(script: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(script as (arg: unknown) => T, arg as unknown) as Promise<T>,
    async fill(selector, text) {
      const element = await page.waitForSelector(selector);
      await element!.click();
      await chord(page, 'Control+a');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    async attachFile(selector, file) {
      const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    async clickInPanel(panel, target) {
      const [element] = await poll(() => inPanel(panel, target), (found) => found.length > 0, 30_000, `${target.role} ${String(target.name)} in ${panel}`);
      await element!.click();
    },
    countInPanel: async (panel, target) => (await inPanel(panel, target)).length,
    async waitInPanel(panel, target, { timeout = 30_000, state = 'attached' } = {}) {
      await poll(() => inPanel(panel, target), (found) => (state === 'attached' ? found.length > 0 : found.length === 0), timeout, `${target.role} ${String(target.name)} ${state} in ${panel}`);
    },
    async attributeInPanel(panel, target, name) {
      const [element] = await inPanel(panel, target);
      return element ? element.evaluate((e, name) => e.getAttribute(name), name) : null;
    },
    async textInPanel(panel, target) {
      const [element] = await inPanel(panel, target);
      return element ? element.evaluate((e) => e.textContent ?? '') : '';
    },
    screenshot: async (file, clip) => void (await page.screenshot({ path: file as `${string}.png`, ...(clip ? { clip } : {}) })),
    setViewport: (width, height) => setViewport(page, width, height),
    addStyle: async (content) => void (await page.addStyleTag({ content })),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    close: () => page.close(),
  };
}

/**
 * Firefox ESR with the add-on installed and `fixtures` answered at their origins. With `profile`,
 * that folder is the profile and outlives the browser, to test a restart: the temporary add-on is
 * installed again each launch, keeping its address and its data as an installed one would.
 */
export async function firefoxSuiteBrowser(
  fixtures: SiteFixture[],
  prefs: Record<string, unknown> = {},
  { profile }: { profile?: string } = {},
): Promise<SuiteBrowser & { browser: Browser }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    dumpio: CONSOLE,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 900, height: 700 },
    extraPrefsFirefox: { ...PREFS, ...(CONSOLE ? CONSOLE_PREFS : {}), ...(profile ? { 'extensions.webextensions.keepStorageOnUninstall': true } : {}), ...prefs },
    ...(profile ? { userDataDir: profile } : {}),
    // Firefox 153 lets WebDriver open moz-extension:// pages (the popup, the options) only with this; 140 ignores it.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', ...(CONSOLE ? { MOZ_GCTIMER: 'stderr' } : {}) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const serve = async (page: Page): Promise<Page> => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = new URL(request.url());
      const fixture = fixtures.find((f) => f.origin === url.origin);
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return void request.continue();
      if (!fixture) return void request.abort();
      void fixtureResponse(fixture, url).then((answer) => request.respond(answer));
    });
    return page;
  };
  return {
    name: 'firefox',
    setsClock: false,
    version: execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim(),
    browser,
    newPage: async () => suitePage(await serve(await browser.newPage())),
    // BiDi has no fake clock, and preload scripts do not reach moz-extension:// pages: `now` is not offered.
    async openExtensionPage(file, size = { width: 360, height: 520 }) {
      const page = await serve(await browser.newPage());
      await setViewport(page, size.width, size.height);
      // Firefox never tells WebDriver that an extension page finished loading: start the navigation,
      // then wait for the page's own content instead.
      const navigation = page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/${file}`, { timeout: 0 }).catch(() => undefined);
      await poll(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' && !!document.querySelector('#root > *, main')).catch(() => false), Boolean, 15_000, file);
      void navigation;
      return suitePage(page);
    },
    close: () => browser.close(),
  };
}
