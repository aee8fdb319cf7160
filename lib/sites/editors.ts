/** Reading text out of the editor kinds the four sites use. */

/** Draft.js (X, TikTok): one `[data-block]` per line; an empty line holds only a `<br data-text>`. */
export function readDraftJs(element: HTMLElement): string {
  const blocks = element.querySelectorAll<HTMLElement>('[data-block="true"]');
  if (blocks.length === 0) return element.textContent ?? '';
  return Array.from(blocks, (block) => block.textContent ?? '').join('\n');
}

/** Lexical (Instagram captions): one element per paragraph directly under the root. */
export function readLexical(element: HTMLElement): string {
  const paragraphs = Array.from(element.children);
  if (paragraphs.length === 0) return element.textContent ?? '';
  return paragraphs.map((p) => (p.textContent ?? '').replace(/\u200B/g, '')).join('\n');
}

/** A plain contenteditable (YouTube): `<br>` and block elements are line breaks. */
export function readContentEditable(element: HTMLElement): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child.nodeName === 'BR') text += '\n';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = /^(DIV|P|LI)$/.test(child.nodeName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(child);
      }
    }
  };
  walk(element);
  return text.replace(/\n$/, '');
}

export function readTextField(element: HTMLElement): string {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? element.value : '';
}

export function readAnyEditor(element: HTMLElement): string {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return readTextField(element);
  if (element.classList.contains('public-DraftEditor-content')) return readDraftJs(element);
  if (element.dataset.lexicalEditor === 'true') return readLexical(element);
  return readContentEditable(element);
}

/** The nearest element matching `selector` in the editor's enclosing containers, up to `levels` up. */
export function findNearby(element: HTMLElement, selector: string, levels = 12): HTMLElement | null {
  let node: HTMLElement | null = element.parentElement;
  for (let i = 0; node && i < levels; i++, node = node.parentElement) {
    const found = node.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T & Element>(selector));
}
