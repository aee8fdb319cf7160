/**
 * Putting text into a site's editor so that the editor's own model takes it (what is posted is
 * what is shown): a synthetic paste for Draft.js, Lexical and Quill (in Firefox, whose synthetic paste
 * carries no data, each line typed and Enter pressed between lines), execCommand('insertText') for
 * plain contenteditables and text fields, each read back to verify, and the clipboard as the last resort.
 */

import type { EditorKindName } from './table';

/** The editor kinds the table of sites names. */
export type EditorKind = EditorKindName;
export type InsertOutcome = 'inserted' | 'copied' | 'failed';

export function editorKind(element: HTMLElement): EditorKind {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return 'textfield';
  if (element.classList.contains('public-DraftEditor-content')) return 'draft';
  if (element.dataset.lexicalEditor === 'true') return 'lexical';
  if (element.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

interface Segment {
  node: Node;
  start: number;
  end: number;
}

/** The editor's text nodes with their offsets in the text its reader returns (blocks joined by "\n"). */
function segments(element: HTMLElement, kind: EditorKind): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  const walkText = (root: Node): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      out.push({ node, start: offset, end: offset + length });
      offset += length;
    }
  };
  if (kind === 'draft' || kind === 'lexical' || kind === 'quill') {
    const blocks = kind === 'draft' ? Array.from(element.querySelectorAll('[data-block="true"]')) : Array.from(element.children);
    blocks.forEach((block, i) => {
      if (i > 0) offset += 1;
      const before = out.length;
      walkText(block);
      if (out.length === before) out.push({ node: block, start: offset, end: offset }); // an empty line
    });
    return out;
  }
  walkText(element);
  return out;
}

function domPoint(element: HTMLElement, kind: EditorKind, offset: number): { node: Node; offset: number } {
  const all = segments(element, kind);
  for (const segment of all) {
    if (offset >= segment.start && offset <= segment.end) {
      return segment.node.nodeType === Node.TEXT_NODE ? { node: segment.node, offset: offset - segment.start } : { node: segment.node, offset: 0 };
    }
  }
  const last = all[all.length - 1];
  return last ? { node: last.node, offset: last.node.nodeType === Node.TEXT_NODE ? last.end - last.start : 0 } : { node: element, offset: element.childNodes.length };
}

/** A DOM Range over [start, end) of the editor's text (not for text fields, which have no DOM text). */
export function rangeFor(element: HTMLElement, start: number, end: number): Range | undefined {
  const kind = editorKind(element);
  if (kind === 'textfield') return undefined;
  const from = domPoint(element, kind, start);
  const to = domPoint(element, kind, end);
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return undefined;
  }
  return range;
}

/** Puts the caret or selection over [start, end) of the editor's text. */
export function selectRange(element: HTMLElement, kind: EditorKind, start: number, end: number): void {
  if (document.activeElement !== element) element.focus();
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.setSelectionRange(start, end);
    return;
  }
  const from = domPoint(element, kind, start);
  const to = domPoint(element, kind, end);
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  // Draft.js and Lexical read the selection on this event.
  document.dispatchEvent(new Event('selectionchange'));
}

function paste(element: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * Line by line as a person types it: the text of each line inserted, and between lines an Enter
 * key, which Draft.js and Lexical turn into a new block in their own model. Firefox gives a
 * synthetic paste no data (its ClipboardEventInit has no clipboardData), so there this is the way in.
 */
function typeLines(element: HTMLElement, text: string): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
    if (line) document.execCommand('insertText', false, line);
  });
}

function insertText(text: string): void {
  document.execCommand('insertText', false, text);
}

/** In a plain contenteditable, line breaks go in as <br> so the site reads back exactly the lines inserted. */
function insertLines(text: string): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) document.execCommand('insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
}

const settle = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/**
 * Replaces [start, end) of the editor's text with `text` through the editor's own input path,
 * trying each technique only while the text is still unchanged, so nothing is ever inserted twice.
 */
export async function replaceText(
  element: HTMLElement,
  start: number,
  end: number,
  text: string,
  readText: () => string,
  { enterMakesNewLine = true }: { /** False where Enter sends (a TikTok comment, a box the generic checker found). */ enterMakesNewLine?: boolean } = {},
): Promise<InsertOutcome> {
  const kind = editorKind(element);
  const before = readText();
  // Where Enter would send the post, lines are never typed: the text goes in on one line instead.
  const oneLine = text.replace(/\s*\n+\s*/g, ' ');
  const ladder: Array<[technique: () => void, inserted: string]> =
    kind === 'draft' || kind === 'lexical' || kind === 'quill'
      ? [[() => paste(element, text), text], enterMakesNewLine || !text.includes('\n') ? [() => typeLines(element, text), text] : [() => insertText(oneLine), oneLine], [() => insertText(text), text]]
      : kind === 'contenteditable'
        ? [[() => insertLines(text), text], [() => paste(element, text), text]]
        : [[() => insertText(text), text], [() => paste(element, text), text]];
  for (const [technique, inserted] of ladder) {
    const expected = before.slice(0, start) + inserted + before.slice(end);
    // Focus first and let the editor settle: Draft.js restores its own selection on focus.
    element.focus();
    await settle();
    selectRange(element, kind, start, end);
    await settle();
    technique();
    await settle();
    const now = readText();
    if (now === expected) return 'inserted';
    if (now !== before) return 'failed'; // the editor changed the text some other way: stop, never stack a second try on it
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
