/**
 * One behaviour suite over every compose surface with its real editor library: typing shows the
 * right categories, a suggestion changes the editor's model, undo works, the disclaimer goes in
 * once, the post guard holds the button and the shortcut, and a replaced box is picked up again.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openList, SCREENSHOT_DIR, type Browser, type SiteFixture } from './harness';

interface Surface {
  name: string;
  url: string;
  editor: string;
  post: string;
  screenshot: string;
  /** This surface's panel, where a page has several boxes. */
  panel: string;
}

const FIXTURES: SiteFixture[] = [
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
];


const PANEL = 'safe-harbor-panel[data-safe-harbor="panel"]';
const DESCRIPTION_PANEL = `${PANEL}[data-surface="description"]`;
const SURFACES: Surface[] = [
  { name: 'Instagram caption (Lexical)', url: 'https://www.instagram.com/create/', editor: 'div[data-lexical-editor="true"]', post: '#share', screenshot: 'instagram-caption', panel: PANEL },
  { name: 'Instagram comment (textarea)', url: 'https://www.instagram.com/p/abc/', editor: 'textarea[aria-label^="Add a comment"]', post: 'button[type="submit"]', screenshot: 'instagram-comment', panel: PANEL },
  { name: 'TikTok caption (Draft.js)', url: 'https://www.tiktok.com/tiktokstudio/upload', editor: '[data-e2e="caption_container"] .public-DraftEditor-content', post: '[data-e2e="post_video_button"]', screenshot: 'tiktok-caption', panel: PANEL },
  { name: 'TikTok comment (Draft.js)', url: 'https://www.tiktok.com/@doc/video/123', editor: '[data-e2e="comment-input"] .public-DraftEditor-content', post: '[data-e2e="comment-post"]', screenshot: 'tiktok-comment', panel: PANEL },
  { name: 'YouTube comment (contenteditable)', url: 'https://www.youtube.com/watch?v=abc', editor: 'ytd-commentbox #contenteditable-root', post: '#submit-button button', screenshot: 'youtube-comment', panel: PANEL },
  { name: 'YouTube Studio description (contenteditable)', url: 'https://studio.youtube.com/video/abc/edit', editor: '#description-textarea #textbox', post: '#done-button button', screenshot: 'youtube-studio', panel: DESCRIPTION_PANEL },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(FIXTURES);
});

afterAll(async () => {
  await browser?.close();
});

async function open(surface: Surface, draft: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(surface.url);
  const editor = page.locator(surface.editor);
  await editor.waitFor();
  await page.locator(PANEL).first().waitFor({ state: 'attached', timeout: 5_000 });
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(draft);
  return page;
}

const model = (page: Page): Promise<string> => page.evaluate(() => window.fixture.texts()[0] ?? '');
const posted = (page: Page): Promise<string[]> => page.evaluate(() => window.fixture.posted);

describe.each(SURFACES)('$name', (surface) => {
  it('flags what is typed, and applies a suggestion through the editor model, with undo', async () => {
    const page = await open(surface, 'A 45-year-old man with a scaphoid fracture.');
    const panel = page.locator(`${surface.panel}[data-categories~="phi.age"]`);
    await panel.waitFor({ timeout: 5_000 });
    expect((await panel.getAttribute('data-categories'))?.split(' ')).toEqual(expect.arrayContaining(['phi.age', 'phi.gender', 'prof.disclaimer_missing']));
    await page.locator(surface.editor).locator('xpath=ancestor::*[4]').screenshot({ path: path.join(SCREENSHOT_DIR, `${surface.screenshot}.png`) }).catch(() => undefined);
    await openList(panel);
    await panel.getByRole('button', { name: 'Replace with "A middle-aged"' }).click();
    await expect.poll(() => model(page)).toBe('A middle-aged man with a scaphoid fracture.');
    await expect.poll(() => page.locator(surface.panel).getAttribute('data-categories')).not.toContain('phi.age');
    await page.locator(surface.editor).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page)).toBe('A 45-year-old man with a scaphoid fracture.');
    await page.close();
  });

  it('inserts the disclaimer once, at the end, and the post button can post', async () => {
    const draft = 'Classic Segond fracture on knee MRI: think ACL tear.';
    const page = await open(surface, draft);
    const panel = page.locator(`${surface.panel}[data-categories~="prof.disclaimer_missing"]`);
    await panel.waitFor({ timeout: 5_000 });
    await openList(panel);
    await panel.getByRole('button', { name: 'Insert disclaimer' }).click();
    await expect.poll(() => model(page)).toBe(`${draft}\n\nViews my own; not medical advice.`);
    await expect.poll(() => page.locator(surface.panel).getByRole('button', { name: 'Insert disclaimer' }).count()).toBe(0);
    expect(await page.locator(surface.post).isDisabled()).toBe(false);
    await page.close();
  });

  it('holds the post button and the shortcut while a patient identifier remains', async () => {
    const page = await open(surface, 'MRN 00482913 anyone?');
    const panel = page.locator(`${surface.panel}[data-categories~="phi.id"]`);
    await panel.waitFor({ timeout: 5_000 });
    await page.locator(surface.post).click();
    const dialog = panel.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Review' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(surface.editor).click();
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor();
    expect(await posted(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posted(page)).toEqual(['MRN 00482913 anyone?']);
    await page.close();
  });

  it('picks up the box again when the site replaces it', async () => {
    const page = await browser.context.newPage();
    await page.goto(surface.url);
    await page.locator(surface.editor).waitFor();
    await page.locator(PANEL).first().waitFor({ state: 'attached', timeout: 5_000 });
    const panels = await page.locator(PANEL).count();
    await page.evaluate(() => window.fixture.remount());
    await page.locator(surface.editor).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('call mom at 555-0134');
    await page.locator(`${surface.panel}[data-categories~="phi.contact"]`).waitFor({ timeout: 5_000 });
    await expect.poll(() => page.locator(PANEL).count()).toBe(panels);
    await page.close();
  });
});

describe('YouTube Studio title', () => {
  it('says when a title will date the video', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://studio.youtube.com/video/abc/edit');
    await page.locator('#title-textarea #textbox').click();
    await page.keyboard.type('The BEST Cases of This Month (2025 Edition)');
    const panel = page.locator(`${PANEL}[data-surface="title"]`);
    await expect.poll(() => panel.getAttribute('data-categories')).toContain('prof.evergreen');
    await page.close();
  });
});
