import { findNearby, queryAll, readDraftJs } from '../editors';
import { defineSite } from '../types';

/** The Draft.js editor carries the test id itself; `_label` and `RichTextInputContainer` are wrappers. */
const EDITOR = 'div[data-testid^="tweetTextarea_"][role="textbox"]';

export default defineSite('x', {
  findBoxes(root) {
    return queryAll(root, EDITOR).map((element) => {
      const dialog = element.closest('[role="dialog"]');
      const replying = dialog?.querySelector('article[data-testid="tweet"]') || /\/status\/\d+/.test(location.pathname);
      return { element, surface: replying ? 'reply' : 'post' };
    });
  },
  readText: readDraftJs,
  quotedText(element) {
    const scope = element.closest('[role="dialog"]') ?? element.closest('[data-testid="primaryColumn"]');
    return scope?.querySelector<HTMLElement>('[data-testid="quoteTweet"] [data-testid="tweetText"]')?.textContent ?? undefined;
  },
  threadOf(element) {
    const scope = element.closest('[role="dialog"]') ?? document;
    const index = (e: HTMLElement) => Number(/tweetTextarea_(\d+)/.exec(e.dataset.testid ?? '')?.[1] ?? 0);
    return queryAll(scope, EDITOR).sort((a, b) => index(a) - index(b));
  },
  panelAnchor: (element) => element.closest('.DraftEditor-root') ?? element,
  postButton: (element) => findNearby(element, '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]'),
});
