import { findNearby, queryAll, readContentEditable } from '../editors';
import { defineSite, type ComposeBox } from '../types';

export default defineSite('youtube', {
  findBoxes(root) {
    const comments: ComposeBox[] = queryAll(root, 'ytd-commentbox #contenteditable-root').map((element) => ({
      element,
      surface: element.closest('ytd-backstage-post-dialog-renderer') ? 'community' : 'comment',
    }));
    const studio: ComposeBox[] = [
      ...queryAll(root, '#title-textarea #textbox').map((element): ComposeBox => ({ element, surface: 'title' })),
      ...queryAll(root, '#description-textarea #textbox').map((element): ComposeBox => ({ element, surface: 'description' })),
    ];
    return [...comments, ...studio];
  },
  readText: readContentEditable,
  panelAnchor: (element) => element.closest('ytd-commentbox, #title-textarea, #description-textarea') ?? element,
  postButton: (element) =>
    element.closest('ytd-commentbox')
      ? (findNearby(element, '#submit-button button', 8) ?? findNearby(element, '#submit-button', 8))
      : document.querySelector<HTMLElement>('#done-button, ytcp-button#save, #publish-button'),
});
