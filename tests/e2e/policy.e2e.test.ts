/**
 * An institution's policy, written where Debian's Chromium reads managed policies, reaches the
 * extension's managed storage: it is applied, and shown as locked in the options page.
 * Needs write access to /etc/chromium/policies/managed (root, as in CI); skipped otherwise.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchBrowser, openList, SCREENSHOT_DIR, type Browser } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'safe-harbor-e2e.json');

function canWritePolicies(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for an unpacked extension: SHA-256 of its path, first 32 hex digits spelled a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return hex.replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

const writable = canWritePolicies();
let browser: Browser;

beforeAll(async () => {
  if (!writable) return;
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [unpackedExtensionId(EXTENSION_DIR)]: {
            disclaimers: { x: 'Lakeshore Health: views are my own, not medical advice.' },
            lockedRules: ['profanity'],
            severities: { sarcasm: 'warning' },
            postGuard: true,
            policyUrl: 'https://intranet.lakeshore.example/social-media-policy',
          },
        },
      },
    }),
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(POLICY_FILE, { force: true });
});

describe.skipIf(!writable)('institution policy', () => {
  it('computes the extension id Chromium uses', () => {
    expect(browser.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
  });

  it('shows managed settings as locked in the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('note').getByRole('link', { name: 'Read its social-media policy' }).waitFor();
    const x = options.getByLabel('Disclaimer on X', { exact: true });
    await expect.poll(() => x.inputValue()).toBe('Lakeshore Health: views are my own, not medical advice.');
    expect(await x.isDisabled()).toBe(true);
    expect(await options.getByLabel('Check for: Swearing').isDisabled()).toBe(true);
    expect(await options.getByLabel('Severity of Sarcasm').inputValue()).toBe('warning');
    expect(await options.getByLabel('Severity of Sarcasm').isDisabled()).toBe(true);
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-managed.png') });
    await options.close();
  });

  it('applies the institution disclaimer on X', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"][role="textbox"]').click();
    await page.keyboard.type('Classic Segond fracture on knee MRI.');
    const panel = page.locator('safe-harbor-panel[data-categories~="prof.disclaimer_missing"]');
    await panel.waitFor({ timeout: 10_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect
      .poll(() => page.evaluate(() => window.fixture.texts()))
      .toEqual(['Classic Segond fracture on knee MRI.\n\nLakeshore Health: views are my own, not medical advice.']);
    await page.close();
  });
});
