import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, type Browser } from './harness';

const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const EDITOR = (i: number) => `[data-testid="tweetTextarea_${i}"][role="textbox"]`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openComposer(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://x.com/home${query}`);
  await page.locator(EDITOR(0)).waitFor();
  return page;
}

const modelTexts = (page: Page) => page.evaluate(() => window.fixture.texts());

describe('X composer (Draft.js)', () => {
  it('warns beside the composer about an exact age, without touching the draft', async () => {
    const page = await openComposer();
    const draft = 'Pt is a 68M with a new lytic lesion in the L4 body on CT.';
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type(draft);

    const panel = page.locator(`${PANEL}[data-categories~="phi.age"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.getAttribute('data-findings')).toBe('3');
    expect(await panel.getAttribute('data-categories')).toBe('phi.age phi.gender prof.disclaimer_missing');
    await expect.poll(() => panel.locator('.sh-finding').first().textContent()).toContain('"68M" gives the patient\'s exact age.');

    expect(await modelTexts(page)).toEqual([draft]);
    expect(await page.locator('[data-testid="tweetButtonInline"]').getAttribute('aria-disabled')).toBe('false');
    expect(await page.locator(`${EDITOR(0)} safe-harbor-panel`).count()).toBe(0);
    expect(await page.locator(PANEL).count()).toBe(1);

    await page.locator('.composer').first().screenshot({ path: path.join(SCREENSHOT_DIR, 'inline-panel-x.png') });
    await page.close();
  });

  it('lists the flag in the popup, newest first, with the age masked', async () => {
    const popup = await browser.openPopup();
    const row = popup.locator('[data-category="phi.age"]').first();
    await row.waitFor();
    const excerpt = await row.locator('.flag-excerpt').textContent();
    expect(excerpt).toContain('[AGE]');
    expect(excerpt).not.toContain('68M');
    await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup.png') });
    await popup.close();
  });

  it('updates as the draft changes and clears when the problem is edited away', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Call mom at 555-0134 about the 45 y/o');
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.getAttribute('data-categories')).toBe('phi.contact phi.age');
    for (let i = 0; i < ' about the 45 y/o'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => panel.getAttribute('data-categories')).toBe('phi.contact');
    await page.close();
  });

  it('picks up a composer that X replaces, and watches every post of a thread', async () => {
    const page = await openComposer('?thread=2');
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    await page.evaluate(() => window.fixture.remount());
    await page.locator(EDITOR(1)).click();
    await page.keyboard.type('MRN 00482913');
    await page.locator(`${PANEL}[data-categories="phi.id"]`).waitFor({ timeout: 5_000 });
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    await page.close();
  });

  it('shows markup typed into a draft as text', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('<b>bold</b> email <img src=x onerror="window.pwned=1">jdoe@mail.com');
    const panel = page.locator(`${PANEL}[data-categories="phi.contact"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});
