/**
 * One behaviour suite over every compose surface with its real editor library, run in Chromium and
 * in Firefox: typing shows the right categories, a suggestion changes the editor's model, undo
 * works, the disclaimer goes in once, the post guard holds the button and the shortcut, and a
 * replaced box is picked up again.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPanelList, sharedSuiteBrowser, type SuiteBrowser, type SuitePage } from '../driver';
import { SCREENSHOT_DIR, type SiteFixture } from '../harness';

export const SURFACE_FIXTURES: SiteFixture[] = [
  {
    origin: 'https://www.instagram.com',
    pages: [
      { path: '/create', html: 'page.html', script: 'instagram-caption.ts' },
      { path: '/p/', html: 'page.html', script: 'instagram-comment.tsx' },
    ],
  },
  {
    origin: 'https://www.tiktok.com',
    pages: [
      { path: '/tiktokstudio', html: 'page.html', script: 'tiktok-caption.tsx' },
      { path: '/@', html: 'page.html', script: 'tiktok-comment.tsx' },
    ],
  },
  { origin: 'https://www.youtube.com', pages: [{ path: '/', html: 'page.html', script: 'youtube-comment.ts' }] },
  { origin: 'https://studio.youtube.com', pages: [{ path: '/', html: 'page.html', script: 'youtube-studio.ts' }] },
  { origin: 'https://x.com', pages: [{ path: '/', html: 'x.html', script: 'x-composer.tsx' }] },
];

interface Surface {
  name: string;
  url: string;
  editor: string;
  post: string;
  screenshot: string;
  /** This surface's panel, where a page has several boxes. */
  panel: string;
  /** The editor once the site has renamed its attributes (`?renamed`): found by what remains. */
  renamedEditor: string;
  /** Enter sends here: where a synthetic paste carries nothing (Firefox), the disclaimer goes in on the same line. */
  enterSends?: boolean;
  /** The post button once renamed, where the fixture's button says what it does ("Post"). */
  renamedPost?: string;
}

const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const DESCRIPTION_PANEL = `${PANEL}[data-surface="description"]`;
export const SURFACES: Surface[] = [
  { name: 'X post (Draft.js)', url: 'https://x.com/home', editor: '[data-testid="tweetTextarea_0"][role="textbox"]', post: '[data-testid="tweetButtonInline"]', screenshot: 'x-post', panel: PANEL, renamedEditor: '[contenteditable="true"]', renamedPost: '[data-qa="tweetButtonInline"]' },
  { name: 'Instagram caption (Lexical)', url: 'https://www.instagram.com/create/', editor: 'div[data-lexical-editor="true"]', post: '#share', screenshot: 'instagram-caption', panel: PANEL, renamedEditor: 'div[data-lexical-editor="true"]' },
  { name: 'Instagram comment (textarea)', url: 'https://www.instagram.com/p/abc/', editor: 'textarea[aria-label^="Add a comment"]', post: 'button[type="submit"]', screenshot: 'instagram-comment', panel: PANEL, renamedEditor: 'textarea' },
  { name: 'TikTok caption (Draft.js)', url: 'https://www.tiktok.com/tiktokstudio/upload', editor: '[data-e2e="caption_container"] .public-DraftEditor-content', post: '[data-e2e="post_video_button"]', screenshot: 'tiktok-caption', panel: PANEL, renamedEditor: '.public-DraftEditor-content' },
  { name: 'TikTok comment (Draft.js)', url: 'https://www.tiktok.com/@doc/video/123', editor: '[data-e2e="comment-input"] .public-DraftEditor-content', post: '[data-e2e="comment-post"]', screenshot: 'tiktok-comment', panel: PANEL, renamedEditor: '.public-DraftEditor-content', enterSends: true },
  { name: 'YouTube comment (contenteditable)', url: 'https://www.youtube.com/watch?v=abc', editor: 'ytd-commentbox #contenteditable-root', post: '#submit-button button', screenshot: 'youtube-comment', panel: PANEL, renamedEditor: '[contenteditable="true"]' },
  { name: 'YouTube Studio description (contenteditable)', url: 'https://studio.youtube.com/video/abc/edit', editor: '#description-textarea #textbox', post: '#done-button button', screenshot: 'youtube-studio', panel: DESCRIPTION_PANEL, renamedEditor: '#qa-description-textarea [contenteditable="true"]' },
];

