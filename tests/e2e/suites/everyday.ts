/**
 * What a clinician does besides typing, run in Chromium and in Firefox: the popup lists what was
 * flagged, the options page sets the disclaimer that "Insert disclaimer" puts in, an attached photo
 * and a PACS screenshot are checked on the device, and the panel follows typing quickly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelList, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, X_FIXTURE } from '../harness';
import { armLatencyInPage, latencyInPage, percentile } from '../latency';

export const EVERYDAY_FIXTURES = [X_FIXTURE];
const EDITOR = '[data-testid="tweetTextarea_0"][role="textbox"]';
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const FILES = path.resolve('tests/fixtures/images');

export function everydaySuite(launch: () => Promise<SuiteBrowser>): void {
  let browser: SuiteBrowser;
  const results: Record<string, number | string> = {};

  beforeAll(async () => {
    browser = await launch();
    results.browser = browser.version;
  });

  afterAll(async () => {
    await browser?.close();
    mkdirSync('test-results', { recursive: true });
    writeFileSync(path.join('test-results', `everyday-${browser?.name}.json`), JSON.stringify(results, null, 2));
    console.log(`Safe Harbor in ${browser?.version}:`, results);
  });

  async function compose(text: string): Promise<SuitePage> {
    const page = await browser.newPage();
    await page.goto('https://x.com/home');
    await page.waitFor(EDITOR);
    await page.click(EDITOR);
    await page.type(text);
    return page;
  }

  describe(`everyday use`, () => {
    it('lists what was flagged in the popup, by category', async () => {
      const page = await compose('MRN 00482913 for the 45 y/o, thoughts?');
      await page.waitFor(`${PANEL}[data-categories~="phi.id"]`, { timeout: 5_000 });
      const popup = await browser.openExtensionPage('popup.html');
      await expect.poll(() => popup.count('[data-category="phi.id"]'), { timeout: 10_000 }).toBeGreaterThan(0);
      await popup.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-popup.png`));
      await popup.close();
      await page.close();
    });

    it('sets the disclaimer in the options page, and "Insert disclaimer" puts that one in', async () => {
      const options = await browser.openExtensionPage('options.html', { width: 900, height: 900 });
      await options.waitFor('#disclaimer-default');
      await options.fill('#disclaimer-default', 'Opinions mine, not my hospital.');
      // The previews show what is stored (a textarea's own text is not in the page's text).
      await expect.poll(() => options.evaluate(() => document.body.textContent?.includes('Opinions mine, not my hospital.') ?? false), { timeout: 5_000 }).toBe(true);
      await options.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-options.png`));
      const page = await compose('Classic Segond fracture on knee MRI.');
      const panel = `${PANEL}[data-categories~="prof.disclaimer_missing"]`;
      await page.waitFor(panel, { timeout: 5_000 });
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'Insert disclaimer' });
      await expect.poll(() => page.evaluate(() => window.fixture.texts()[0])).toBe('Classic Segond fracture on knee MRI.\n\nOpinions mine, not my hospital.');
      await options.fill('#disclaimer-default', 'Views my own; not medical advice.');
      await options.close();
      await page.close();
    });

    it.each([
      ['photo-face.jpg', ['phi.face']],
      ['overlay-ct-16px.png', ['phi.name', 'phi.id', 'phi.date']],
    ])('checks an attached %s on the device', async (file, expected) => {
      const page = await compose('Teaching case, look at the image');
      await page.waitFor(`${PANEL}[data-status="ready"]`, { timeout: 5_000 });
      await page.attachFile('[data-testid="fileInput"]', path.join(FILES, file));
      await page.waitFor(`${PANEL}[data-image-status="done"]`, { timeout: 60_000 });
      expect((await page.attribute(PANEL, 'data-categories'))!.split(' ')).toEqual(expect.arrayContaining(expected));
      await openPanelList(page, PANEL);
      await page.screenshot(path.join(SCREENSHOT_DIR, `${browser.name}-attachment-${file.replace(/\W/g, '-')}.png`));
      await page.close();
    }, 90_000);

    it('updates the panel soon after the last keystroke', async () => {
      const page = await compose('Draft about a case');
      await page.waitFor(`${PANEL}[data-status="ready"]`, { timeout: 5_000 });
      const latencies: number[] = [];
      for (let i = 0; i < 20; i++) {
        const word = i % 2 === 0 ? ' 45 y/o' : ' ok';
        await page.type(word.slice(0, -1));
        // From the next keydown to the panel's next "ready".
        await page.evaluate(armLatencyInPage, PANEL);
        await page.type(word.slice(-1));
        await expect.poll(() => page.evaluate(latencyInPage), { timeout: 5_000 }).toBeGreaterThan(0);
        latencies.push((await page.evaluate(latencyInPage))!);
      }
      results.latencyP50Ms = Math.round(percentile(latencies, 0.5));
      results.latencyP95Ms = Math.round(percentile(latencies, 0.95));
      expect(results.latencyP95Ms).toBeLessThan(1000);
      await page.close();
    });
  });
}
