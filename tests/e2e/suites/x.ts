/**
 * What only X's composer has, run in Chromium and in Firefox: underlines drawn with the Custom
 * Highlight API, cards on hover, click and keyboard, threads checked as a whole, the short disclaimer
 * where the full one would pass 280 weighted characters, quote posts, the reply dialog, and a rule
 * turned off from the panel. What every surface shares is in surfaces.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPanelList, sharedSuiteBrowser, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, X_FIXTURE } from '../harness';

export const X_FIXTURES = [X_FIXTURE];
const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const EDITOR = (i: number) => `[data-testid="tweetTextarea_${i}"][role="textbox"]`;
const POST = '[data-testid="tweetButtonInline"]';
const CARD = { role: 'dialog' } as const;
const modelTexts = (page: SuitePage) => page.evaluate(() => window.fixture.texts());
const posted = (page: SuitePage) => page.evaluate(() => window.fixture.posted);
/** The element focused inside the (first) panel, and in the page. */
const panelFocus = (page: SuitePage, property: 'textContent' | 'className') =>
  page.evaluate((property) => document.querySelector('safe-harbor-panel')!.shadowRoot!.activeElement?.[property] ?? null, property);
const pageFocus = (page: SuitePage) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

async function composerShot(page: SuitePage, file: string): Promise<void> {
  const box = await page.evaluate(() => {
    const r = document.querySelector('.composer')!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: Math.min(r.height, 600) };
  });
  await page.screenshot(file, box);
}

