/** Launches Debian's Chromium with the built extension and serves fixture pages at the real sites' URLs. */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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
    define: { 'process.env.NODE_ENV': '"development"', global: 'window' },
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

async function serveFixture(context: BrowserContext, { origin, pages }: SiteFixture): Promise<void> {
  const draftCss = readFileSync(path.resolve('node_modules/draft-js/dist/Draft.css'), 'utf8');
  const scripts = new Map(pages.map((page) => [page.script.replace(/\.tsx?$/, ''), page.script]));
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__fixture__/draft.css') return route.fulfill({ contentType: 'text/css', body: draftCss });
    const script = scripts.get(url.pathname.replace(/^\/__fixture__\/|\.js$/g, ''));
    if (url.pathname.startsWith('/__fixture__/') && script) {
      return route.fulfill({ contentType: 'text/javascript', body: await bundled(script) });
    }
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    const page = [...pages].sort((a, b) => b.path.length - a.path.length).find((p) => url.pathname.startsWith(p.path));
    if (!page) return route.fulfill({ status: 404, body: 'no fixture here' });
    const html = readFileSync(path.join(FIXTURES, page.html), 'utf8').replace('/__fixture__/app.js', `/__fixture__/${page.script.replace(/\.tsx?$/, '')}.js`);
    return route.fulfill({ contentType: 'text/html', body: html });
  });
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
