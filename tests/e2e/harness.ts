/** Launches Debian's Chromium with the built extension and serves fixture pages at the real sites' URLs. */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ByRole, SuiteBrowser, SuitePage } from './driver';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
const FIXTURES = path.resolve('tests/e2e/fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(FIXTURES, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    // The editor libraries as the sites ship them: production builds, minified.
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Fixture pages served at a real site's origin: each path prefix gets an HTML page and a bundled script. */
export interface SiteFixture {
  origin: string;
  pages: Array<{ path: string; html: string; script: string }>;
}

export const X_FIXTURE: SiteFixture = { origin: 'https://x.com', pages: [{ path: '/', html: 'x.html', script: 'x-composer.tsx' }] };

const bundles = new Map<string, Promise<string>>();

/** Bundles fixtures/<name> once per run; served as /__fixture__/<name without extension>.js. */
function bundled(script: string): Promise<string> {
  let pending = bundles.get(script);
  if (!pending) bundles.set(script, (pending = bundle(script)));
  return pending;
}

/** What a fixture origin answers for `url`: its page, its bundled script, the draft-js CSS, or a 404. */
export async function fixtureResponse({ pages }: SiteFixture, url: URL): Promise<{ status: number; contentType: string; body: string }> {
  if (url.pathname === '/__fixture__/draft.css') return { status: 200, contentType: 'text/css', body: readFileSync(path.resolve('node_modules/draft-js/dist/Draft.css'), 'utf8') };
  if (url.pathname === '/__fixture__/quill.css') return { status: 200, contentType: 'text/css', body: readFileSync(path.resolve('node_modules/quill/dist/quill.core.css'), 'utf8') };
  const scripts = new Map(pages.map((page) => [page.script.replace(/\.tsx?$/, ''), page.script]));
  const script = scripts.get(url.pathname.replace(/^\/__fixture__\/|\.js$/g, ''));
  if (url.pathname.startsWith('/__fixture__/') && script) return { status: 200, contentType: 'text/javascript', body: await bundled(script) };
  const page = [...pages].sort((a, b) => b.path.length - a.path.length).find((p) => url.pathname.startsWith(p.path));
  if (url.pathname === '/favicon.ico' || !page) return { status: 404, contentType: 'text/plain', body: 'no fixture here' };
  let html = readFileSync(path.join(FIXTURES, page.html), 'utf8').replace('/__fixture__/app.js', `/__fixture__/${page.script.replace(/\.tsx?$/, '')}.js`);
  if (url.searchParams.has('renamed')) html = html.replace('<head>', `<head><script>${RENAME_SITE}</script>`);
  return { status: 200, contentType: 'text/html', body: html };
}

/**
 * `?renamed`: the site's redesign, played before the content script looks. Every attribute and id
 * Safe Harbor's adapters know (data-testid, data-e2e, ids, "Add a comment" labels, the caption's
 * dialog role) is renamed as it appears, while the editors, their libraries and the page work on.
 * `window.fixtureRestoreNames()` puts the test ids and ids back, as a site that rolls a change back.
 */
const RENAME_SITE = `(() => {
  const rename = (el) => {
    for (const attr of ['data-testid', 'data-e2e']) if (el.hasAttribute(attr)) { el.setAttribute('data-qa', el.getAttribute(attr)); el.setAttribute('data-qa-was', attr); el.removeAttribute(attr); }
    if (el.id && !el.id.startsWith('qa-') && el.id !== 'app' && el.id !== 'react-root') el.id = 'qa-' + el.id;
    for (const attr of ['aria-label', 'placeholder']) { const v = el.getAttribute(attr); if (v && /^Add a comment/.test(v)) el.setAttribute(attr, 'Write something'); }
    if (el.getAttribute('role') === 'dialog') el.removeAttribute('role');
    el.classList.remove('caption-editor');
  };
  const all = (root) => { if (root.nodeType === 1) { rename(root); root.querySelectorAll('*').forEach(rename); } };
  const observer = new MutationObserver((records) => records.forEach((r) => r.type === 'attributes' ? rename(r.target) : r.addedNodes.forEach(all)));
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-testid', 'data-e2e', 'id', 'aria-label', 'placeholder', 'role'] });
  // The site puts its test ids and ids back (labels, roles and classes stay renamed).
  window.fixtureRestoreNames = () => {
    observer.disconnect();
    for (const el of document.querySelectorAll('[data-qa-was]')) { el.setAttribute(el.getAttribute('data-qa-was'), el.getAttribute('data-qa')); el.removeAttribute('data-qa'); el.removeAttribute('data-qa-was'); }
    for (const el of document.querySelectorAll('[id^="qa-"]')) el.id = el.id.slice(3);
  };
})();`;

async function serveFixture(context: BrowserContext, fixture: SiteFixture): Promise<void> {
  await context.route(`${fixture.origin}/**`, async (route) => route.fulfill(await fixtureResponse(fixture, new URL(route.request().url()))));
}

/** Launches with the extension, or, with `extension: false`, a plain browser to measure against. */
export async function launchBrowser(
  fixtures: SiteFixture[] = [X_FIXTURE],
  { extension = true, profile }: { extension?: boolean; /** Reuse this profile folder (kept on close) to test a restart. */ profile?: string } = {},
): Promise<Browser> {
  const userDataDir = profile ?? mkdtempSync(path.join(tmpdir(), 'safe-harbor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Nothing leaves the machine: every host name fails to resolve; fixtures answer by interception.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  for (const fixture of fixtures) await serveFixture(context, fixture);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    extensionId,
    async openPopup() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 520 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The inline panel's host, and X's first compose box, as the tests find them. */
export const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
export const X_EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';

/** One browser for a whole test file, launched before its tests and closed after them. */
export function sharedBrowser(fixtures?: SiteFixture[]): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(fixtures);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Opens a panel's list of findings as a person does: one click on the host, which is the badge. */
export async function openList(panel: Locator): Promise<void> {
  const badge = panel.getByRole('button', { name: /^Safe Harbor:/ });
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await panel.click();
  await panel.getByRole('region').first().waitFor();
}

const byRole = (panel: Locator, { role, name }: ByRole): Locator => panel.getByRole(role, name === undefined ? {} : { name }).first();

/** A Playwright page as the shared behaviour suites drive it. */
export function suitePage(page: Page): SuitePage {
  const panel = (selector: string): Locator => page.locator(selector).first();
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: (selector, { timeout, state = 'attached' } = {}) => page.locator(selector).first().waitFor({ state, timeout }),
    click: (selector) => page.locator(selector).first().click(),
    attribute: (selector, name) => page.locator(selector).first().getAttribute(name),
    count: (selector) => page.locator(selector).count(),
    isDisabled: (selector) => page.locator(selector).first().isDisabled(),
    isChecked: (selector) => page.locator(selector).first().isChecked(),
    value: (selector) => page.locator(selector).first().inputValue(),
    clickByRole: ({ role, name }) => page.getByRole(role, name === undefined ? {} : { name }).first().click(),
    press: (keys) => page.keyboard.press(keys),
    type: (text) => page.keyboard.type(text),
    pointer: (x, y, action) => (action === 'move' ? page.mouse.move(x, y) : page.mouse.click(x, y)),
    evaluate: <T, A>(script: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(script as (arg: unknown) => T | Promise<T>, arg as unknown),
    fill: (selector, text) => page.locator(selector).first().fill(text),
    attachFile: (selector, file) => page.setInputFiles(selector, file),
    clickInPanel: (selector, target) => byRole(panel(selector), target).click(),
    countInPanel: (selector, { role, name }) => panel(selector).getByRole(role, name === undefined ? {} : { name }).count(),
    waitInPanel: (selector, target, { timeout, state = 'attached' } = {}) => byRole(panel(selector), target).waitFor({ state, timeout }),
    attributeInPanel: (selector, target, name) => byRole(panel(selector), target).getAttribute(name),
    textInPanel: async (selector, target) => (await byRole(panel(selector), target).textContent()) ?? '',
    screenshot: async (file, clip) => void (await page.screenshot({ path: file, ...(clip ? { clip } : {}) })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    addStyle: async (content) => void (await page.addStyleTag({ content })),
    addScript: async (content) => void (await page.addScriptTag({ content })),
    close: () => page.close(),
  };
}

/** Chromium with the extension, for the behaviour suites shared with Firefox. */
export async function chromiumSuiteBrowser(fixtures: SiteFixture[], { profile }: { profile?: string } = {}): Promise<SuiteBrowser & { context: BrowserContext }> {
  const browser = await launchBrowser(fixtures, { profile });
  return {
    name: 'chromium',
    context: browser.context,
    setsClock: true,
    version: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    newPage: async () => suitePage(await browser.context.newPage()),
    async openExtensionPage(file, size = { width: 360, height: 520 }, { now } = {}) {
      const page = await browser.context.newPage();
      await page.setViewportSize(size);
      if (now !== undefined) await page.clock.install({ time: now });
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      return suitePage(page);
    },
    close: () => browser.close(),
  };
}