export function xSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);
  async function compose(text: string, query = '', editor = 0): Promise<SuitePage> {
    const page = await suiteBrowser().newPage();
    await page.goto(`https://x.com/home${query}`);
    await page.waitFor(EDITOR(editor));
    await page.click(EDITOR(editor));
    if (text) await page.type(text);
    return page;
  }

  describe('X composer (Draft.js)', () => {
    it('warns beside the composer about an exact age, underlining it without touching the draft', async () => {
      const draft = 'Pt is a 68M with a new lytic lesion in the L4 body on CT.';
      const page = await compose(draft);
      const panel = `${PANEL}[data-categories~="phi.age"]`;
      await page.waitFor(`${panel}[data-categories~="prof.disclaimer_missing"]`, { timeout: 10_000 });
      expect(await page.attribute(panel, 'data-findings')).toBe('3');
      expect(await page.attribute(panel, 'data-categories')).toBe('phi.age phi.gender prof.disclaimer_missing');
      await openPanelList(page, panel);
      await expect.poll(() => page.evaluate(() => document.querySelector('safe-harbor-panel')!.shadowRoot!.querySelector('.sh-finding')?.textContent)).toContain('"68M" gives the patient\'s exact age.');
      expect(await modelTexts(page)).toEqual([draft]);
      expect(await page.attribute(POST, 'aria-disabled')).toBe('false');
      // "68M" is underlined with the CSS Custom Highlight API: no node was added to the editor.
      // One underline for "68M", though it is both an age and a sex.
      await expect.poll(() => page.evaluate(() => CSS.highlights.get('safe-harbor-error')?.size ?? 0)).toBe(1);
      expect(await page.evaluate(() => [...CSS.highlights.get('safe-harbor-error')!].map((r) => (r as Range).toString()))).toEqual(['68M']);
      expect(await page.count(`${EDITOR(0)} [data-safe-harbor], ${EDITOR(0)} safe-harbor-panel`)).toBe(0);
      expect(await page.count(PANEL)).toBe(1);
      await composerShot(page, path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-inline-panel-x.png`));
      await page.close();
    });

    it('lists the flag in the popup with the age masked', async () => {
      const popup = await suiteBrowser().openExtensionPage('popup.html');
      await popup.waitFor('[data-category="phi.age"]', { timeout: 10_000 });
      const excerpt = await popup.evaluate(() => document.querySelector('[data-category="phi.age"]')!.closest('.draft')!.querySelector('.flag-excerpt')!.textContent);
      expect(excerpt).toContain('[AGE]');
      expect(excerpt).not.toContain('68M');
      await popup.close();
    });

    it('updates as the draft changes and clears when the problem is edited away', async () => {
      const page = await compose('Call mom at 555-0134 about the 45 y/o');
      await expect.poll(() => page.attribute(PANEL, 'data-categories')).toBe('phi.contact phi.age');
      for (let i = 0; i < ' about the 45 y/o'.length; i++) await page.press('Backspace');
      await expect.poll(() => page.attribute(PANEL, 'data-categories')).toBe('phi.contact');
      await page.close();
    });

    it('shows markup typed into a draft as text', async () => {
      const page = await compose('<b>bold</b> email <img src=x onerror="window.pwned=1">jdoe@mail.com');
      const panel = `${PANEL}[data-categories="phi.contact"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      expect(await page.evaluate((panel) => document.querySelector(panel)!.shadowRoot!.querySelectorAll('b, img').length, panel)).toBe(0);
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      await page.close();
    });

    it('turns a rule off from the panel, the finding goes away, and Undo brings it back', async () => {
      const page = await compose('WTF is this indication');
      const panel = `${PANEL}[data-categories~="prof.profanity"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'More options for "WTF"' });
      await page.clickInPanel(panel, { role: 'menuitem', name: 'Stop checking for profanity' });
      await expect.poll(() => page.attribute(PANEL, 'data-categories')).not.toContain('prof.profanity');
      await page.clickInPanel(PANEL, { role: 'button', name: 'Undo' });
      await expect.poll(() => page.attribute(PANEL, 'data-categories')).toContain('prof.profanity');
      await page.close();
    });
  });

  describe('X: the underline is the interface', () => {
    it('opens the card of a flagged word on hover, on click and from the keyboard, and skips between editor and badge', async () => {
      const page = await compose('Pt is a 68M, call 555-0134 today');
      const panel = `${PANEL}[data-categories~="phi.contact"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      const cardName = () => page.attributeInPanel(PANEL, CARD, 'aria-label');
      const wordAt = (word: string) =>
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
      const phone = await wordAt('555-0134');
      await page.pointer(phone.x, phone.y, 'move');
      await page.waitInPanel(PANEL, CARD);
      expect(await cardName()).toBe('Contact: "555-0134"');
      await page.pointer(5, 600, 'move');
      await page.waitInPanel(PANEL, CARD, { state: 'detached' });

      // Click: the caret lands in "68M" and its one card opens, with one fix for its age and sex.
      const age = await wordAt('68M');
      await page.pointer(age.x, age.y, 'click');
      await page.waitInPanel(PANEL, CARD);
      expect(await cardName()).toBe('Age · Gender: "68M"');
      expect(await page.countInPanel(PANEL, { role: 'button', name: /^Replace with/ })).toBe(1);

      // Keyboard: Alt+Down moves to the next flagged words with focus in the card; Escape goes back to the draft.
      await page.press('Alt+ArrowDown');
      await expect.poll(cardName).toBe('Contact: "555-0134"');
      expect(await panelFocus(page, 'textContent')).toBe('Remove the number');
      await page.press('Alt+ArrowUp');
      await expect.poll(cardName).toBe('Age · Gender: "68M"');
      await expect.poll(() => panelFocus(page, 'textContent')).toBe('Replace with "an elderly patient"');
      await page.press('Escape');
      await page.waitInPanel(PANEL, CARD, { state: 'detached' });
      await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_0');

      // Alt+Shift+S jumps to the badge, Escape comes back; the text was never touched.
      await page.press('Alt+Shift+S');
      await expect.poll(() => panelFocus(page, 'className')).toContain('sh-badge');
      await page.press('Escape');
      await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_0');
      expect(await modelTexts(page)).toEqual(['Pt is a 68M, call 555-0134 today']);

      // Review from the guard selects the first words that held the post back, with their card open.
      await page.click(POST);
      await expect.poll(() => panelFocus(page, 'textContent')).toBe('Review');
      await page.clickInPanel(PANEL, { role: 'button', name: 'Review' });
      await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('68M');
      await page.waitInPanel(PANEL, CARD);
      await expect.poll(() => pageFocus(page)).toBe('tweetTextarea_0');

      // A fix from the guard goes into the draft through the editor, which the closed dialog no longer holds inert.
      await page.press('Escape');
      await page.click(POST);
      await page.waitInPanel(PANEL, { role: 'alertdialog' });
      await page.clickInPanel(PANEL, { role: 'button', name: 'Remove the number' });
      await expect.poll(() => modelTexts(page)).toEqual(['Pt is a 68M, call today']);
      expect(await posted(page)).toEqual([]);
      await page.close();
    });
  });

  describe('X threads, quotes, replies and the length limit', () => {
    it('picks up a composer that X replaces, and watches every post of a thread', async () => {
      const page = await compose('', '?thread=2');
      await expect.poll(() => page.count(PANEL)).toBe(2);
      await page.evaluate(() => window.fixture.remount());
      await page.click(EDITOR(1));
      await page.type('MRN 00482913');
      await page.waitFor(`${PANEL}[data-categories="phi.id"]`, { timeout: 10_000 });
      await expect.poll(() => page.count(PANEL)).toBe(2);
      await page.close();
    });

    it('checks a thread as a whole: an identifier split over two posts is flagged, and the disclaimer goes in the last post', async () => {
      const page = await compose('Thread on a classic Segond fracture on knee MRI. Case from MRN', '?thread=2');
      await page.click(EDITOR(1));
      await page.type('00482913 anyone?');
      const categoriesOf = (index: number) => page.evaluate((index) => document.querySelectorAll('safe-harbor-panel')[index]?.getAttribute('data-categories') ?? '', index);
      await expect.poll(() => categoriesOf(1)).toContain('phi.id');
      await expect.poll(() => categoriesOf(0)).not.toContain('prof.disclaimer_missing');
      await expect.poll(() => categoriesOf(1)).toContain('prof.disclaimer_missing');
      await openPanelList(page, PANEL);
      await page.clickInPanel(PANEL, { role: 'button', name: 'Insert disclaimer' });
      await expect.poll(() => modelTexts(page)).toEqual([
        'Thread on a classic Segond fracture on knee MRI. Case from MRN',
        '00482913 anyone?\n\nViews my own; not medical advice.',
      ]);
      await page.close();
    });

    it("offers the short form when the disclaimer would push the post past X's 280 weighted characters", async () => {
      const draft = `Classic Segond fracture on knee MRI: think ACL tear. ${'Look at the lateral tibial plateau avulsion. '.repeat(4)}Classic sign. 🦴`;
      const page = await compose(draft);
      const panel = `${PANEL}[data-categories~="prof.disclaimer_missing"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      await expect.poll(() => modelTexts(page)).toEqual([draft]);
      await openPanelList(page, panel);
      // The check of the whole draft (not of its first part, typed earlier) offers only the short form.
      await page.waitInPanel(panel, { role: 'button', name: 'Insert short disclaimer' });
      expect(await page.countInPanel(panel, { role: 'button', name: /^Insert disclaimer$/ })).toBe(0);
      await page.clickInPanel(panel, { role: 'button', name: 'Insert short disclaimer' });
      await expect.poll(() => modelTexts(page)).toEqual([`${draft}\n\nNot medical advice.`]);
      await page.close();
    });

    it('checks the post being quoted too, and the post guard counts it', async () => {
      const page = await compose('Great teaching point', '?quote=1');
      const panel = `${PANEL}[data-categories~="phi.name"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      await openPanelList(page, panel);
      await page.waitInPanel(panel, { role: 'region', name: 'In the post you quote' });
      await page.press('Escape');
      await page.click(POST);
      await page.waitInPanel(panel, { role: 'alertdialog' });
      await page.close();
    });

    it('watches the composer in the reply dialog as a reply', async () => {
      const page = await compose('My 45 y/o patient had the same', '?reply=1');
      await page.waitFor(`${PANEL}[data-surface="reply"][data-categories~="phi.age"]`, { timeout: 10_000 });
      expect(await page.count(`[role="dialog"] ${PANEL}`)).toBe(1);
      await page.close();
    });
  });
}
