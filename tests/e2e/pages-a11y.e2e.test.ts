/**
 * The extension's own pages (popup, options, full-page checker) in light and dark: no serious or
 * critical axe-core violations, and screenshots of each to look at.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PANEL, SCREENSHOT_DIR, X_EDITOR, type Browser } from './harness';
import { seedCases } from './suites/cases';
import { seedManyDrafts } from './suites/pages';

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Serious and critical violations, printed so that a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  });
  return (violations as AxeViolation[])
    .filter((v) => process.env.AXE_ALL || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`).join('\n')}`);
}

async function checkInBothSchemes(page: Page, name: string, ready: (page: Page) => Promise<void>, shoot: (page: Page, file: string) => Promise<unknown>): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await ready(page);
    await shoot(page, path.join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`));
    const violations = await seriousViolations(page);
    expect(violations, `${name} (${colorScheme}):\n${violations.join('\n')}`).toEqual([]);
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator(X_EDITOR).click();
  await page.keyboard.type('MRN 00482913 for the 45 y/o. WTF is this indication');
  await page.locator(`${PANEL}[data-categories~="phi.id"]`).waitFor({ timeout: 10_000 });
  // A second draft, so that the popup's bars have different lengths.
  const second = await browser.context.newPage();
  await second.goto('https://x.com/home');
  await second.locator(X_EDITOR).click();
  await second.keyboard.type('Our 68M from last night, 45 y/o brother in the room');
  await second.locator(`${PANEL}[data-categories~="phi.age"]`).waitFor({ timeout: 10_000 });
  await second.close();
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

const extensionPage = async (name: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${name}`);
  return page;
};

describe('accessibility of the extension pages, light and dark', () => {
  it('popup', async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await checkInBothSchemes(
      popup,
      'popup',
      (page) => page.locator('[data-category="phi.id"]').first().waitFor(),
      (page, file) => page.locator('main.popup').screenshot({ path: file }),
    );
    expect(await popup.locator('.flag-excerpt').first().textContent()).toContain('[AGE]');
    await popup.close();
  });

  it('popup with many drafts keeps its links and footer in view, the drafts scrolling inside', async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.evaluate(seedManyDrafts);
    await popup.reload();
    await popup.locator('.draft').nth(19).waitFor({ state: 'attached' });
    const scroller = popup.getByRole('region', { name: 'Recent drafts' });
    expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const footer = await popup.locator('.popup-footer').boundingBox();
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(600);
    await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-many-drafts.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('options', async () => {
    const options = await extensionPage('options.html');
    // Something to undo in each list: allowed words, ignored findings and a check turned off.
    const settings = { allowList: ['Lovelace', '@dr_ada'], ignored: ['1x9k2pq', '0f3mzr8'], disabledRules: ['sarcasm'] };
    await options.getByLabel('Import settings').setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'safe-harbor-settings', version: 1, settings })),
    });
    await options.getByRole('button', { name: 'Flag again: ignored finding 2' }).waitFor();
    await options.getByRole('button', { name: 'Turn back on: Sarcasm' }).waitFor();
    await checkInBothSchemes(
      options,
      'options',
      (page) => page.getByLabel('Preview on X').waitFor(),
      (page, file) => page.screenshot({ path: file, fullPage: true }),
    );
    await options.close();
  });

  it('cases', async () => {
    const cases = await extensionPage('cases.html');
    await cases.locator('h1').waitFor();
    await cases.evaluate(seedCases);
    await cases.reload();
    await checkInBothSchemes(
      cases,
      'cases',
      (page) => page.locator('tr[data-case="3"]').waitFor(),
      (page, file) => page.screenshot({ path: file, fullPage: true }),
    );
    await cases.setViewportSize({ width: 420, height: 800 });
    await cases.screenshot({ path: path.join(SCREENSHOT_DIR, 'cases-narrow.png'), fullPage: true });
    await cases.close();
  });

  it('checker', async () => {
    const checker = await extensionPage('checker.html');
    await checker.getByLabel('Your text').fill('The BEST Cases of This Month\n\nA 45-year-old man from Oakdale, seen last week. Damn, what a case.');
    await checkInBothSchemes(
      checker,
      'checker',
      (page) => page.getByRole('status').getByText(/findings/).waitFor(),
      (page, file) => page.screenshot({ path: file, fullPage: true }),
    );
    await checker.close();
  });
});
