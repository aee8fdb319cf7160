/**
 * The extension's own pages at work, run in Chromium and in Firefox: the options page (a disclaimer
 * per site, a rule turned off for open drafts, a bad settings file refused, history exported as
 * masked CSV), history keeping no word the engine missed, the popup with many drafts, the full-page
 * checker, and the popup's history surviving a browser restart.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/sites/table';
import { lastDownload, openPanelList, recordDownloads, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, X_EDITOR, X_FIXTURE, type SiteFixture } from '../harness';

const TIKTOK: SiteFixture = { origin: 'https://www.tiktok.com', pages: [{ path: '/', html: 'page.html', script: 'tiktok-caption.tsx' }] };
export const PAGES_FIXTURES = [X_FIXTURE, TIKTOK];
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const OPTIONS_SIZE = { width: 900, height: 900 };

export type LaunchWithProfile = (options?: { profile?: string }) => Promise<SuiteBrowser>;


/** Everything the extension's IndexedDB holds, read from one of its pages. */
function readWholeDatabase(): Promise<string> {
  return new Promise<string>((resolve, reject) => {
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
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify(out));
      };
    };
  });
}

/** 25 flagged Instagram drafts over the last day, written straight into history. */
export async function seedManyDrafts(): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('safe-harbor');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = database.transaction('flags', 'readwrite');
  for (let i = 0; i < 25; i++) {
    const createdAt = Date.now() - i * 3_600_000;
    transaction.objectStore('flags').add({
      draftId: `seeded-${i}`, fingerprint: 'exact-age#0', site: 'instagram', surface: 'caption', ruleId: 'exact-age', category: 'phi.age',
      severity: 'error', excerpt: 'Teaching case: a [AGE] with a classic sign', createdAt, updatedAt: createdAt, outcome: i % 5 === 0 ? 'posted-anyway' : null,
    });
  }
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onabort = () => reject(new Error(`seeding history failed: ${transaction.error?.message}`));
  });
  database.close();
}

