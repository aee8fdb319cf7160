/**
 * LinkedIn, the site the user grants: "Also check LinkedIn" in the options page asks for its hosts,
 * the content script is registered for them, and the share box and comment box (Quill editors with
 * LinkedIn's classes) get the panel, the disclaimer and the post guard like the other sites.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPanelList, sharedSuiteBrowser, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, type SiteFixture } from '../harness';

export const LINKEDIN_FIXTURES: SiteFixture[] = [{ origin: 'https://www.linkedin.com', pages: [{ path: '/', html: 'page.html', script: 'linkedin.ts' }] }];
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const BOXES = [
  { name: 'share box', editor: '.share-creation-state__text-editor .ql-editor', surface: 'post', index: 0, post: '.share-actions__primary-action' },
  { name: 'comment box', editor: '.comments-comment-box .ql-editor', surface: 'comment', index: 1, post: '.comments-comment-box__submit-button' },
] as const;

export function linkedinSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);

  const open = async (box: (typeof BOXES)[number], text: string): Promise<SuitePage> => {
    const page = await suiteBrowser().newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.waitFor(box.editor);
    await page.click(box.editor);
    await page.type(text);
    return page;
  };

  describe('LinkedIn', () => {
    it('runs nowhere on LinkedIn until the user allows it in the options page', async () => {
      const before = await open(BOXES[0], 'MRN 00482913 anyone?');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await before.count(PANEL)).toBe(0);
      await before.close();
      const options = await suiteBrowser().openExtensionPage('options.html', { width: 900, height: 900 });
      await options.waitFor('#grant-linkedin:not([disabled])');
      await options.click('#grant-linkedin');
      await expect.poll(() => options.evaluate(() => (document.querySelector('#grant-linkedin') as HTMLInputElement).checked), { timeout: 10_000 }).toBe(true);
      await options.close();
    });

    it.each(BOXES)('flags the $name, inserts the disclaimer once through Quill, and guards its button', async (box) => {
      const draft = 'Classic Segond fracture on knee MRI: think ACL tear.';
      let page = await open(box, draft);
      const panel = `${PANEL}[data-surface="${box.surface}"]`;
      await page.waitFor(`${panel}[data-categories~="prof.disclaimer_missing"]`, { timeout: 10_000 });
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'Insert disclaimer' });
      await expect.poll(() => page.evaluate((i) => window.fixture.texts()[i], box.index)).toBe(`${draft}\n\nViews my own; not medical advice.`);
      await page.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-linkedin-${box.surface}.png`));
      await page.close();

      page = await open(box, 'MRN 00482913 anyone?');
      await page.waitFor(`${panel}[data-categories~="phi.id"]`, { timeout: 10_000 });
      await page.click(box.post);
      await page.waitInPanel(panel, { role: 'alertdialog' });
      expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
      await page.clickInPanel(panel, { role: 'button', name: 'Post anyway' });
      await expect.poll(() => page.evaluate(() => window.fixture.posted)).toEqual(['MRN 00482913 anyone?']);
      await page.close();
    });
  });
}
