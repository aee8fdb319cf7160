/**
 * What a hostile page script cannot do to Safe Harbor, in Chromium and in Firefox: switch it off
 * with WXT's "newer script started" signal, drive the panel's buttons or the post guard, or change
 * its settings; and the content script keeps checking afterwards.
 */
import { describe, expect, it } from 'vitest';
import { openPanelList, sharedSuiteBrowser, type SuiteBrowser } from '../driver';
import { X_FIXTURE } from '../harness';

export const HOSTILE_FIXTURES = [X_FIXTURE];
const EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';

export function hostileSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);

  /** The stored settings, read from an extension page. */
  const storedSettings = async (): Promise<unknown> => {
    const page = await suiteBrowser().openExtensionPage('popup.html');
    const settings = await page.evaluate(() => {
      type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      // Firefox's promise API is `browser`; Chrome's `chrome` returns promises too.
      const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.storage.local.get('settings').then((stored) => JSON.stringify(stored.settings ?? null));
    });
    await page.close();
    return settings;
  };

  describe('a hostile page', () => {
    it('cannot switch Safe Harbor off or drive the panel and the guard', async () => {
      const page = await suiteBrowser().newPage();
      await page.goto('https://x.com/home');
      await page.waitFor(EDITOR);
      await page.click(EDITOR);
      await page.type('Pt is a 68M, MRN 00482913. WTF, classic Segond fracture');
      const panel = `${PANEL}[data-categories~="phi.id"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      // The user opens the list and one "⋯" menu, so every kind of button is there for the script to try.
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'More options for "WTF"' });
      const settingsBefore = await storedSettings();

      const clicked = await page.evaluate(() => {
        for (const type of ['wxt:content-script-started', 'content:wxt:content-script-started']) {
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
          window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
        }
        const root = document.querySelector('safe-harbor-panel')!.shadowRoot!;
        const buttons = [...root.querySelectorAll('button')];
        for (const button of buttons) {
          button.click();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        }
        return buttons.map((b) => b.textContent);
      });
      expect(clicked).toEqual(expect.arrayContaining(['Insert disclaimer', 'Pause on X', 'Allow "WTF" everywhere', 'Stop checking for profanity', 'Ignore here']));
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await page.attribute(PANEL, 'data-categories')).toContain('phi.id');

      // Still checking: a new identifier is found, so the content script is alive. Its answer came
      // after anything the script's clicks could have set off, and nothing of the draft or the
      // settings changed.
      await page.click(EDITOR);
      await page.press('End');
      await page.type(', call 555-0134');
      await page.waitFor(`${PANEL}[data-categories~="phi.contact"]`, { timeout: 10_000 });
      expect(await page.evaluate(() => window.fixture.texts())).toEqual(['Pt is a 68M, MRN 00482913. WTF, classic Segond fracture, call 555-0134']);
      expect(await storedSettings()).toEqual(settingsBefore);
      expect(await page.attribute(PANEL, 'data-categories')).toContain('prof.profanity');

      // The guard holds a post the page sends by script, and the page cannot answer it.
      await page.evaluate(() => (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click());
      await page.waitInPanel(PANEL, { role: 'alertdialog' });
      await page.evaluate(() => {
        const root = document.querySelector('safe-harbor-panel')!.shadowRoot!;
        for (const button of root.querySelectorAll('[role="alertdialog"] button')) (button as HTMLElement).click();
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
      await page.waitInPanel(PANEL, { role: 'alertdialog' });
      await page.close();
    });
  });
}