export function pagesSuite(launch: LaunchWithProfile): void {
  describe('the extension pages', () => {
    let browser: SuiteBrowser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    async function compose(text: string, category: string): Promise<SuitePage> {
      const page = await browser.newPage();
      await page.goto('https://x.com/home');
      await page.waitFor(X_EDITOR);
      await page.click(X_EDITOR);
      await page.type(text);
      await page.waitFor(`${PANEL}[data-categories~="${category}"]`, { timeout: 10_000 });
      return page;
    }
    const previewSays = (options: SuitePage, platform: string, text: string) =>
      options.evaluate(([platform, text]) => document.querySelector(`figure.preview[data-platform="${platform}"]`)?.textContent?.includes(text) ?? false, [platform, text] as const);

    it('sets one disclaimer for every site, and a different one for X that "Insert disclaimer" puts into an X post', async () => {
      const options = await browser.openExtensionPage('options.html', OPTIONS_SIZE);
      await options.fill('#disclaimer-default', 'Views my own, not medical advice.');
      await expect.poll(() => previewSays(options, 'instagram', 'Views my own, not medical advice.')).toBe(true);
      await options.clickByRole({ role: 'checkbox', name: 'Use a different disclaimer on X' });
      await options.fill('#disclaimer-x', 'Opinions mine, not my hospital. #NotMedicalAdvice');
      await expect.poll(() => previewSays(options, 'x', 'Opinions mine, not my hospital. #NotMedicalAdvice')).toBe(true);
      expect(await previewSays(options, 'x', 'characters left')).toBe(true);
      expect(await options.value('#disclaimer-default')).toBe('Views my own, not medical advice.');
      expect(await previewSays(options, 'youtube', 'Views my own, not medical advice.')).toBe(true);
      await options.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-options-per-site.png`));

      const page = await compose('Classic Segond fracture on knee MRI.', 'prof.disclaimer_missing');
      const panel = `${PANEL}[data-categories~="prof.disclaimer_missing"]`;
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'Insert disclaimer' });
      await expect.poll(() => page.evaluate(() => window.fixture.texts())).toEqual(['Classic Segond fracture on knee MRI.\n\nOpinions mine, not my hospital. #NotMedicalAdvice']);
      await page.close();

      // Back to the default: X follows it again.
      await options.clickByRole({ role: 'checkbox', name: 'Use a different disclaimer on X' });
      await expect.poll(() => previewSays(options, 'x', 'Views my own, not medical advice.')).toBe(true);
      await options.close();
    });

    it('turns a rule off for open drafts', async () => {
      const page = await compose('WTF is this indication', 'prof.profanity');
      const options = await browser.openExtensionPage('options.html', OPTIONS_SIZE);
      const swearing = '[aria-label="Check for: Swearing"]';
      await options.click(swearing);
      expect(await options.isChecked(swearing)).toBe(false);
      await expect.poll(() => page.attribute(PANEL, 'data-categories'), { timeout: 10_000 }).not.toContain('prof.profanity');
      await options.click(swearing);
      await expect.poll(() => page.attribute(PANEL, 'data-categories'), { timeout: 10_000 }).toContain('prof.profanity');
      await options.close();
      await page.close();
    });

    it('refuses a bad settings file with a clear message and changes nothing', async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'safe-harbor-import-'));
      const file = path.join(folder, 'bad.json');
      writeFileSync(file, '{"format":"safe-harbor-settings","version":1,"settings":{"pausedSites":["myspace"]}}');
      const options = await browser.openExtensionPage('options.html', OPTIONS_SIZE);
      await options.attachFile('section[aria-labelledby="file"] input[type="file"]', file);
      const message = `Not imported: Paused sites must list platforms: ${PLATFORMS.join(', ')}. Your settings are unchanged.`;
      await expect.poll(() => options.evaluate(() => document.querySelector('section[aria-labelledby="file"] [role="status"]')?.textContent ?? '')).toBe(message);
      expect(await options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('section[aria-labelledby="sites"] input:not([id^="grant-"])')].every((box) => box.checked))).toBe(true);
      await options.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('exports history as CSV with masked excerpts and no draft text', async () => {
      const page = await compose('Pt is a 68M, MRN 00482913', 'phi.id');
      const options = await browser.openExtensionPage('options.html', OPTIONS_SIZE);
      await options.evaluate(recordDownloads);
      await options.clickByRole({ role: 'button', name: 'Export history (CSV)' });
      await expect.poll(() => options.evaluate(lastDownload)).toBeTruthy();
      const csv = (await options.evaluate(lastDownload))!;
      expect(csv.split('\r\n')[0]).toBe('time,site,surface,rule,category,severity,outcome,excerpt');
      expect(csv).toContain('"phi.id"');
      expect(csv).toContain('[AGE]');
      expect(csv).not.toContain('00482913');
      expect(csv).not.toContain('68M');
      await options.close();
      await page.close();
    });

    it('keeps no part of a patient name the engine missed: not in the popup, the CSV or IndexedDB', async () => {
      // The engine flags "Ottoline" but not the surname: history must not keep it either.
      const page = await compose('Thanks to the team. Patient Ottoline Vasquez-Brandywine, 45 y/o, MRN 00482913', 'phi.id');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.close();
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor('[data-category="phi.id"]', { timeout: 10_000 });
      const popupText = await popup.evaluate(() => document.body.innerText);
      const database = await popup.evaluate(readWholeDatabase);
      const options = await browser.openExtensionPage('options.html', OPTIONS_SIZE);
      await options.evaluate(recordDownloads);
      await options.clickByRole({ role: 'button', name: 'Export history (CSV)' });
      await expect.poll(() => options.evaluate(lastDownload)).toBeTruthy();
      const csv = (await options.evaluate(lastDownload))!;
      for (const kept of [popupText, csv, database]) {
        expect(kept).toContain('[ID]');
        for (const secret of ['Ottoline', 'Vasquez', 'Brandywine', '00482913']) expect(kept).not.toContain(secret);
      }
      await popup.close();
      await options.close();
    });

    it('keeps the popup\'s links and footer in view with many drafts, the drafts scrolling inside', async () => {
      const popup = await browser.openExtensionPage('popup.html', { width: 360, height: 600 });
      await popup.evaluate(seedManyDrafts);
      await popup.evaluate(() => void setTimeout(() => location.reload(), 0));
      await expect.poll(() => popup.count('.draft'), { timeout: 10_000 }).toBeGreaterThanOrEqual(20);
      const layout = await popup.evaluate(() => {
        const scroller = document.querySelector('.drafts-scroll')!;
        const footer = document.querySelector('.popup-footer')!.getBoundingClientRect();
        return { scrolls: scroller.scrollHeight > scroller.clientHeight, footerBottom: footer.bottom };
      });
      expect(layout.scrolls).toBe(true);
      expect(layout.footerBottom).toBeLessThanOrEqual(600);
      await popup.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-popup-many-drafts.png`));
      await popup.close();
    });

    it('checks a pasted script in the full-page checker, marks the words, selects them and applies a fix', async () => {
      const checker = await browser.openExtensionPage('checker.html', OPTIONS_SIZE);
      await checker.fill('#draft', 'The BEST Cases of This Month. A 45-year-old man from Oakdale, seen last week. <b>not bold</b>');
      await expect.poll(() => checker.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '')).toMatch(/findings/);
      const categories = await checker.evaluate(() => [...document.querySelectorAll('[data-category]')].map((item) => item.getAttribute('data-category')));
      expect(categories).toEqual(expect.arrayContaining(['phi.age', 'phi.gender', 'phi.geo', 'phi.time_hint', 'prof.evergreen']));
      expect(await checker.evaluate(() => [document.querySelector('mark')?.textContent, document.querySelectorAll('.marked b').length])).toEqual(['This Month', 0]);
      await checker.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-checker-marks.png`));

      await checker.click('[data-category="phi.age"] button');
      const selection = () => checker.evaluate(() => {
        const draft = document.querySelector<HTMLTextAreaElement>('#draft')!;
        return [document.activeElement === draft, draft.value.slice(draft.selectionStart, draft.selectionEnd)];
      });
      expect(await selection()).toEqual([true, '45-year-old']);
      await checker.click('[data-category="phi.age"] [role="group"] button');
      await expect.poll(() => checker.value('#draft')).not.toContain('45-year-old');
      await checker.close();
    });
  });

  describe('history', () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'safe-harbor-history-'));
    afterAll(() => rmSync(profile, { recursive: true, force: true }));

    async function popupCounts(browser: SuiteBrowser) {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.waitFor('[data-category="phi.contact"]', { timeout: 10_000 });
      const read = await popup.evaluate(() => ({
        categories: [...document.querySelectorAll('.drafts [data-category]')].map((row) => row.getAttribute('data-category')).sort(),
        filters: [...document.querySelectorAll('nav[aria-label="Filter by site"] button')].map((button) => button.textContent),
      }));
      return { popup, ...read };
    }

    it('shows a clear empty state in a new profile, then lists drafts flagged on two sites with their categories and counts, and keeps them across a browser restart', async () => {
      let browser = await launch({ profile });
      const empty = await browser.openExtensionPage('popup.html');
      await expect.poll(() => empty.evaluate(() => document.body.textContent?.includes('Nothing flagged yet') ?? false), { timeout: 10_000 }).toBe(true);
      await empty.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-popup-empty.png`));
      await empty.close();

      const page = await browser.newPage();
      for (const [url, editor, text, category] of [
        ['https://x.com/home', X_EDITOR, 'MRN 00482913 for the 45 y/o', 'phi.id'],
        ['https://www.tiktok.com/tiktokstudio/upload', '.public-DraftEditor-content', 'call mom at 555-0134 lol', 'phi.contact'],
      ]) {
        await page.goto(url!);
        await page.waitFor(editor!);
        await page.click(editor!);
        await page.type(text!);
        await page.waitFor(`${PANEL}[data-categories~="${category}"]`, { timeout: 10_000 });
      }
      await page.close();
      const before = await popupCounts(browser);
      expect(before.categories).toEqual(['phi.age', 'phi.contact', 'phi.id']);
      expect(before.filters).toEqual(['All sites', 'X · 2 findings', 'TikTok · 1 finding']);
      await before.popup.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-popup-two-sites.png`));
      await browser.close();

      browser = await launch({ profile });
      try {
        const after = await popupCounts(browser);
        expect(after.categories).toEqual(before.categories);
        expect(after.filters).toEqual(before.filters);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
}
