import { editorKind, rangeFor } from '../sites/insert';
import { findingItems, type FindingItem } from './finding-items';
import type { PanelStore } from './panel-store';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

const isTextField = (element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement => editorKind(element) === 'textfield';

/** Where the caret is relative to an item: before it, in it (edges included) or after it. */
type Side = -1 | 0 | 1;

/**
 * The underline is the interface: hovering or clicking a flagged word opens its card, Alt+↓ and
 * Alt+↑ walk from one flagged word to the next with the card open and focused, and Alt+Shift+S
 * jumps to the badge. A press elsewhere on the page closes the list and the card. Never changes the text.
 */
export class WordCards {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private pointerInPanel = false;
  private frame = 0;
  private clickTimer: number | undefined;
  /** The items about words, with their ranges, for the findings they were made from. */
  private cached: { findings: unknown; items: FindingItem[]; ranges: Map<string, Range | undefined> } | undefined;

  constructor(
    private readonly editor: HTMLElement,
    private readonly host: HTMLElement,
    private readonly store: PanelStore,
    private readonly focusBadge: () => void,
  ) {
    editor.addEventListener('pointermove', this.onPointerMove, { passive: true });
    editor.addEventListener('pointerleave', this.onPointerLeave, { passive: true });
    editor.addEventListener('click', this.onClick);
    editor.addEventListener('keydown', this.onKeyDown, { capture: true });
    host.addEventListener('pointerenter', this.onPanelEnter);
    host.addEventListener('pointerleave', this.onPanelLeave);
    document.addEventListener('pointerdown', this.onPointerDownAnywhere, { capture: true, passive: true });
    store.setState({ walk: (forward) => this.walk(forward) });
  }

  dispose(): void {
    this.clearTimers();
    clearTimeout(this.clickTimer);
    cancelAnimationFrame(this.frame);
    this.store.setState({ walk: undefined });
    this.editor.removeEventListener('pointermove', this.onPointerMove);
    this.editor.removeEventListener('pointerleave', this.onPointerLeave);
    this.editor.removeEventListener('click', this.onClick);
    this.editor.removeEventListener('keydown', this.onKeyDown, { capture: true });
    this.host.removeEventListener('pointerenter', this.onPanelEnter);
    this.host.removeEventListener('pointerleave', this.onPanelLeave);
    document.removeEventListener('pointerdown', this.onPointerDownAnywhere, { capture: true });
  }

  /** A press anywhere else on the page closes the list and the card, as a menu would close. */
  private readonly onPointerDownAnywhere = (event: PointerEvent): void => {
    const path = event.composedPath();
    if (path.includes(this.host)) return;
    const state = this.store.getState();
    if (state.listOpen) state.setListOpen(false);
    if (state.card && !path.includes(this.editor)) state.openCard(undefined);
  };

  /** Items that are about words (not the whole post), in reading order. */
  private items(): FindingItem[] {
    const { findings } = this.store.getState();
    if (this.cached?.findings !== findings) this.cached = { findings, items: findingItems(findings).filter((item) => !item.wholePost), ranges: new Map() };
    return this.cached.items;
  }

  /** An item's words in the editor, found once per check (the editor may have changed since: then none). */
  private rangeOf(item: FindingItem): Range | undefined {
    const ranges = this.cached?.ranges;
    if (!ranges) return rangeFor(this.editor, item.start, item.end);
    if (!ranges.has(item.key)) ranges.set(item.key, rangeFor(this.editor, item.start, item.end));
    const range = ranges.get(item.key);
    return range && !range.collapsed && this.editor.contains(range.startContainer) ? range : undefined;
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.openTimer = this.closeTimer = undefined;
  }

  private itemAtPoint(x: number, y: number): FindingItem | undefined {
    if (isTextField(this.editor)) return undefined;
    return this.items().find((item) =>
      Array.from(this.rangeOf(item)?.getClientRects() ?? []).some(
        (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 4,
      ),
    );
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const item = this.itemAtPoint(clientX, clientY);
      const card = this.store.getState().card;
      if (item) {
        clearTimeout(this.closeTimer);
        this.closeTimer = undefined;
        if (card?.key === item.key || (card && !card.hover)) return;
        clearTimeout(this.openTimer);
        this.openTimer = window.setTimeout(() => this.open(item, { focus: false, hover: true }), HOVER_OPEN_MS);
      } else {
        clearTimeout(this.openTimer);
        this.openTimer = undefined;
        this.closeHoverCardSoon();
      }
    });
  };

  private readonly onPointerLeave = (): void => {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.closeHoverCardSoon();
  };

  private readonly onPanelEnter = (): void => {
    this.pointerInPanel = true;
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  };

  private readonly onPanelLeave = (): void => {
    this.pointerInPanel = false;
    this.closeHoverCardSoon();
  };

  private closeHoverCardSoon(): void {
    if (!this.store.getState().card?.hover || this.closeTimer !== undefined) return;
    this.closeTimer = window.setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.pointerInPanel && this.store.getState().card?.hover) this.store.getState().openCard(undefined);
    }, HOVER_CLOSE_MS);
  }

  private open(item: FindingItem, how: { focus: boolean; hover: boolean }): void {
    this.clearTimers();
    const state = this.store.getState();
    if (state.guardOpen) return;
    if (state.listOpen) state.setListOpen(false);
    state.openCard({ key: item.key, ...how });
  }

  /** The caret's side of each item, or undefined when the selection is not in this editor. */
  private caretSide(item: FindingItem): Side | undefined {
    if (isTextField(this.editor)) {
      const caret = this.editor.selectionEnd ?? 0;
      return caret < item.start ? -1 : caret > item.end ? 1 : 0;
    }
    const selection = getSelection();
    const node = selection?.focusNode;
    if (!node || !this.editor.contains(node)) return undefined;
    const range = this.rangeOf(item);
    if (!range) return undefined;
    try {
      return range.comparePoint(node, selection.focusOffset) as Side;
    } catch {
      return undefined;
    }
  }

  private readonly onClick = (): void => {
    // After the editor has placed the caret.
    clearTimeout(this.clickTimer);
    this.clickTimer = window.setTimeout(() => {
      const item = this.items().find((i) => this.caretSide(i) === 0);
      const card = this.store.getState().card;
      if (item) this.open(item, { focus: false, hover: false });
      else if (card && !card.focus) this.store.getState().openCard(undefined);
    }, 0);
  };

  private step(forward: boolean): FindingItem | undefined {
    const items = this.items();
    if (items.length === 0) return undefined;
    const sides = items.map((item) => this.caretSide(item));
    if (forward) return items[sides.findIndex((side) => side === -1)] ?? items[0];
    const before = sides.map((side, i) => (side === 1 ? i : -1)).filter((i) => i >= 0);
    return items[before.at(-1) ?? items.length - 1];
  }

  /** Selects the next (or previous) flagged words after the caret and opens their card with focus in it. */
  private walk(forward: boolean): void {
    // From an open card, the next card; from the editor, the next flagged words after the caret.
    const items = this.items();
    const at = items.findIndex((i) => i.key === this.store.getState().card?.key);
    const item = at >= 0 ? items[(at + (forward ? 1 : items.length - 1)) % items.length] : this.step(forward);
    if (!item) return;
    this.store.getState().actions?.selectWords(item.start, item.end);
    this.open(item, { focus: true, hover: false });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey && event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      event.stopPropagation();
      this.focusBadge();
      return;
    }
    const card = this.store.getState().card;
    if (event.key === 'Escape' && card) {
      event.preventDefault();
      event.stopPropagation();
      this.store.getState().openCard(undefined);
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      if (this.items().length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      this.walk(event.key === 'ArrowDown');
      return;
    }
    // Typing goes on: a card that was only looked at gets out of the way.
    if (card && !card.focus && !event.altKey && !event.ctrlKey && !event.metaKey && event.key.length === 1) this.store.getState().openCard(undefined);
  };
}
