/** What a page must never learn from Safe Harbor (history privacy is in suites/pages.ts, both browsers). */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PANEL, sharedBrowser, X_EDITOR } from './harness';

const EDITOR = X_EDITOR;
const getBrowser = sharedBrowser();

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
    await page.locator(`${PANEL}[data-categories~="phi.id"]`).waitFor({ timeout: 10_000 });
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
    await page.locator(`${PANEL}[data-categories~="phi.contact"]`).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
