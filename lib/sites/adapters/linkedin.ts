import { findNearby, queryAll, readContentEditable } from '../editors';
import { defineSite, type ComposeBox } from '../types';

/**
 * LinkedIn's share box and comment boxes are Quill editors (`.ql-editor`, a contenteditable with one
 * `<p>` per line). The share box sits in the "Create a post" dialog, labelled "Text editor for
 * creating content"; a comment box sits in `.comments-comment-box`.
 */
const POST = '.share-creation-state__text-editor .ql-editor[contenteditable="true"], [role="dialog"] .ql-editor[contenteditable="true"][aria-label^="Text editor for creating content"]';
const COMMENT = '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]';

export default defineSite('linkedin', {
  findBoxes(root) {
    const posts = new Set(queryAll(root, POST));
    const comments = queryAll(root, COMMENT).filter((element) => !posts.has(element));
    return [...[...posts].map((element): ComposeBox => ({ element, surface: 'post' })), ...comments.map((element): ComposeBox => ({ element, surface: 'comment' }))];
  },
  readText: readContentEditable,
  // After Quill's own container, never inside it: Quill owns every node under .ql-container.
  panelAnchor: (element) => element.closest('.ql-container') ?? element,
  postButton: (element) =>
    element.closest('.comments-comment-box, .comments-comment-texteditor')
      ? findNearby(element, 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr', 8)
      : findNearby(element, 'button.share-actions__primary-action', 12),
});
