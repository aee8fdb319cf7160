/**
 * What a clinician does besides typing, run in Chromium and in Firefox: the popup lists what was
 * flagged, and the panel follows typing quickly. The options page and the checker (pages.ts) and
 * attachments (images.ts) have their own suites.
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