const model = (page: SuitePage): Promise<string> => page.evaluate(() => window.fixture.texts()[0] ?? '');
const posted = (page: SuitePage): Promise<string[]> => page.evaluate(() => window.fixture.posted);

export function surfaceSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);

  async function open(surface: Surface, draft: string): Promise<SuitePage> {
    const page = await suiteBrowser().newPage();
    await page.goto(surface.url);
    await page.waitFor(surface.editor);
    await page.waitFor(PANEL, { timeout: 10_000 });
    await page.click(surface.editor);
    await page.press('Control+a');
    await page.press('Backspace');
    await page.type(draft);
    return page;
  }

  describe.each(SURFACES)('$name', (surface) => {
    it('flags what is typed, applies a suggestion through the editor model with undo, then inserts the disclaimer once, at the end, and the post button can post', { timeout: 60_000 }, async () => {
      const draft = 'A 45-year-old man with a scaphoid fracture.';
      const page = await open(surface, draft);
      const panel = `${surface.panel}[data-categories~="phi.age"]`;
      // Typing is checked as it goes: wait for the whole sentence's findings, not the first ones.
      await page.waitFor(`${panel}[data-categories~="prof.disclaimer_missing"]`, { timeout: 10_000 });
      expect((await page.attribute(panel, 'data-categories'))?.split(' ')).toEqual(expect.arrayContaining(['phi.age', 'phi.gender', 'prof.disclaimer_missing']));
      await page.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-${surface.screenshot}.png`));
      await openPanelList(page, panel);
      await page.clickInPanel(panel, { role: 'button', name: 'Replace with "A middle-aged"' });
      await expect.poll(() => model(page)).toBe('A middle-aged man with a scaphoid fracture.');
      await expect.poll(() => page.attribute(surface.panel, 'data-categories')).not.toContain('phi.age');
      await page.click(surface.editor);
      await page.press('Control+z');
      await expect.poll(() => model(page)).toBe(draft);

      // With the caret at the start of the draft, the disclaimer still goes at the end, once.
      await page.evaluate((selector) => {
        const editor = document.querySelector<HTMLElement>(selector)!;
        editor.focus();
        if (editor instanceof HTMLTextAreaElement) return editor.setSelectionRange(0, 0);
        getSelection()!.selectAllChildren(editor);
        getSelection()!.collapseToStart();
      }, surface.editor);
      await new Promise((resolve) => setTimeout(resolve, 150)); // the editor hears of the selection after a task
      const missing = `${surface.panel}[data-categories~="phi.age"][data-categories~="prof.disclaimer_missing"]`;
      await page.waitFor(missing, { timeout: 10_000 });
      await openPanelList(page, missing);
      await page.clickInPanel(missing, { role: 'button', name: 'Insert disclaimer' });
      const separator = surface.enterSends && suiteBrowser().name === 'firefox' ? ' ' : '\n\n';
      await expect.poll(() => model(page)).toBe(`${draft}${separator}Views my own; not medical advice.`);
      await expect.poll(() => page.countInPanel(surface.panel, { role: 'button', name: 'Insert disclaimer' })).toBe(0);
      expect(await page.isDisabled(surface.post)).toBe(false);
      await page.close();
    });

    it('picks up the box again when the site replaces it, and holds its post button and shortcut while a patient identifier remains', async () => {
      const page = await suiteBrowser().newPage();
      await page.goto(surface.url);
      await page.waitFor(surface.editor);
      await page.waitFor(PANEL, { timeout: 10_000 });
      const panels = await page.count(PANEL);
      await page.evaluate(() => window.fixture.remount());
      await page.click(surface.editor);
      await page.press('Control+a');
      await page.press('Backspace');
      await page.type('MRN 00482913 anyone?');
      // The site's own adapter took the new box, not the generic checker.
      const panel = `${surface.panel}:not([data-generic])[data-categories~="phi.id"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      await expect.poll(() => page.count(PANEL)).toBe(panels);
      await page.click(surface.post);
      const guard = { role: 'alertdialog' } as const;
      await page.waitInPanel(panel, guard);
      await page.clickInPanel(panel, { role: 'button', name: 'Review' });
      await page.waitInPanel(panel, guard, { state: 'detached' });
      await page.click(surface.editor);
      await page.press('Control+Enter');
      await page.waitInPanel(panel, guard);
      expect(await posted(page)).toEqual([]);
      await page.clickInPanel(panel, { role: 'button', name: 'Post anyway' });
      await expect.poll(() => posted(page)).toEqual(['MRN 00482913 anyone?']);
      await page.close();
    });

    it('still checks the box, with the generic checker, when the site renames what Safe Harbor looks for, and the popup says so', async () => {
      const page = await suiteBrowser().newPage();
      await page.goto(`${surface.url}${surface.url.includes('?') ? '&' : '?'}renamed`);
      await page.waitFor(surface.renamedEditor);
      await page.click(surface.renamedEditor);
      await page.press('Control+a');
      await page.press('Backspace');
      await page.type('MRN 00482913 anyone?');
      const panel = `${PANEL}[data-generic="true"][data-categories~="phi.id"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      expect(await page.attributeInPanel(panel, { role: 'button', name: /^Safe Harbor \(generic checker\):/ }, 'aria-expanded')).toBe('false');
      await page.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-${surface.screenshot}-generic.png`));
      // The guard holds this box's post too: by its button, found by what it says, and by Ctrl+Enter.
      if (surface.renamedPost) {
        await page.click(surface.renamedPost);
        await page.waitInPanel(panel, { role: 'alertdialog' });
        await page.clickInPanel(panel, { role: 'button', name: 'Review' });
        await page.waitInPanel(panel, { role: 'alertdialog' }, { state: 'detached' });
      }
      await page.click(surface.renamedEditor);
      await page.press('Control+Enter');
      await page.waitInPanel(panel, { role: 'alertdialog' });
      expect(await page.evaluate(() => window.fixture.posted)).toEqual([]);
      await page.clickInPanel(panel, { role: 'button', name: 'Review' });
      // A re-render of the site that drops the panel: it comes back without another keystroke.
      await page.evaluate((selector) => document.querySelector(selector)?.remove(), panel);
      await page.waitFor(panel, { timeout: 10_000 });
      const popup = await suiteBrowser().openExtensionPage('popup.html');
      await popup.waitFor('.site-health');
      const line = await popup.evaluate(() => document.querySelector('.site-health')?.textContent ?? '');
      expect(line).toMatch(/^Using the generic checker here: .+'s page changed\.$/);
      await popup.screenshot(path.join(SCREENSHOT_DIR, `${suiteBrowser().name}-${surface.screenshot}-popup-health.png`));
      await popup.close();
      await page.close();
    });
  });

  describe('YouTube Studio title', () => {
    it('says when a title will date the video', async () => {
      const page = await suiteBrowser().newPage();
      await page.goto('https://studio.youtube.com/video/abc/edit');
      await page.waitFor('#title-textarea #textbox');
      await page.click('#title-textarea #textbox');
      await page.type('The BEST Cases of This Month (2025 Edition)');
      await expect.poll(() => page.attribute(`${PANEL}[data-surface="title"]`, 'data-categories').catch(() => null)).toContain('prof.evergreen');
      await page.close();
    });
  });
}
