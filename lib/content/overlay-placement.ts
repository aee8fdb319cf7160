import { rangeFor } from '../sites/insert';
import { findingItems } from './finding-items';
import type { PanelStore } from './panel-store';

const BADGE_SIZE = 24;
const BADGE_INSET = 4;
const EDGE = 8;
const LIST_WIDTH = 380;
const CARD_WIDTH = 320;
const GUARD_WIDTH = 400;
/** Below this height an editor is one line: the badge sits over its top-right corner instead of inside it. */
const ONE_LINE_HEIGHT = BADGE_SIZE + 2 * BADGE_INSET + 8;
/** Layout can change without a resize or scroll event (a reply loads above the box): look again this often. */
const RECHECK_MS = 500;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, Math.max(min, max)));

/** The colour behind an element, as the first ancestor with an opaque enough background paints it. */
function backgroundBehind(element: Element): [number, number, number] | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (match && (match[4] === undefined || Number(match[4]) >= 0.5)) return [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  return undefined;
}

/** Dark when the site paints the compose box dark (X's Dim and Lights out, the other sites' dark modes), not when the OS is. */
export function siteTheme(element: Element): 'light' | 'dark' {
  const rgb = backgroundBehind(element);
  if (!rgb) return 'light';
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
}

const supportsPopover = (): boolean => typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

/**
 * Keeps a panel's host over its compose box without taking part in the site's layout: the host
 * goes in the top layer (a manual popover) where the browser has one, so no overflow, stacking or
 * transform of the site can clip or hide it, and is placed at the editor's corner; the list, the
 * word card and the guard are placed from the same measurements. Follows scrolling, resizing and
 * the site's own reflows; hides the badge while the draft is empty or the editor is out of sight.
 */
