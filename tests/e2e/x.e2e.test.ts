import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openList, SCREENSHOT_DIR, type Browser } from './harness';

const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const EDITOR = (i: number) => `[data-testid="tweetTextarea_${i}"][role="textbox"]`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openComposer(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`https://x.com/home${query}`);
  await page.locator(EDITOR(0)).waitFor();
  return page;
}

const modelTexts = (page: Page) => page.evaluate(() => window.fixture.texts());

describe('X composer (Draft.js)', () => {
  it('warns beside the composer about an exact age, without touching the draft', async () => {
    const page = await openComposer();
    const draft = 'Pt is a 68M with a new lytic lesion in the L4 body on CT.';
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type(draft);

    const panel = page.locator(`${PANEL}[data-categories~="phi.age"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.getAttribute('data-findings')).toBe('3');
    expect(await panel.getAttribute('data-categories')).toBe('phi.age phi.gender prof.disclaimer_missing');
    await openList(panel);
    await expect.poll(() => panel.locator('.sh-finding').first().textContent()).toContain('"68M" gives the patient\'s exact age.');

    expect(await modelTexts(page)).toEqual([draft]);
    expect(await page.locator('[data-testid="tweetButtonInline"]').getAttribute('aria-disabled')).toBe('false');
    // "68M" is underlined with the CSS Custom Highlight API: no node was added to the editor.
    // One underline for "68M", though it is both an age and a sex.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('safe-harbor-error')?.size ?? 0)).toBe(1);
    expect(await page.evaluate(() => [...CSS.highlights.get('safe-harbor-error')!].map((r) => (r as Range).toString()))).toEqual(['68M']);
    expect(await page.locator(`${EDITOR(0)} [data-safe-harbor]`).count()).toBe(0);
    expect(await page.locator(`${EDITOR(0)} safe-harbor-panel`).count()).toBe(0);
    expect(await page.locator(PANEL).count()).toBe(1);

    await page.locator('.composer').first().screenshot({ path: path.join(SCREENSHOT_DIR, 'inline-panel-x.png') });
    await page.close();
  });

  it('lists the flag in the popup, newest first, with the age masked', async () => {
    const popup = await browser.openPopup();
    const row = popup.locator('[data-category="phi.age"]').first();
    await row.waitFor();
    const excerpt = await popup.locator('.draft', { has: row }).locator('.flag-excerpt').first().textContent();
    expect(excerpt).toContain('[AGE]');
    expect(excerpt).not.toContain('68M');
    await popup.locator('main.popup').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup.png') });
    await popup.close();
  });

  it('updates as the draft changes and clears when the problem is edited away', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Call mom at 555-0134 about the 45 y/o');
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.getAttribute('data-categories')).toBe('phi.contact phi.age');
    for (let i = 0; i < ' about the 45 y/o'.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => panel.getAttribute('data-categories')).toBe('phi.contact');
    await page.close();
  });

  it('picks up a composer that X replaces, and watches every post of a thread', async () => {
    const page = await openComposer('?thread=2');
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    await page.evaluate(() => window.fixture.remount());
    await page.locator(EDITOR(1)).click();
    await page.keyboard.type('MRN 00482913');
    await page.locator(`${PANEL}[data-categories="phi.id"]`).waitFor({ timeout: 5_000 });
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    await page.close();
  });

  it('shows markup typed into a draft as text', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('<b>bold</b> email <img src=x onerror="window.pwned=1">jdoe@mail.com');
    const panel = page.locator(`${PANEL}[data-categories="phi.contact"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect(await panel.locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});

describe('X composer actions', () => {
  it('applies a suggestion through Draft.js, and undo brings the words back', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('A 45-year-old man with a scaphoid fracture.');
    const panel = page.locator(`${PANEL}[data-categories~="phi.age"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'Replace with "A middle-aged"' }).click();
    await expect.poll(() => modelTexts(page)).toEqual(['A middle-aged man with a scaphoid fracture.']);
    await expect.poll(() => page.locator(PANEL).getAttribute('data-categories')).not.toContain('phi.age');
    await page.locator(EDITOR(0)).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelTexts(page)).toEqual(['A 45-year-old man with a scaphoid fracture.']);
    await page.close();
  });

  it('inserts the disclaimer once, at the end, and the Post button stays enabled', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Classic Segond fracture on knee MRI: think ACL tear.');
    const panel = page.locator(`${PANEL}[data-categories~="prof.disclaimer_missing"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect.poll(() => modelTexts(page)).toEqual(['Classic Segond fracture on knee MRI: think ACL tear.\n\nViews my own; not medical advice.']);
    await expect.poll(() => page.locator(PANEL).getAttribute('data-categories')).toBe('');
    expect(await page.locator(PANEL).getByRole('button', { name: 'Insert disclaimer' }).count()).toBe(0);
    expect(await page.locator('[data-testid="tweetButtonInline"]').getAttribute('aria-disabled')).toBe('false');
    await page.locator('.composer').first().screenshot({ path: path.join(SCREENSHOT_DIR, 'inline-panel-x-disclaimer.png') });
    await page.close();
  });

  it('asks before posting while a patient identifier remains, and posts exactly as written on "Post anyway"', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('MRN 00482913 anyone?');
    const panel = page.locator(`${PANEL}[data-categories~="phi.id"]`);
    await panel.waitFor({ timeout: 5_000 });

    await page.locator('[data-testid="tweetButtonInline"]').click();
    const dialog = panel.getByRole('alertdialog');
    await dialog.waitFor();
    await page.locator('.composer').first().screenshot({ path: path.join(SCREENSHOT_DIR, 'post-guard-x.png') });
    await dialog.getByRole('button', { name: 'Review' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);

    await page.locator(EDITOR(0)).click();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor();
    expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => page.evaluate(() => window.fixture.posted)).toEqual(['MRN 00482913 anyone?']);
    await page.close();
  });

  it('turns a rule off from the panel, the finding goes away in open drafts, and Undo brings it back', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('WTF is this indication');
    const panel = page.locator(`${PANEL}[data-categories~="prof.profanity"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'More options for "WTF"' }).click();
    await panel.getByRole('menuitem', { name: 'Stop checking for profanity' }).click();
    await expect.poll(() => page.locator(PANEL).getAttribute('data-categories')).not.toContain('prof.profanity');
    await page.locator(PANEL).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator(PANEL).getAttribute('data-categories')).toContain('prof.profanity');
    await page.close();
  });
});

describe('X: the underline is the interface', () => {
  it('opens the card of a flagged word on hover, on click and from the keyboard, and skips between editor and badge', async () => {
    const page = await openComposer();
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Pt is a 68M, call 555-0134 today');
    const panel = page.locator(`${PANEL}[data-categories~="phi.contact"]`);
    await panel.waitFor({ timeout: 5_000 });
    const card = panel.getByRole('dialog');
    const wordBox = async (word: string) =>
      page.evaluate((w) => {
        const node = document.querySelector('[data-testid="tweetTextarea_0"] [data-text="true"]')!.firstChild!;
        const at = node.textContent!.indexOf(w);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }, word);

    // Hover: the card opens over the words, and goes when the pointer leaves.
    const phone = await wordBox('555-0134');
    await page.mouse.move(phone.x, phone.y);
    await card.waitFor();
    expect(await card.getAttribute('aria-label')).toBe('Contact: "555-0134"');
    await page.mouse.move(5, 600);
    await card.waitFor({ state: 'detached' });

    // Click: the caret lands in "68M" and its one card opens, with one fix for its age and sex.
    const age = await wordBox('68M');
    await page.mouse.click(age.x, age.y);
    await card.waitFor();
    expect(await card.getAttribute('aria-label')).toBe('Age · Gender: "68M"');
    expect(await card.getByRole('button', { name: /^Replace with/ }).count()).toBe(1);

    // Keyboard: Alt+Down moves to the next flagged words with focus in the card; Escape goes back to the draft.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => card.getAttribute('aria-label')).toBe('Contact: "555-0134"');
    expect(await page.evaluate(() => document.querySelector('safe-harbor-panel')!.shadowRoot!.activeElement?.textContent)).toBe('Remove the number');
    // With focus in the card, Alt+Up walks back.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => card.getAttribute('aria-label')).toBe('Age · Gender: "68M"');
    await expect.poll(() => page.evaluate(() => document.querySelector('safe-harbor-panel')!.shadowRoot!.activeElement?.textContent)).toBe('Replace with "an elderly patient"');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');

    // Alt+Shift+S jumps to the badge, Escape comes back; the text was never touched.
    await page.keyboard.press('Alt+Shift+S');
    await expect.poll(() => page.evaluate(() => document.querySelector('safe-harbor-panel')!.shadowRoot!.activeElement?.className)).toContain('sh-badge');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    expect(await modelTexts(page)).toEqual(['Pt is a 68M, call 555-0134 today']);

    // Review from the guard selects the first words that held the post back, with their card open.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    const guard = panel.getByRole('alertdialog');
    await expect.poll(() => page.evaluate(() => document.querySelector('safe-harbor-panel')!.shadowRoot!.activeElement?.textContent)).toBe('Review');
    await guard.getByRole('button', { name: 'Review' }).click();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('68M');
    await card.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');

    // A fix from the guard goes into the draft through the editor, which the closed dialog no longer holds inert.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await guard.getByRole('button', { name: 'Remove the number' }).click();
    await expect.poll(() => modelTexts(page)).toEqual(['Pt is a 68M, call today']);
    expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
    await page.close();
  });
});

describe('X threads', () => {
  it('checks a thread as a whole: an identifier split over two posts is flagged, and the disclaimer goes in the last post', async () => {
    const page = await openComposer('?thread=2');
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Thread on a classic Segond fracture on knee MRI. Case from MRN');
    await page.locator(EDITOR(1)).click();
    await page.keyboard.type('00482913 anyone?');
    const second = page.locator(PANEL).nth(1);
    await expect.poll(() => second.getAttribute('data-categories')).toContain('phi.id');
    await expect.poll(() => page.locator(PANEL).first().getAttribute('data-categories')).not.toContain('prof.disclaimer_missing');
    await expect.poll(() => second.getAttribute('data-categories')).toContain('prof.disclaimer_missing');
    await openList(page.locator(PANEL).first());
    await page.locator(PANEL).first().getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect.poll(() => modelTexts(page)).toEqual([
      'Thread on a classic Segond fracture on knee MRI. Case from MRN',
      '00482913 anyone?\n\nViews my own; not medical advice.',
    ]);
    await page.close();
  });
});

describe('X length limit', () => {
  it("offers the short form when the disclaimer would push the post past X's 280 weighted characters", async () => {
    const page = await openComposer();
    const draft = `Classic Segond fracture on knee MRI: think ACL tear. ${'Look at the lateral tibial plateau avulsion. '.repeat(4)}Classic sign. 🦴`;
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type(draft);
    const panel = page.locator(`${PANEL}[data-categories~="prof.disclaimer_missing"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    expect(await panel.getByRole('button', { name: 'Insert disclaimer' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Insert short disclaimer' }).click();
    await expect.poll(() => modelTexts(page)).toEqual([`${draft}\n\nNot medical advice.`]);
    await page.close();
  });
});

describe('X quote posts', () => {
  it('checks the post being quoted too, and the post guard counts it', async () => {
    const page = await openComposer('?quote=1');
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('Great teaching point');
    const panel = page.locator(`${PANEL}[data-categories~="phi.name"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('region', { name: 'In the post you quote' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await panel.getByRole('alertdialog').waitFor();
    await page.close();
  });
});

describe('X reply modal', () => {
  it('watches the composer in the reply dialog as a reply', async () => {
    const page = await openComposer('?reply=1');
    await page.locator(EDITOR(0)).click();
    await page.keyboard.type('My 45 y/o patient had the same');
    const panel = page.locator(`${PANEL}[data-surface="reply"][data-categories~="phi.age"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect(await page.locator(`[role="dialog"] ${PANEL}`).count()).toBe(1);
    await page.close();
  });
});
