/**
 * An institution's policy in Firefox: enterprise policies.json (in the Firefox installation's
 * distribution folder, the place Firefox reads it from) hands the add-on its managed storage
 * ("3rdparty" → "Extensions" → the add-on's id); it is applied and shown as locked in the options.
 * Needs write access to that folder (root, as in CI); skipped otherwise.
 */
import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelList, type SuiteBrowser } from './driver';
import { FIREFOX, firefoxSuiteBrowser } from './firefox';
import { SCREENSHOT_DIR, X_FIXTURE } from './harness';

/** Beside the real Firefox binary (/usr/bin/firefox-esr links to /usr/lib/firefox-esr/firefox-esr). */
const POLICY_FILE = path.join(path.dirname(realpathSync(FIREFOX)), 'distribution', 'policies.json');
const DISCLAIMER = 'Lakeshore Health: views are my own, not medical advice.';

function canWritePolicy(): boolean {
  try {
    accessSync(path.dirname(POLICY_FILE), constants.W_OK);
    return !existsSync(POLICY_FILE); // never overwrite a real policy
  } catch {
    return false;
  }
}

const writable = canWritePolicy();
let browser: SuiteBrowser;

beforeAll(async () => {
  if (!writable) return;
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      policies: {
        '3rdparty': {
          Extensions: {
            'safe-harbor@safe-harbor.invalid': {
              disclaimers: { x: DISCLAIMER },
              lockedRules: ['profanity'],
              severities: { sarcasm: 'warning' },
              postGuard: true,
              policyUrl: 'https://intranet.lakeshore.example/social-media-policy',
            },
          },
        },
      },
    }),
  );
  browser = await firefoxSuiteBrowser([X_FIXTURE]);
});

afterAll(async () => {
  await browser?.close();
  if (writable) rmSync(POLICY_FILE, { force: true });
});

describe.skipIf(!writable)('institution policy in Firefox', () => {
  it('shows managed settings as locked in the options page', async () => {
    const options = await browser.openExtensionPage('options.html', { width: 900, height: 1200 });
    await options.waitFor('[role="note"] a');
    await expect.poll(() => options.evaluate(() => (document.querySelector('#disclaimer-x') as HTMLTextAreaElement | null)?.value)).toBe(DISCLAIMER);
    expect(await options.isDisabled('#disclaimer-x')).toBe(true);
    await options.screenshot(path.join(SCREENSHOT_DIR, 'firefox-options-managed.png'));
    await options.close();
  });

  it('applies the institution disclaimer on X', async () => {
    const page = await browser.newPage();
    await page.goto('https://x.com/home');
    await page.waitFor('[data-testid="tweetTextarea_0"][role="textbox"]');
    await page.click('[data-testid="tweetTextarea_0"][role="textbox"]');
    await page.type('Classic Segond fracture on knee MRI.');
    const panel = 'safe-harbor-panel[data-categories~="prof.disclaimer_missing"]';
    await page.waitFor(panel, { timeout: 10_000 });
    await openPanelList(page, panel);
    await page.clickInPanel(panel, { role: 'button', name: 'Insert disclaimer' });
    await expect.poll(() => page.evaluate(() => window.fixture.texts())).toEqual([`Classic Segond fracture on knee MRI.\n\n${DISCLAIMER}`]);
    await page.close();
  });
});
