import type { Finding, Severity } from '../analysis/types';
import { rangeFor } from '../sites/insert';
import { findingItems } from './finding-items';

/**
 * Underlines flagged words without touching the editor: the CSS Custom Highlight API where the
 * browser has it (no nodes added, follows scrolling and reflow), else boxes drawn over the text in
 * a layer outside the editor that takes no pointer events.
 */
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** At least 3:1 against white, black and every site's dark background. */
const COLOURS: Record<Severity, string> = { error: '#e0403a', warning: '#b7791f', info: '#2f80ed' };
const name = (severity: Severity): string => `safe-harbor-${severity}`;

const supportsHighlights = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export class Underlines {
  private readonly ranges = new Map<object, Array<{ range: Range; severity: Severity }>>();
  private style: HTMLStyleElement | undefined;
  private overlay: HTMLElement | undefined;
  private frame = 0;

  /** Underlines `findings` in `element` for `owner` (a draft session), replacing what it had. */
  set(owner: object, element: HTMLElement, findings: readonly Finding[]): void {
    // One underline per flagged stretch, in the colour of its most serious finding; a missing
    // disclaimer is about the whole post, not about any words in it.
    const ranges = findingItems(findings)
      .filter((item) => !item.wholePost)
      .flatMap((item) => {
        const range = rangeFor(element, item.start, item.end);
        return range ? [{ range, severity: item.severity }] : [];
      });
    if (ranges.length) this.ranges.set(owner, ranges);
    else this.ranges.delete(owner);
    this.render();
  }

  clear(owner: object): void {
    if (this.ranges.delete(owner)) this.render();
  }

  dispose(): void {
    this.ranges.clear();
    this.render();
    this.style?.remove();
    this.overlay?.remove();
    removeEventListener('scroll', this.schedule, true);
    removeEventListener('resize', this.schedule);
  }

  private render(): void {
    const all = [...this.ranges.values()].flat();
    if (supportsHighlights()) {
      this.ensureStyle();
      for (const severity of SEVERITIES) {
        const ranges = all.filter((r) => r.severity === severity).map((r) => r.range);
        if (ranges.length) CSS.highlights.set(name(severity), new Highlight(...ranges));
        else CSS.highlights.delete(name(severity));
      }
      return;
    }
    this.drawBoxes(all);
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    this.style = document.createElement('style');
    this.style.dataset.safeHarbor = 'underlines';
    this.style.textContent = SEVERITIES.map(
      (s) => `::highlight(${name(s)}) { text-decoration: underline wavy ${COLOURS[s]} 1.5px; text-underline-offset: 3px; }`,
    ).join('\n');
    (document.head ?? document.documentElement).append(this.style);
  }

  private readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.drawBoxes([...this.ranges.values()].flat()));
  };

  private drawBoxes(all: Array<{ range: Range; severity: Severity }>): void {
    if (!this.overlay) {
      this.overlay = document.createElement('div');
      this.overlay.dataset.safeHarbor = 'underlines';
      this.overlay.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
      addEventListener('scroll', this.schedule, true);
      addEventListener('resize', this.schedule);
    }
    if (!this.overlay.isConnected) document.documentElement.append(this.overlay);
    this.overlay.replaceChildren(
      ...all.flatMap(({ range, severity }) =>
        Array.from(range.getClientRects(), (rect) => {
          const box = document.createElement('div');
          box.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.bottom - 2}px;width:${rect.width}px;height:0;border-bottom:2px solid ${COLOURS[severity]};`;
          return box;
        }),
      ),
    );
  }
}
