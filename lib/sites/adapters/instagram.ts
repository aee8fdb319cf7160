import { findNearby, queryAll, readAnyEditor } from '../editors';
import { defineSite, type ComposeBox } from '../types';

const CAPTION = 'div[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]';
const COMMENT = [
  'textarea[aria-label^="Add a comment"]',
  'textarea[placeholder^="Add a comment"]',
  'div[contenteditable="true"][aria-label^="Add a comment"]',
  'input[placeholder^="Add a comment"]',
].join(', ');

export default defineSite('instagram', {
  findBoxes(root) {
    const captions: ComposeBox[] = queryAll(root, CAPTION).map((element) => ({ element, surface: 'caption' }));
    const comments: ComposeBox[] = queryAll(root, COMMENT)
      .filter((element) => !element.matches(CAPTION))
      .map((element) => ({ element, surface: 'comment' }));
    return [...captions, ...comments];
  },
  readText: readAnyEditor,
  panelAnchor: (element) => element.closest('[data-lexical-editor]')?.parentElement ?? element,
  postButton(element) {
    if (element.matches('textarea, input')) return findNearby(element, 'button[type="submit"]', 4);
    const dialog = element.closest('[role="dialog"]');
    const buttons = dialog ? Array.from(dialog.querySelectorAll<HTMLElement>('[role="button"], button')) : [];
    return buttons.find((button) => /^(?:Share|Post)$/.test(button.textContent?.trim() ?? '')) ?? findNearby(element, 'div[role="button"]', 4);
  },
});
