/** What a page must never learn from Safe Harbor, and what history never keeps. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PANEL, sharedBrowser, X_EDITOR } from './harness';

const EDITOR = X_EDITOR;
const getBrowser = sharedBrowser();

/** Everything the extension's IndexedDB holds, read from an extension page. */
async function indexedDbContents(): Promise<string> {
  const page = await getBrowser().context.newPage();
  await page.goto(`chrome-extension://${getBrowser().extensionId}/popup.html`);
  const dump = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('safe-harbor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => resolve(JSON.stringify(out));
        };
      }),
  );
  await page.close();
  return dump;
}

async function openComposer(): Promise<Page> {
  const page = await getBrowser().context.newPage();
  // Record every message posted to the page, from before any script runs.
  await page.addInitScript(() => {
    (window as unknown as { seenMessages: string[] }).seenMessages = [];
    window.addEventListener('message', (event) => (window as unknown as { seenMessages: string[] }).seenMessages.push(JSON.stringify(event.data)));
  });
  await page.goto('https://x.com/home');
  return page;
}

// What a page script cannot do to the panel and the guard is the shared suite (suites/hostile.ts, both
// browsers); this part needs Chromium's extension id, which a page must never learn.
describe('a hostile page', () => {
  it('never learns the extension id, and a "newer script started" signal named with it changes nothing', async () => {
    const page = await openComposer();
    await page.locator(EDITOR).click();
    await page.keyboard.type('Pt is a 68M, MRN 00482913.');
    await page.locator(`${PANEL}[data-categories~="phi.id"]`).waitFor({ timeout: 5_000 });
    // Everything posted to the page since it loaded.
    const messages: string[] = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
    expect(messages.join('\n')).not.toContain(getBrowser().extensionId);
    await page.evaluate((extensionId) => {
      for (const type of [`${extensionId}:content:wxt:content-script-started`, `${extensionId}:content-script-started`]) {
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
      }
    }, getBrowser().extensionId);
    await page.locator(EDITOR).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Call 555-0134');
    await page.locator(`${PANEL}[data-categories~="phi.contact"]`).waitFor({ timeout: 5_000 });
    await page.close();
  });
});

describe('history privacy', () => {
  it('keeps no part of a patient name the engine missed: not in the popup, the CSV or IndexedDB', async () => {
    const page = await openComposer();
    await page.locator(EDITOR).click();
    // The engine flags "Ottoline" but not the surname: history must not keep it either.
    await page.keyboard.type('Thanks to the team. Patient Ottoline Vasquez-Brandywine, 45 y/o, MRN 00482913');
    await page.locator(`${PANEL}[data-categories~="phi.id"]`).waitFor({ timeout: 5_000 });
    await page.waitForTimeout(500);
    await page.close();

    const secrets = ['Ottoline', 'Vasquez', 'Brandywine', '00482913'];
    const popup = await getBrowser().openPopup();
    await popup.locator('[data-category="phi.id"]').first().waitFor();
    const popupText = await popup.locator('body').innerText();
    expect(popupText).toContain('[ID]');

    const options = await getBrowser().context.newPage();
    await options.goto(`chrome-extension://${getBrowser().extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export history (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('[ID]');

    const database = await indexedDbContents();
    expect(database).toContain('[ID]');
    for (const secret of secrets) {
      expect(popupText).not.toContain(secret);
      expect(csv).not.toContain(secret);
      expect(database).not.toContain(secret);
    }
    await popup.close();
    await options.close();
  });
});
