/**
 * The teaching-case log end to end, in Chromium and in Firefox: an unknown typed on X is offered
 * "Log as case #13", Post sets its answer due, the Cases page lists it, the popup shows it overdue
 * once the clock has moved on, "Answer case #13" writes the answer's hashtag and disclaimer once and
 * Post marks it answered, and the CSV and Excel exports hold the row (read back here).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { lastDownload, lastDownloadBase64, openPanelList, recordDownloads, sharedSuiteBrowser, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, X_EDITOR, X_FIXTURE } from '../harness';

export const CASES_FIXTURES = [X_FIXTURE];
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const POST = '[data-testid="tweetButtonInline"]';
const DAY = 24 * 3_600_000;
const WIDE = { width: 1000, height: 800 };
const posted = (page: SuitePage) => page.evaluate(() => window.fixture.posted.length);
const caseStatus = (page: SuitePage) => page.evaluate(() => document.querySelector('tr[data-case="13"]')?.getAttribute('data-status') ?? null);

export function casesSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);
  async function compose(text: string): Promise<SuitePage> {
    const page = await suiteBrowser().newPage();
    await page.goto('https://x.com/home');
    await page.waitFor(X_EDITOR);
    await page.click(X_EDITOR);
    await page.type(text);
    return page;
  }

  it('logs an unknown from the badge, dates its answer on Post, shows it due, writes the answer, and exports it', async () => {
    const browser = suiteBrowser();
    const shot = (name: string) => path.join(SCREENSHOT_DIR, `${browser.name}-${name}.png`);

    // The user's tracking hashtag, set once in the options.
    const options = await browser.openExtensionPage('options.html', { width: 900, height: 900 });
    await options.fill('#case-hashtag', 'MyRadHashtag');
    await options.clickByRole({ role: 'button', name: 'Save hashtag' });
    await options.close();
    const schedule = await browser.openExtensionPage('cases.html', WIDE);
    await expect.poll(() => schedule.evaluate(() => document.body.textContent ?? '')).toContain('tracked with #MyRadHashtag');
    await schedule.close();

    // The unknown: offered as case #13, logged with one click, posted.
    const question = await compose('Unknown case #13: a child with a limp. What do you see? Answer Friday #MyRadHashtag');
    const unknown = `${PANEL}[data-teaching="unknown"]`;
    await question.waitFor(unknown, { timeout: 10_000 });
    await openPanelList(question, unknown);
    await question.waitInPanel(unknown, { role: 'button', name: 'Log as case #13' });
    await question.screenshot(shot('case-offer-x'));
    await question.clickInPanel(unknown, { role: 'button', name: 'Log as case #13' });
    await expect.poll(() => question.textInPanel(unknown, { role: 'region', name: 'Teaching case' })).toContain('Logged as case #13');
    await question.clickInPanel(unknown, { role: 'button', name: 'Close the list' });
    const postedAt = Date.now();
    await question.click(POST);
    await expect.poll(() => posted(question)).toBe(1);
    await question.close();

    // The Cases page lists it, with the answer due on the Friday the post named.
    const cases = await browser.openExtensionPage('cases.html', WIDE);
    await expect.poll(() => caseStatus(cases), { timeout: 10_000 }).toBe('question-posted');
    const row = await cases.evaluate(() => document.querySelector('tr[data-case="13"]')!.textContent);
    expect(row).toContain('#MyRadHashtag');
    expect(row).toMatch(/Fri|due in/);
    await cases.screenshot(shot('cases-page'));

    // The popup puts it first: eight days later (where the browser's clock can be moved), overdue.
    const popup = await browser.openExtensionPage('popup.html', { width: 360, height: 600 }, browser.setsClock ? { now: postedAt + 8 * DAY } : {});
    await popup.waitFor('.answers-due li[data-case="13"]', { timeout: 10_000 });
    const due = await popup.evaluate(() => document.querySelector('.answers-due li[data-case="13"]')!.textContent);
    if (browser.setsClock) {
      expect(await popup.attribute('.answers-due li[data-case="13"]', 'data-overdue')).toBe('true');
      // Due the Friday after the day the test runs (one to seven days on): eight days on, it is overdue.
      expect(due).toMatch(/overdue by [1-7] days?/);
    } else {
      expect(due).toMatch(/due in \d+ (?:days?|h|min)/);
    }
    // First: before the summary of findings.
    expect(await popup.evaluate(() => !!(document.querySelector('.answers-due')!.compareDocumentPosition(document.querySelector('.summary, .empty')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    await popup.screenshot(shot('popup-answers-due'));
    await popup.close();

    // The answer: "Answer case #13" adds the hashtag and the disclaimer once; Post marks it answered.
    const answer = await compose('Answer case #13: Brodie abscess.');
    const answerPanel = `${PANEL}[data-teaching="answer"]`;
    await answer.waitFor(answerPanel, { timeout: 10_000 });
    await openPanelList(answer, answerPanel);
    await answer.clickInPanel(answerPanel, { role: 'button', name: 'Answer case #13' });
    await expect.poll(() => answer.evaluate(() => window.fixture.texts()[0])).toBe('Answer case #13: Brodie abscess.\n\n#MyRadHashtag\n\nViews my own; not medical advice.');
    await answer.waitInPanel(answerPanel, { role: 'button', name: 'Answer case #13' }, { state: 'detached' });
    await answer.screenshot(shot('case-answer-x'));
    await answer.clickInPanel(answerPanel, { role: 'button', name: 'Close the list' });
    await answer.click(POST);
    await expect.poll(() => posted(answer)).toBe(1);
    await answer.close();
    await expect.poll(() => caseStatus(cases), { timeout: 10_000 }).toBe('answered');

    // Both exports hold the row.
    await cases.evaluate(recordDownloads);
    await cases.clickByRole({ role: 'button', name: 'Export cases (CSV)' });
    await expect.poll(() => cases.evaluate(lastDownload)).toBeTruthy();
    const csv = (await cases.evaluate(lastDownload))!;
    expect(csv.split('\r\n')[0]).toBe('case,title,hashtag,site,surface,status,posted,answer due,answered');
    expect(csv.split('\r\n')[1]).toMatch(/^13,"","#MyRadHashtag","X","post","answered",/);
    await cases.clickByRole({ role: 'button', name: 'Export cases (Excel)' });
    await expect.poll(() => cases.evaluate(lastDownloadBase64), { timeout: 10_000 }).not.toBe(csvAsBase64(csv));
    const bytes = Buffer.from((await cases.evaluate(lastDownloadBase64))!, 'base64');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Cases')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'case', 'title', 'hashtag', 'site', 'surface', 'status', 'posted', 'answer due', 'answered']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 7)).toEqual([13, '', '#MyRadHashtag', 'X', 'post', 'answered']);
    await cases.close();
  }, 120_000);

  it('imports an existing spreadsheet through a column mapping, and says which rows were refused and why', async () => {
    const cases = await suiteBrowser().openExtensionPage('cases.html', WIDE);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'safe-harbor-cases-')), 'my-cases.csv');
    writeFileSync(file, 'Unknown #,Dx,Date posted,Answer posted,Platform\n40,Segond fracture,3/14/2026,3/16/2026,Twitter\n13,Taken,,,\n41,Pt Jane Doe 68M,,,\n42,Osgood-Schlatter,2026-04-01,,instagram\n');
    await cases.attachFile('input[type="file"]', file);
    await cases.waitFor('form.column-mapping', { timeout: 10_000 });
    await cases.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-cases-import-mapping.png`));
    await cases.clickByRole({ role: 'button', name: 'Import' });
    await expect.poll(() => cases.evaluate(() => document.querySelector('.import-report')?.textContent ?? '')).toMatch(/^Imported 2 cases; 2 rows refused:/);
    const report = await cases.evaluate(() => document.querySelector('.import-report')!.textContent!);
    expect(report).toContain('Row 3: Case #13 is already in your log.');
    expect(report).toMatch(/Row 4: Case #41: the title has a patient detail/);
    await expect.poll(() => cases.count('tr[data-case="40"][data-status="answered"], tr[data-case="42"][data-status="question-posted"]')).toBe(2);
    // The refused title is named on screen, to be fixed in the file, and kept nowhere.
    expect(await cases.evaluate(() => document.querySelector('.case-table')!.textContent!.includes('Jane Doe'))).toBe(false);
    await cases.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-cases-imported.png`));
    await cases.close();
  });
}

const csvAsBase64 = (csv: string): string => Buffer.from(csv, 'utf8').toString('base64');

/** Three cases written straight into the log (answered, overdue, not posted yet), for looking at the Cases page. */
export async function seedCases(): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('safe-harbor');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const transaction = database.transaction('cases', 'readwrite');
  const now = Date.now();
  const day = 24 * 3_600_000;
  const base = { surface: 'post', draftId: null, reminded: false };
  const store = transaction.objectStore('cases');
  store.add({ ...base, number: 1, site: 'x', title: 'Segond fracture', hashtag: 'MSKRad', status: 'answered', createdAt: now - 40 * day, postedAt: now - 40 * day, answerDue: now - 38 * day, answeredAt: now - 38 * day, reminded: true });
  store.add({ ...base, number: 2, site: 'instagram', surface: 'caption', title: 'Posterior fossa mass', hashtag: 'LuriePedsNeuro', status: 'question-posted', createdAt: now - 3 * day, postedAt: now - 3 * day, answerDue: now - day, answeredAt: null });
  store.add({ ...base, number: 3, site: 'x', title: '', hashtag: 'MSKRad', status: 'logged', createdAt: now, postedAt: null, answerDue: null, answeredAt: null });
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onabort = () => reject(new Error(`seeding cases failed: ${transaction.error?.message}`));
  });
  database.close();
}
