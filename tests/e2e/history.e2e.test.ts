import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, X_FIXTURE, type SiteFixture } from './harness';

const TIKTOK: SiteFixture = { origin: 'https://www.tiktok.com', pages: [{ path: '/', html: 'page.html', script: 'tiktok-caption.tsx' }] };
const profile = mkdtempSync(path.join(tmpdir(), 'safe-harbor-history-'));

afterAll(() => rmSync(profile, { recursive: true, force: true }));

async function typeInto(page: Page, url: string, editor: string, text: string, category: string): Promise<void> {
  await page.goto(url);
  await page.locator(editor).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.locator(`safe-harbor-panel[data-categories~="${category}"]`).waitFor({ timeout: 5_000 });
}

describe('history', () => {
  it('lists drafts flagged on two sites with their categories and counts, and keeps them across a browser restart', async () => {
    let browser = await launchBrowser([X_FIXTURE, TIKTOK], { profile });
    const page = await browser.context.newPage();
    await typeInto(page, 'https://x.com/home', '[data-testid="tweetTextarea_0"]', 'MRN 00482913 for the 45 y/o', 'phi.id');
    await typeInto(page, 'https://www.tiktok.com/tiktokstudio/upload', '.public-DraftEditor-content', 'call mom at 555-0134 lol', 'phi.contact');
    await page.close();

    const countsIn = async () => {
      const popup = await browser.openPopup();
      await popup.locator('[data-category="phi.contact"]').first().waitFor();
      const categories = await popup.locator('.drafts [data-category]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-category')).sort());
      const filters = await popup.getByRole('navigation', { name: 'Filter by site' }).getByRole('button').allTextContents();
      return { popup, categories, filters };
    };
    const before = await countsIn();
    expect(before.categories).toEqual(['phi.age', 'phi.contact', 'phi.id']);
    expect(before.filters).toEqual(['All sites', 'X · 2 findings', 'TikTok · 1 finding']);
    await before.popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-two-sites.png') });
    await browser.close();

    browser = await launchBrowser([X_FIXTURE, TIKTOK], { profile });
    const after = await countsIn();
    expect(after.categories).toEqual(before.categories);
    expect(after.filters).toEqual(before.filters);
    await browser.close();
  });

  it('shows a clear empty state in a new profile', async () => {
    const browser = await launchBrowser();
    const popup = await browser.openPopup();
    await popup.getByText('Nothing flagged yet').waitFor();
    await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-empty.png') });
    await browser.close();
  });
});
