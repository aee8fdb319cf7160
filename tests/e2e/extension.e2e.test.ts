import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES as SITE_MATCHES, OPTIONAL_MATCHES } from '@/lib/sites/table';
import { EXTENSION_DIR, PANEL, sharedBrowser, X_EDITOR } from './harness';

const EDITOR = X_EDITOR;
const getBrowser = sharedBrowser();

describe('the built extension', () => {
  it('asks for storage, alarms, an offscreen document and scripting only, runs on the four sites only, and may be granted LinkedIn and notifications', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Safe Harbor');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'offscreen', 'scripting']);
    // LinkedIn only when the user grants it from the options page.
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_MATCHES);
    expect(OPTIONAL_MATCHES).toEqual(['https://www.linkedin.com/*']);
    // Notifications only when the user turns on reminders for due answers.
    expect(manifest.optional_permissions).toEqual(['notifications']);
    // WebAssembly (OCR) may compile in the extension's own pages; no other script source is allowed.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" });
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual([...SITE_MATCHES].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
  });

  it('keeps checking after the service worker is stopped', async () => {
    const page = await getBrowser().context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(EDITOR).click();
    await page.keyboard.type('First draft, 45 y/o');
    await page.locator(`${PANEL}[data-categories="phi.age"]`).waitFor({ timeout: 10_000 });

    const cdp = await getBrowser().context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.keyboard.type(', MRN 00482913');
    await page.locator(`${PANEL}[data-categories="phi.age phi.id"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('removes its panels quietly when the extension is reloaded under an open page', async () => {
    const page = await getBrowser().context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('https://x.com/home');
    await page.locator(EDITOR).click();
    await page.keyboard.type('Pt is a 68M');
    await page.locator(`${PANEL}[data-categories~="phi.age"]`).waitFor({ timeout: 10_000 });

    const [worker] = getBrowser().context.serviceWorkers();
    await worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await page.locator(PANEL).waitFor({ state: 'detached', timeout: 10_000 });
    await page.keyboard.type(' with a mass');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.fixture.texts())).toEqual(['Pt is a 68M with a mass']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
