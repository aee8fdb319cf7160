import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/lib/sites/table';
import { openList, PANEL, SCREENSHOT_DIR, sharedBrowser, X_EDITOR } from './harness';

const EDITOR = X_EDITOR;
const getBrowser = sharedBrowser();

const openExtensionPage = async (name: string) => {
  const page = await getBrowser().context.newPage();
  await page.goto(`chrome-extension://${getBrowser().extensionId}/${name}`);
  return page;
};

describe('options page', () => {
  it('sets one disclaimer for every site, and a different one for X that "Insert disclaimer" puts into an X post', async () => {
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Disclaimer for every site').fill('Views my own, not medical advice.');
    await options.getByLabel('Preview on Instagram').getByText('Views my own, not medical advice.').waitFor();
    await options.getByLabel('Use a different disclaimer on X').check();
    await options.getByLabel('Disclaimer on X', { exact: true }).fill('Opinions mine, not my hospital. #NotMedicalAdvice');
    await options.getByLabel('Preview on X').getByText('Opinions mine, not my hospital. #NotMedicalAdvice').waitFor();
    await options.getByLabel('Preview on X').getByText(/characters left/).waitFor();
    expect(await options.getByLabel('Disclaimer for the other sites').inputValue()).toBe('Views my own, not medical advice.');
    await options.getByLabel('Preview on YouTube').getByText('Views my own, not medical advice.').waitFor();
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options.png'), fullPage: true });

    const page = await getBrowser().context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(EDITOR).click();
    await page.keyboard.type('Classic Segond fracture on knee MRI.');
    const panel = page.locator(`${PANEL}[data-categories~="prof.disclaimer_missing"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect.poll(() => page.evaluate(() => window.fixture.texts())).toEqual(['Classic Segond fracture on knee MRI.\n\nOpinions mine, not my hospital. #NotMedicalAdvice']);
    await page.close();

    // Back to the default: X follows it again.
    await options.getByLabel('Use a different disclaimer on X').uncheck();
    await options.getByLabel('Disclaimer for every site').waitFor();
    await options.getByLabel('Preview on X').getByText('Views my own, not medical advice.').waitFor();
    await options.close();
  });

  it('turns a rule off for open drafts', async () => {
    const page = await getBrowser().context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(EDITOR).click();
    await page.keyboard.type('WTF is this indication');
    await page.locator(`${PANEL}[data-categories~="prof.profanity"]`).waitFor({ timeout: 5_000 });
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Check for: Swearing').uncheck();
    await expect.poll(() => page.locator(PANEL).getAttribute('data-categories')).not.toContain('prof.profanity');
    await options.getByLabel('Check for: Swearing').check();
    await options.close();
    await page.close();
  });

  it('rejects a bad settings file with a clear message and changes nothing', async () => {
    const options = await openExtensionPage('options.html');
    await options.getByLabel('Import settings').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"safe-harbor-settings","version":1,"settings":{"pausedSites":["myspace"]}}') });
    await options.getByText(`Not imported: Paused sites must list platforms: ${PLATFORMS.join(', ')}. Your settings are unchanged.`).waitFor();
    expect(await options.getByLabel('Check my drafts on X').isChecked()).toBe(true);
    await options.close();
  });

  it('exports history as CSV with masked excerpts and no draft text', async () => {
    const page = await getBrowser().context.newPage();
    await page.goto('https://x.com/home');
    await page.locator(EDITOR).click();
    await page.keyboard.type('Pt is a 68M, MRN 00482913');
    await page.locator(`${PANEL}[data-categories~="phi.id"]`).waitFor({ timeout: 5_000 });
    const options = await openExtensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export history (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('time,site,surface,rule,category,severity,outcome,excerpt');
    expect(csv).toContain('"phi.id"');
    expect(csv).toContain('[AGE]');
    expect(csv).not.toContain('00482913');
    expect(csv).not.toContain('68M');
    await options.close();
    await page.close();
  });
});

describe('full-page checker', () => {
  it('checks a pasted script with the same engine and marks the words', async () => {
    const checker = await openExtensionPage('checker.html');
    await checker.getByLabel('Your text').fill('The BEST Cases of This Month\n\nA 45-year-old man from Oakdale, seen last week. <b>not bold</b>');
    await checker.getByRole('status').getByText(/findings/).waitFor();
    const categories = await checker.locator('[data-category]').evaluateAll((items) => items.map((i) => i.getAttribute('data-category')));
    expect(categories).toEqual(expect.arrayContaining(['phi.age', 'phi.gender', 'phi.geo', 'phi.time_hint', 'prof.evergreen']));
    expect(await checker.locator('mark').first().textContent()).toBe('This Month');
    expect(await checker.locator('.marked b').count()).toBe(0);
    await checker.screenshot({ path: path.join(SCREENSHOT_DIR, 'checker.png'), fullPage: true });
    await checker.close();
  });

  it('selects a finding\'s words in the text, and applies its fix', async () => {
    const checker = await openExtensionPage('checker.html');
    const draft = checker.getByLabel('Your text');
    await draft.fill('Great case from a 45-year-old.');
    const age = checker.locator('[data-category="phi.age"]');
    await age.getByRole('button', { name: /45-year-old/ }).click();
    const selection = () => draft.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.value.slice(el.selectionStart, el.selectionEnd)]);
    expect(await selection()).toEqual([true, '45-year-old']);
    await age.getByRole('group', { name: 'Fixes for: Age' }).getByRole('button').first().click();
    await expect.poll(() => draft.inputValue()).not.toContain('45-year-old');
    await checker.close();
  });
});
