import { findNearby, queryAll, readDraftJs } from '../editors';
import { defineSite, type ComposeBox } from '../types';

const CAPTION = '.caption-editor .public-DraftEditor-content[contenteditable="true"], [data-e2e="caption_container"] .public-DraftEditor-content[contenteditable="true"]';
const COMMENT = '[data-e2e="comment-input"] [contenteditable="true"]';

export default defineSite('tiktok', {
  findBoxes(root) {
    const captions = new Set(queryAll(root, CAPTION));
    const comments = queryAll(root, COMMENT).filter((element) => !captions.has(element));
    return [
      ...[...captions].map((element): ComposeBox => ({ element, surface: 'caption' })),
      ...comments.map((element): ComposeBox => ({ element, surface: 'comment' })),
    ];
  },
  readText: readDraftJs,
  panelAnchor: (element) => element.closest('.DraftEditor-root') ?? element,
  postButton: (element) => findNearby(element, 'button[data-e2e="post_video_button"], [data-e2e="comment-post"]'),
});
