import { editorKind } from './insert';
import { findNearby, readAnyEditor } from './editors';
import type { SiteAdapter } from './types';

/**
 * The generic checker: on a supported site, a box the user writes in that the site's adapter does
 * not know (the site renamed its attributes, or a new kind of box) is still checked. Its text is
 * read by editor kind, the panel sits after its editor, and the post button is the nearest button
 * that says it posts.
 */

const NOT_WRITING_INPUTS = /\b(?:search|username|e-?mail|password|log ?in|url|address|phone|code|otp)\b/i;
/** Private messages and chats are not posts: a box in one is left alone. */
const PRIVATE_AREA = /\b(?:messages?|direct message|chat|conversation|inbox)\b/i;

function inPrivateArea(element: HTMLElement): boolean {
  if (/^\/(?:messages|direct|live_chat|messaging)\b/.test(location.pathname)) return true;
  for (let node: HTMLElement | null = element, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
    const label = node.getAttribute('aria-label') ?? '';
    if (PRIVATE_AREA.test(label) || node.getAttribute('role') === 'search') return true;
  }
  return false;
}

/** The element a person writes a post in: a textarea, a text input that is not for searching or signing in, or a contenteditable's root. */
export function writingBox(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof HTMLElement) || inPrivateArea(target)) return undefined;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? undefined : target;
  if (target instanceof HTMLInputElement) {
    if (!['text', ''].includes(target.getAttribute('type') ?? '') || target.readOnly || target.disabled) return undefined;
    const role = target.getAttribute('role');
    if (role === 'combobox' || role === 'searchbox' || target.closest('[role="search"], form[action*="search"]')) return undefined;
    const described = [target.name, target.id, target.autocomplete, target.placeholder, target.getAttribute('aria-label') ?? ''].join(' ');
    return NOT_WRITING_INPUTS.test(described) ? undefined : target;
  }
  if (!target.isContentEditable) return undefined;
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

const POST_WORDS = /^(?:post|post all|reply|send|share|comment|tweet|publish|save|done|upload)$/i;

/** The nearest enabled-looking button whose words say it posts. */
function postButtonNear(element: HTMLElement): HTMLElement | null {
  let node: HTMLElement | null = element.parentElement;
  for (let i = 0; node && i < 12; i++, node = node.parentElement) {
    const button = Array.from(node.querySelectorAll<HTMLElement>('button, [role="button"]')).find((b) => POST_WORDS.test(b.textContent?.trim() || b.getAttribute('aria-label')?.trim() || ''));
    if (button) return button;
  }
  return findNearby(element, 'button[type="submit"]', 4);
}

/** Where the panel goes: after the editor library's own root, so its DOM is never touched. */
function anchorFor(element: HTMLElement): Element {
  const kind = editorKind(element);
  if (kind === 'draft') return element.closest('.DraftEditor-root') ?? element;
  if (kind === 'lexical') return element.parentElement ?? element;
  if (kind === 'quill') return element.closest('.ql-container') ?? element;
  return element;
}

/** The site's adapter with a generic reader, anchor and post button: for a box the adapter does not know. */
export function genericSite(site: SiteAdapter): SiteAdapter {
  return {
    ...site,
    generic: true,
    findBoxes: () => [],
    readText: readAnyEditor,
    panelAnchor: anchorFor,
    postButton: postButtonNear,
    threadOf: undefined,
    quotedText: undefined,
  };
}
