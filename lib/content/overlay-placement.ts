import { rangeFor } from '../sites/insert';
import { findingItems } from './finding-items';
import type { PanelStore } from './panel-store';

const BADGE_SIZE = 24;
const BADGE_INSET = 4;
const EDGE = 8;
const LIST_WIDTH = 380;
const CARD_WIDTH = 320;
const GUARD_WIDTH = 400;
/** Below this height an editor is one line: the badge sits outside it rather than over its words. */
const ONE_LINE_HEIGHT = BADGE_SIZE + 2 * BADGE_INSET + 8;
/** Layout can change without a resize or scroll event (a reply loads above the box): follow it this often… */
const RECHECK_MS = 500;
/** …and choose the badge's spot, theme and font again every this many of those looks (typing already triggers a full look after each check). */
const FULL_RECHECK_EVERY = 4;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, Math.max(min, max)));

/** The element's parent, crossing out of a shadow root to its host (YouTube Studio's components). */
const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The colour behind an element, as the first ancestor with an opaque enough background paints it. */
function backgroundBehind(element: Element): [number, number, number] | undefined {
  for (let node: Element | null = element; node; node = parentOf(node)) {
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

const CONTROLS = 'button, a[href], input, textarea, select, [role="button"], [role="link"], [role="textbox"], [contenteditable="true"]';

/**
 * Keeps a panel's host over its compose box without taking part in the site's layout: the host
 * goes in the top layer (a manual popover) where the browser has one, so no overflow, stacking or
 * transform of the site can clip or hide it, and is placed at the editor's corner where it covers
 * neither the draft's words nor a site control; the list, the word card and the guard are placed
 * from the same measurements. Scrolling only moves what was placed; the choice of spot, the theme
 * and the font are looked at again when the draft, its size or its findings change, and every two
 * seconds; the badge follows the editor twice a second. It hides while the draft is empty or the
 * editor is out of sight or covered.
 */
export class OverlayPlacement {
  private frame = 0;
  private full = true;
  private readonly interval: number;
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly unsubscribe: () => void;
  /** The badge's spot relative to the editor's bottom-right corner, and what it was chosen for. */
  private spot: { key: string; dx: number; dy: number } | undefined;
  /** What a transformed ancestor adds to `fixed` coordinates where the top layer is not available. */
  private correction = { dx: 0, dy: 0 };

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
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(this.schedule);
    this.resizeObserver?.observe(editor);
    // A card, the list or the guard that opens is placed before it is drawn, never a frame later in the wrong place.
    this.unsubscribe = store.subscribe((state, before) => {
      if (state.card?.key !== before.card?.key || state.listOpen !== before.listOpen || state.guardOpen !== before.guardOpen) this.update();
      else this.schedule();
    });
    let ticks = 0;
    this.interval = window.setInterval(() => (++ticks % FULL_RECHECK_EVERY === 0 ? this.schedule() : this.queue()), RECHECK_MS);
    this.update();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    clearInterval(this.interval);
    removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    this.unsubscribe();
  }

  /** Looks at everything again on the next frame. */
  readonly schedule = (): void => {
    this.full = true;
    this.queue();
  };

  private readonly onScroll = (): void => this.queue();

  private queue(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const full = this.full;
      this.full = false;
      this.update(full);
    });
  }

  private showPopover(): void {
    try {
      if (this.host.isConnected && !this.host.matches(':popover-open')) this.host.showPopover();
    } catch {
      // Not shown (the host left the page a moment ago): the fixed position still places it.
    }
  }

  private setVar(name: string, value: number | string): void {
    const text = typeof value === 'number' ? `${Math.round(value)}px` : value;
    if (this.host.style.getPropertyValue(name) !== text) this.host.style.setProperty(name, text);
  }

  private setData(name: string, value: string | undefined): void {
    if (value === undefined) {
      if (name in this.host.dataset) delete this.host.dataset[name];
    } else if (this.host.dataset[name] !== value) this.host.dataset[name] = value;
  }

  /** Whether a box at (left, top) would sit over the draft's words. */
  private coversText(left: number, top: number, width: number): boolean {
    if (this.editor instanceof HTMLTextAreaElement || this.editor instanceof HTMLInputElement) return false;
    const right = left + width;
    const bottom = top + BADGE_SIZE;
    const range = document.createRange();
    const walker = document.createTreeWalker(this.editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      const whole = range.getBoundingClientRect();
      if (whole.bottom <= top || whole.top >= bottom || whole.right <= left - 2 || whole.left >= right + 2) continue;
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0 && r.left < right + 2 && r.right > left - 2 && r.top < bottom && r.bottom > top) return true;
      }
    }
    return false;
  }

  /** The topmost page element at a point, under Safe Harbor's own layers. */
  private pageElementAt(x: number, y: number): Element | undefined {
    return document.elementsFromPoint(x, y).find((e) => e !== this.host);
  }

  /** Whether a box at (left, top) would hide one of the site's buttons, links or fields, or leave the window. */
  private coversControl(left: number, top: number, width: number): boolean {
    if (left < 0 || top < 0 || left + width > innerWidth || top + BADGE_SIZE > innerHeight) return true;
    const points: Array<[number, number]> = [
      [left + width / 2, top + BADGE_SIZE / 2],
      [left + 2, top + 2],
      [left + width - 2, top + BADGE_SIZE - 2],
    ];
    return points.some(([x, y]) => {
      const below = this.pageElementAt(x, y);
      return !!below?.closest(CONTROLS) && !this.editor.contains(below);
    });
  }

  /**
   * Inside the bottom-right corner; else just right of it; else over the top-right corner; else
   * under the bottom-right corner; else inside after all. Relative to the editor's bottom-right corner.
   */
  private chooseSpot(rect: DOMRect, width: number): { dx: number; dy: number } {
    const candidates = [
      ...(rect.height >= ONE_LINE_HEIGHT ? [{ left: rect.right - width - BADGE_INSET, top: rect.bottom - BADGE_SIZE - BADGE_INSET }] : []),
      { left: rect.right + 4, top: rect.bottom - BADGE_SIZE },
      { left: rect.right - width, top: rect.top - BADGE_SIZE - 4 },
      { left: rect.right - width, top: rect.bottom + 4 },
    ];
    const inside = { left: rect.right - width - BADGE_INSET, top: rect.bottom - BADGE_SIZE - BADGE_INSET };
    const chosen = candidates.find((c) => !this.coversControl(c.left, c.top, width) && !this.coversText(c.left, c.top, width)) ?? inside;
    return { dx: chosen.left - rect.right, dy: chosen.top - rect.bottom };
  }

  /** The editor cannot be seen: scrolled away (in the window or in its own scroller) or covered by something of the site's. */
  private hiddenFromView(rect: DOMRect): boolean {
    if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) return true;
    const x = clamp(rect.right - 3, 0, innerWidth - 1);
    const y = clamp(Math.min(rect.bottom, innerHeight) - 3, 0, innerHeight - 1);
    const top = this.pageElementAt(x, y);
    return !!top && !this.editor.contains(top) && !top.contains(this.editor);
  }

  update(full = true): void {
    if (!this.host.isConnected || !this.editor.isConnected) return;
    if (supportsPopover()) this.showPopover();
    const state = this.store.getState();
    const rect = this.editor.getBoundingClientRect();
    const empty = state.status === 'idle' && state.findings.length === 0 && state.attachments.length === 0;
    const hidden = empty || this.hiddenFromView(rect);
    this.setData('hidden', hidden ? '' : undefined);
    if (hidden && !state.guardOpen) return;
    const width = innerWidth;
    const height = innerHeight;

    if (full) {
      this.setData('theme', siteTheme(this.editor));
      const font = getComputedStyle(this.editor).fontFamily;
      if (font) this.setVar('--sh-font', font);
    }

    const badgeWidth = Math.max(BADGE_SIZE, this.host.offsetWidth);
    const key = `${Math.round(rect.width)}x${Math.round(rect.height)}:${badgeWidth}:${state.findings.length}:${state.status}`;
    if (full || !this.spot || this.spot.key !== key) this.spot = { key, ...this.chooseSpot(rect, badgeWidth) };
    const left = clamp(rect.right + this.spot.dx, 0, width - badgeWidth);
    const top = clamp(rect.bottom + this.spot.dy, 0, height - BADGE_SIZE);
    this.setVar('--sh-left', left - this.correction.dx);
    this.setVar('--sh-top', top - this.correction.dy);
    if (full) {
      // Where the host could not go in the top layer, a transformed ancestor shifts `fixed` boxes: measure it once a look.
      const placed = this.host.getBoundingClientRect();
      const dx = placed.left - (left - this.correction.dx);
      const dy = placed.top - (top - this.correction.dy);
      if (Math.abs(dx - this.correction.dx) > 1 || Math.abs(dy - this.correction.dy) > 1) {
        this.correction = { dx, dy };
        this.setVar('--sh-left', left - dx);
        this.setVar('--sh-top', top - dy);
      }
    }

    // The list: under the badge, or over it when there is more room there; kept inside the window.
    const listWidth = Math.min(LIST_WIDTH, width - 2 * EDGE);
    const below = height - (top + BADGE_SIZE) - EDGE - 6;
    const above = top - EDGE - 6;
    const side = below >= 320 || below >= above ? 'below' : 'above';
    this.setData('listSide', side);
    this.setVar('--sh-list-max', Math.max(160, side === 'below' ? below : above));
    this.setVar('--sh-list-width', listWidth);
    this.setVar('--sh-list-x', clamp(left + badgeWidth - listWidth, EDGE, width - listWidth - EDGE) - left);

    // The card: under the words it is about (over them near the bottom of the window).
    if (state.card) {
      const item = findingItems(state.findings).find((i) => i.key === state.card?.key);
      const range = item ? rangeFor(this.editor, item.start, item.end) : undefined;
      const words = range?.getClientRects()[0] ?? rect;
      const cardWidth = Math.min(CARD_WIDTH, width - 2 * EDGE);
      const cardSide = height - words.bottom < 220 && words.top > height - words.bottom ? 'above' : 'below';
      this.setData('cardSide', cardSide);
      this.setVar('--sh-card-width', cardWidth);
      this.setVar('--sh-card-x', clamp(words.left, EDGE, width - cardWidth - EDGE) - left);
      this.setVar('--sh-card-y', (cardSide === 'below' ? words.bottom + 6 : words.top - 6) - top);
    }

    // The guard: next to the Post button that was clicked (it is in the top layer: window coordinates),
    // no taller than the room on that side, so its answers are always in view.
    if (state.guardOpen) {
      const button = this.postButton()?.getBoundingClientRect();
      const anchor = button && button.width > 0 ? button : rect;
      const guardWidth = Math.min(GUARD_WIDTH, width - 2 * EDGE);
      this.setVar('--sh-guard-width', guardWidth);
      this.setVar('--sh-guard-left', clamp(anchor.right - guardWidth, EDGE, width - guardWidth - EDGE));
      const roomAbove = anchor.top - 8 - EDGE;
      const roomBelow = height - anchor.bottom - 8 - EDGE;
      if (roomAbove > roomBelow) {
        this.setVar('--sh-guard-top', 'auto');
        this.setVar('--sh-guard-bottom', height - anchor.top + 8);
        this.setVar('--sh-guard-max', Math.max(200, roomAbove));
      } else {
        this.setVar('--sh-guard-bottom', 'auto');
        this.setVar('--sh-guard-top', Math.min(anchor.bottom + 8, height - 200 - EDGE));
        this.setVar('--sh-guard-max', Math.max(200, roomBelow));
      }
    }
  }
}
