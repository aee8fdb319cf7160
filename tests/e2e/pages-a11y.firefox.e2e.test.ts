/**
 * The extension's own pages (popup, options, full-page checker) in Firefox, light and dark: no
 * serious or critical axe-core violations, and screenshots to look at. Dark is Firefox's content
 * colour scheme set at launch (WebDriver BiDi cannot emulate it per page), so each scheme is its own browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SuiteBrowser, SuitePage } from './driver';
import { firefoxSuiteBrowser } from './firefox';
import { PANEL, SCREENSHOT_DIR, X_EDITOR, X_FIXTURE } from './harness';
import { seedCases } from './suites/cases';

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
/** axe's source as a function body: evaluated over WebDriver, which the extension pages' CSP does not govern. */
const loadAxe = new Function(AXE_SOURCE) as () => void;

async function seriousViolations(page: SuitePage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(loadAxe);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

describe.each(['light', 'dark'] as const)('accessibility of the extension pages in Firefox, %s', (scheme) => {
  let browser: SuiteBrowser;
  // Closed before the other scheme's browser starts.
  afterAll(async () => {
    await browser?.close();
  });
  it('popup, after a flagged draft', async () => {
    browser = await firefoxSuiteBrowser([X_FIXTURE], { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 });
    const page = await browser.newPage();
    await page.goto('https://x.com/home');
    await page.waitFor(X_EDITOR);
    await page.click(X_EDITOR);
    await page.type('MRN 00482913 for the 45 y/o. WTF is this indication');
    await page.waitFor(`${PANEL}[data-categories~="phi.id"]`, { timeout: 10_000 });
    const popup = await browser.openExtensionPage('popup.html', { width: 360, height: 600 });
    await expect.poll(() => popup.count('[data-category="phi.id"]'), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.screenshot(path.join(SCREENSHOT_DIR, `firefox-popup-${scheme}.png`));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  }, 60_000);

  it('options', async () => {
    const options = await browser.openExtensionPage('options.html', { width: 900, height: 1000 });
    await options.waitFor('#disclaimer-default');
    await options.screenshot(path.join(SCREENSHOT_DIR, `firefox-options-${scheme}.png`));
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('cases', async () => {
    const cases = await browser.openExtensionPage('cases.html', { width: 1000, height: 900 });
    await cases.waitFor('h1');
    await cases.evaluate(seedCases);
    await cases.evaluate(() => void setTimeout(() => location.reload(), 0));
    await cases.waitFor('tr[data-case="3"]', { timeout: 10_000 });
    await cases.screenshot(path.join(SCREENSHOT_DIR, `firefox-cases-${scheme}.png`));
    expect(await seriousViolations(cases)).toEqual([]);
    await cases.close();
  });

  it('checker', async () => {
    const checker = await browser.openExtensionPage('checker.html', { width: 900, height: 900 });
    await checker.waitFor('textarea');
    await checker.fill('textarea', 'The BEST Cases of This Month. A 45-year-old man from Oakdale, seen last week. Damn, what a case.');
    await expect.poll(() => checker.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? ''), { timeout: 10_000 }).toMatch(/finding/);
    await checker.screenshot(path.join(SCREENSHOT_DIR, `firefox-checker-${scheme}.png`));
    expect(await seriousViolations(checker)).toEqual([]);
    await checker.close();
  });
});
