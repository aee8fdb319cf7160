/** What a hostile page script cannot do to Safe Harbor, and what history never keeps. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openList, PANEL, sharedBrowser, X_EDITOR } from './harness';

const EDITOR = X_EDITOR;
const getBrowser = sharedBrowser();

async function storedSettings(): Promise<unknown> {
  const worker = getBrowser().context.serviceWorkers()[0]!;
  return worker.evaluate('chrome.storage.local.get("settings").then((stored) => stored.settings ?? null)');
}

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

describe('a hostile page', () => {
  it('cannot switch Safe Harbor off, learn its id, or drive the panel and the guard', async () => {
    const page = await openComposer();
    await page.locator(EDITOR).click();
    await page.keyboard.type('Pt is a 68M, MRN 00482913. WTF, classic Segond fracture');
    const panel = page.locator(`${PANEL}[data-categories~="phi.id"]`);
    await panel.waitFor({ timeout: 5_000 });
    // The user opens the list and one "⋯" menu, so every kind of button is on the page for the script to try.
    await openList(panel);
    await panel.getByRole('button', { name: 'More options for "WTF"' }).click();
    const settingsBefore = await storedSettings();
    // Everything posted to the page since it loaded, before the page's own messages below.
    const messages: string[] = await page.evaluate(() => (window as unknown as { seenMessages: string[] }).seenMessages);
    expect(messages.join('\n')).not.toContain(getBrowser().extensionId);

    const clicked = await page.evaluate((extensionId) => {
      // WXT's "a newer content script started" event and message, with every name the page could guess.
      for (const type of [`${extensionId}:content:wxt:content-script-started`, 'wxt:content-script-started', `${extensionId}:content-script-started`]) {
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
      }
      // Every button in the panel, clicked and key-pressed by script.
      const root = document.querySelector('safe-harbor-panel')!.shadowRoot!;
      const buttons = [...root.querySelectorAll('button')];
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      return buttons.map((b) => b.textContent);
    }, getBrowser().extensionId);
    expect(clicked).toEqual(expect.arrayContaining(['Insert disclaimer', 'Pause on X', 'Allow "WTF" everywhere', 'Stop checking for profanity', 'Ignore here', 'Remove the medical record number']));

    await page.waitForTimeout(800);
    expect(await page.evaluate(() => window.fixture.texts())).toEqual(['Pt is a 68M, MRN 00482913. WTF, classic Segond fracture']);
    expect(await storedSettings()).toEqual(settingsBefore);
    expect(await page.locator(PANEL).getAttribute('data-categories')).toContain('phi.id');

    // Still checking: a new identifier is found, so the content script is alive.
    await page.locator(EDITOR).click();
    await page.keyboard.press('End');
    await page.keyboard.type(', call 555-0134');
    await page.locator(`${PANEL}[data-categories~="phi.contact"]`).waitFor({ timeout: 5_000 });

    // The guard holds a post the page sends by script, and the page cannot answer it.
    await page.evaluate(() => (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click());
    const dialog = page.locator(PANEL).getByRole('alertdialog');
    await dialog.waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('safe-harbor-panel')!.shadowRoot!;
      for (const button of root.querySelectorAll('[role="alertdialog"] button')) (button as HTMLElement).click();
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
    await dialog.waitFor();
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
