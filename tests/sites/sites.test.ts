import { beforeEach, describe, expect, it } from 'vitest';
import { SITES, siteForHost } from '@/lib/sites';
import { DEFAULT_MATCHES as SITE_MATCHES } from '@/lib/sites/table';
import { readContentEditable, readDraftJs, readLexical } from '@/lib/sites/editors';

const site = (id: string) => SITES.find((s) => s.id === id)!;

/** The DOM Draft.js renders, with X's attributes on the editor and its wrappers. */
const X_COMPOSER = `
  <div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">
    <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
      <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">
        <div data-contents="true">
          <div data-block="true"><div><span><span data-text="true">Pt is a 68M</span></span></div></div>
          <div data-block="true"><div><span><br data-text="true"></span></div></div>
          <div data-block="true"><div><span><span data-text="true">#Rad</span><span data-text="true">Res 🩻</span></span></div></div>
        </div>
      </div>
    </div></div>
  </div></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('site registry', () => {
  it('runs on the four sites only', () => {
    expect([...SITE_MATCHES].sort()).toEqual([
      'https://studio.youtube.com/*',
      'https://twitter.com/*',
      'https://www.instagram.com/*',
      'https://www.tiktok.com/*',
      'https://www.youtube.com/*',
      'https://x.com/*',
    ]);
    expect(siteForHost('x.com')?.id).toBe('x');
    expect(siteForHost('studio.youtube.com')?.id).toBe('youtube');
    expect(siteForHost('example.com')).toBeUndefined();
  });
});

describe('X', () => {
  it('finds the Draft.js editor, not its wrappers, and reads its blocks as lines', () => {
    document.body.innerHTML = X_COMPOSER;
    const boxes = site('x').findBoxes(document);
    expect(boxes.map((b) => b.element.dataset.testid)).toEqual(['tweetTextarea_0']);
    expect(boxes[0]!.surface).toBe('post');
    expect(site('x').readText(boxes[0]!.element)).toBe('Pt is a 68M\n\n#RadRes 🩻');
    expect(site('x').panelAnchor(boxes[0]!.element).className).toBe('DraftEditor-root');
  });

  it('finds every post of a thread and tells replies apart', () => {
    document.body.innerHTML = `<div role="dialog"><article data-testid="tweet">original</article>${X_COMPOSER}${X_COMPOSER.replaceAll('tweetTextarea_0', 'tweetTextarea_1')}</div>`;
    const boxes = site('x').findBoxes(document);
    expect(boxes.map((b) => [b.element.dataset.testid, b.surface])).toEqual([
      ['tweetTextarea_0', 'reply'],
      ['tweetTextarea_1', 'reply'],
    ]);
  });
});

describe('Instagram', () => {
  it('finds the Lexical caption in the create dialog and comment boxes', () => {
    document.body.innerHTML = `
      <div role="dialog"><div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a caption..."><p><span>line one</span></p><p><span>line two</span></p></div></div></div>
      <form><textarea aria-label="Add a comment…"></textarea></form>`;
    const boxes = site('instagram').findBoxes(document);
    expect(boxes.map((b) => b.surface)).toEqual(['caption', 'comment']);
    expect(readLexical(boxes[0]!.element)).toBe('line one\nline two');
    (boxes[1]!.element as HTMLTextAreaElement).value = '45 y/o';
    expect(site('instagram').readText(boxes[1]!.element)).toBe('45 y/o');
  });
});

describe('YouTube', () => {
  it('finds comment boxes, community posts and Studio title and description', () => {
    document.body.innerHTML = `
      <ytd-commentbox><div id="contenteditable-root" contenteditable="true">Great video<br>thanks</div></ytd-commentbox>
      <ytd-backstage-post-dialog-renderer><ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox></ytd-backstage-post-dialog-renderer>
      <div id="title-textarea"><div id="textbox" contenteditable="true">Title</div></div>
      <div id="description-textarea"><div id="textbox" contenteditable="true"><div>Line 1</div><div>Line 2</div></div></div>`;
    const boxes = site('youtube').findBoxes(document);
    expect(boxes.map((b) => b.surface)).toEqual(['comment', 'community', 'title', 'description']);
    expect(readContentEditable(boxes[0]!.element)).toBe('Great video\nthanks');
    expect(readContentEditable(boxes[3]!.element)).toBe('Line 1\nLine 2');
  });
});

describe('TikTok', () => {
  it('finds the Draft.js caption and comment editors', () => {
    document.body.innerHTML = `
      <div data-e2e="caption_container"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="combobox"><div data-contents="true"><div data-block="true"><span data-text="true">my_video.mp4</span></div></div></div></div></div>
      <div data-e2e="comment-input"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"></div></div></div>`;
    const boxes = site('tiktok').findBoxes(document);
    expect(boxes.map((b) => b.surface)).toEqual(['caption', 'comment']);
    expect(readDraftJs(boxes[0]!.element)).toBe('my_video.mp4');
  });
});