export class OverlayPlacement {
  private frame = 0;
  private readonly interval: number;
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly editor: HTMLElement,
    private readonly store: PanelStore,
    private readonly postButton: () => HTMLElement | null,
  ) {
    if (supportsPopover()) {
      host.setAttribute('popover', 'manual');
      this.showPopover();
    }
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(this.schedule);
    this.resizeObserver?.observe(editor);
    this.unsubscribe = store.subscribe(this.schedule);
    this.interval = window.setInterval(this.schedule, RECHECK_MS);
    this.update();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    clearInterval(this.interval);
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    this.unsubscribe();
  }

  readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update());
  };

  private showPopover(): void {
    try {
      if (this.host.isConnected && !this.host.matches(':popover-open')) this.host.showPopover();
    } catch {
      // Not shown (the host left the page a moment ago): the fixed position still places it.
    }
  }

  private setVar(name: string, px: number): void {
    const value = `${Math.round(px)}px`;
    if (this.host.style.getPropertyValue(name) !== value) this.host.style.setProperty(name, value);
  }

  private setData(name: string, value: string | undefined): void {
    if (value === undefined) {
      if (name in this.host.dataset) delete this.host.dataset[name];
    } else if (this.host.dataset[name] !== value) this.host.dataset[name] = value;
  }

  /** Whether a badge at (left, top) would sit over the draft's words. */
  private coversText(left: number, top: number): boolean {
    if (this.editor instanceof HTMLTextAreaElement || this.editor instanceof HTMLInputElement) return false;
    const right = left + BADGE_SIZE;
    const bottom = top + BADGE_SIZE;
    const range = document.createRange();
    const walker = document.createTreeWalker(this.editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0 && r.left < right + 2 && r.right > left - 2 && r.top < bottom && r.bottom > top) return true;
      }
    }
    return false;
  }

  /** Whether a badge at (left, top) would hide one of the site's buttons, links or fields, or leave the window. */
  private coversControl(left: number, top: number): boolean {
    if (left < 0 || top < 0 || left + BADGE_SIZE > innerWidth || top + BADGE_SIZE > innerHeight) return true;
    const points: Array<[number, number]> = [
      [left + BADGE_SIZE / 2, top + BADGE_SIZE / 2],
      [left + 2, top + 2],
      [left + BADGE_SIZE - 2, top + BADGE_SIZE - 2],
    ];
    return points.some(([x, y]) => {
      const below = document.elementsFromPoint(x, y).find((e) => e !== this.host && !this.host.contains(e));
      return !!below?.closest('button, a[href], input, textarea, select, [role="button"], [role="link"], [role="textbox"], [contenteditable="true"]') && !this.editor.contains(below);
    });
  }

  /** Inside the bottom-right corner; else just right of it; else over the top-right corner; else inside after all. */
  private badgeSpot(rect: DOMRect): { left: number; top: number } {
    const inside = { left: rect.right - BADGE_SIZE - BADGE_INSET, top: rect.bottom - BADGE_SIZE - BADGE_INSET };
    const tall = rect.height >= ONE_LINE_HEIGHT;
    if (tall && !this.coversText(inside.left, inside.top)) return inside;
    const candidates = [
      { left: rect.right + 4, top: rect.bottom - BADGE_SIZE },
      { left: rect.right - BADGE_SIZE, top: rect.top - BADGE_SIZE - 4 },
      { left: rect.right - BADGE_SIZE, top: rect.bottom + 4 },
    ];
    return candidates.find((c) => !this.coversControl(c.left, c.top) && !this.coversText(c.left, c.top)) ?? inside;
  }

  update(): void {
    if (!this.host.isConnected || !this.editor.isConnected) return;
    if (supportsPopover()) this.showPopover();
    const state = this.store.getState();
    const rect = this.editor.getBoundingClientRect();
    const width = innerWidth;
    const height = innerHeight;
    const outOfSight = rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width;
    const empty = state.status === 'idle' && state.findings.length === 0;
    this.setData('hidden', outOfSight || empty ? '' : undefined);
    this.setData('theme', siteTheme(this.editor));
    const font = getComputedStyle(this.editor).fontFamily;
    if (font && this.host.style.getPropertyValue('--sh-font') !== font) this.host.style.setProperty('--sh-font', font);

    // The badge: at the editor's bottom-right corner, where it covers neither the draft's words nor a site control.
    let { left, top } = this.badgeSpot(rect);
    left = clamp(left, 0, width - BADGE_SIZE);
    this.setVar('--sh-left', left);
    this.setVar('--sh-top', top);
    // Where the browser could not take the host out of the page's layers (a transformed ancestor
    // makes `fixed` relative to itself), correct by what was measured.
    const placed = this.host.getBoundingClientRect();
    const dx = placed.left - left;
    const dy = placed.top - top;
    if (Math.abs(dx) > 1 || Math.abs(dy) > 1) {
      this.setVar('--sh-left', left - dx);
      this.setVar('--sh-top', top - dy);
    }
    const hostLeft = left;
    const hostTop = top;
    const badgeWidth = Math.max(placed.width, BADGE_SIZE);

    // The list: under the badge, or over it when there is more room there; kept inside the window.
    const listWidth = Math.min(LIST_WIDTH, width - 2 * EDGE);
    const below = height - (hostTop + BADGE_SIZE) - EDGE - 6;
    const above = hostTop - EDGE - 6;
    const side = below >= 320 || below >= above ? 'below' : 'above';
    this.setData('listSide', side);
    this.setVar('--sh-list-max', Math.max(160, side === 'below' ? below : above));
    this.setVar('--sh-list-width', listWidth);
    this.setVar('--sh-list-x', clamp(hostLeft + badgeWidth - listWidth, EDGE, width - listWidth - EDGE) - hostLeft);

    // The card: under the words it is about (over them near the bottom of the window).
    if (state.card) {
      const item = findingItems(state.findings).find((i) => i.key === state.card?.key);
      const range = item ? rangeFor(this.editor, item.start, item.end) : undefined;
      const words = range?.getClientRects()[0] ?? rect;
      const cardWidth = Math.min(CARD_WIDTH, width - 2 * EDGE);
      const cardSide = height - words.bottom < 220 && words.top > height - words.bottom ? 'above' : 'below';
      this.setData('cardSide', cardSide);
      this.setVar('--sh-card-width', cardWidth);
      this.setVar('--sh-card-x', clamp(words.left, EDGE, width - cardWidth - EDGE) - hostLeft);
      this.setVar('--sh-card-y', (cardSide === 'below' ? words.bottom + 6 : words.top - 6) - hostTop);
    }

    // The guard: next to the Post button that was clicked (the guard is in the top layer: window coordinates).
    if (state.guardOpen) {
      const button = this.postButton()?.getBoundingClientRect();
      const anchor = button && button.width > 0 ? button : rect;
      const guardWidth = Math.min(GUARD_WIDTH, width - 2 * EDGE);
      this.setVar('--sh-guard-width', guardWidth);
      this.setVar('--sh-guard-left', clamp(anchor.right - guardWidth, EDGE, width - guardWidth - EDGE));
      if (anchor.top > height - anchor.bottom) {
        this.host.style.setProperty('--sh-guard-top', 'auto');
        this.setVar('--sh-guard-bottom', Math.max(EDGE, height - anchor.top + 8));
      } else {
        this.host.style.setProperty('--sh-guard-bottom', 'auto');
        this.setVar('--sh-guard-top', Math.min(anchor.bottom + 8, height - 200));
      }
    }
  }
}
