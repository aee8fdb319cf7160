/**
 * The teaching-case log end to end in Chromium: an unknown typed on X is offered "Log as case #13",
 * Post sets its answer due, the Cases page lists it, the popup shows it due once the clock has moved
 * on, "Answer case #13" writes the answer's hashtag and disclaimer once and Post marks it answered,
 * and the CSV and Excel exports hold the row.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openList, PANEL, SCREENSHOT_DIR, sharedBrowser, X_EDITOR } from './harness';

const getBrowser = sharedBrowser();
const POST = '[data-testid="tweetButtonInline"]';
const DAY = 24 * 3_600_000;

async function compose(text: string): Promise<Page> {
  const page = await getBrowser().context.newPage();
  await page.goto('https://x.com/home');
  await page.locator(X_EDITOR).click();
  await page.keyboard.type(text);
  return page;
}

async function extensionPage(file: string, options: { clock?: number; width?: number } = {}): Promise<Page> {
  const page = await getBrowser().context.newPage();
  await page.setViewportSize({ width: options.width ?? 1000, height: 800 });
  if (options.clock) await page.clock.install({ time: options.clock });
  await page.goto(`chrome-extension://${getBrowser().extensionId}/${file}`);
  return page;
}

describe('teaching-case log', () => {
  it('logs an unknown from the badge, dates its answer on Post, shows it due, writes the answer, and exports it', async () => {
    // The unknown: offered as case #13, logged with one click, posted.
    const question = await compose('Unknown case #13: a child with a limp. What do you see? Answer Friday #MyRadHashtag');
    const panel = question.locator(`${PANEL}[data-teaching="unknown"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    const log = panel.getByRole('button', { name: 'Log as case #13' });
    await log.waitFor();
    await question.screenshot({ path: path.join(SCREENSHOT_DIR, 'case-offer-x.png') });
    await log.click();
    await panel.getByText('Logged as case #13').waitFor();
    await question.keyboard.press('Escape');
    const postedAt = Date.now();
    await question.locator(POST).click();
    await expect.poll(() => question.evaluate(() => window.fixture.posted.length)).toBe(1);
    await question.close();

    // The Cases page lists it, with the answer due on the Friday the post named.
    const cases = await extensionPage('cases.html');
    const row = cases.locator('tr[data-case="13"]');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('question-posted');
    expect(await row.textContent()).toContain('#MyRadHashtag');
    await cases.screenshot({ path: path.join(SCREENSHOT_DIR, 'cases-page.png'), fullPage: true });

    // A week later the popup puts it first, overdue.
    const popup = await extensionPage('popup.html', { clock: postedAt + 7 * DAY, width: 360 });
    const due = popup.getByRole('region', { name: 'Answers due' }).or(popup.locator('section.answers-due'));
    await due.first().waitFor();
    expect(await popup.locator('.due-list li[data-case="13"]').getAttribute('data-overdue')).toBe('true');
    expect(await popup.locator('.due-list li[data-case="13"]').textContent()).toMatch(/overdue by/);
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-answers-due.png') });
    await popup.close();

    // The answer: "Answer case #13" adds the hashtag and the disclaimer once; Post marks it answered.
    const answer = await compose('Answer case #13: Brodie abscess.');
    const answerPanel = answer.locator(`${PANEL}[data-teaching="answer"]`);
    await answerPanel.waitFor({ timeout: 5_000 });
    await openList(answerPanel);
    await answerPanel.getByRole('button', { name: 'Answer case #13' }).click();
    await expect.poll(() => answer.evaluate(() => window.fixture.texts()[0])).toBe('Answer case #13: Brodie abscess.\n\n#MyRadHashtag\n\nViews my own; not medical advice.');
    await expect.poll(() => answerPanel.getByRole('button', { name: 'Answer case #13' }).count()).toBe(0);
    await answer.screenshot({ path: path.join(SCREENSHOT_DIR, 'case-answer-x.png') });
    await answerPanel.getByRole('button', { name: 'Close the list' }).click();
    await answer.locator(POST).click();
    await expect.poll(() => answer.evaluate(() => window.fixture.posted.length)).toBe(1);
    await answer.close();
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000 }).toBe('answered');

    // Both exports hold the row.
    const [csvDownload] = await Promise.all([cases.waitForEvent('download'), cases.getByRole('button', { name: 'Export cases (CSV)' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('case,title,hashtag,site,surface,status,posted,answer due,answered');
    expect(csv.split('\r\n')[1]).toMatch(/^13,"","#MyRadHashtag","X","post","answered",/);
    const [xlsxDownload] = await Promise.all([cases.waitForEvent('download'), cases.getByRole('button', { name: 'Export cases (Excel)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync((await xlsxDownload.path())!);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cases')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'case', 'title', 'hashtag', 'site', 'surface', 'status', 'posted', 'answer due', 'answered']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 7)).toEqual([13, '', '#MyRadHashtag', 'X', 'post', 'answered']);
    await cases.close();
  }, 120_000);
});
