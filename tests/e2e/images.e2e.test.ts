/** The attachments suite in Debian's Chromium (Playwright), and a file dropped on the compose box. */
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSuiteBrowser, PANEL, X_EDITOR } from './harness';
import { IMAGE_FILES, IMAGES_FIXTURES, imagesSuite } from './suites/images';

let context: BrowserContext;
imagesSuite(async () => {
  const browser = await chromiumSuiteBrowser(IMAGES_FIXTURES);
  context = browser.context;
  return browser;
});

// Dropping a file needs the browser's own drag input with files, which only Chromium's DevTools
// protocol offers (WebDriver BiDi can set files on an <input> only).
describe('a file dropped on the compose box', () => {
  it('is checked like a picked one', async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(X_EDITOR).click();
    await page.keyboard.type('Look at this one');
    await page.locator(`${PANEL}[data-status="ready"]`).waitFor({ timeout: 10_000 });
    const box = (await page.locator(X_EDITOR).boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const data = { items: [], files: [path.join(IMAGE_FILES, 'overlay-us-14px.jpg')], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: box.x + 20, y: box.y + 10, data });
    await page.locator(`${PANEL}[data-image-status="done"]`).waitFor({ timeout: 60_000 });
    expect((await page.locator(PANEL).getAttribute('data-categories'))!.split(' ')).toEqual(expect.arrayContaining(['phi.name', 'phi.id', 'phi.date']));
    await page.close();
  }, 90_000);
});
