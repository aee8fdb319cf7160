import type { Surface } from '../analysis';
import { sendMessage } from '../messaging';
import type { SiteAdapter } from '../sites';
import type { PanelStore } from './panel-store';

export const CHECK_DELAY_MS = 300;
const RETRY_DELAY_MS = 750;

/** WXT's content-script context, whose timers stop when the extension is reloaded. */
interface Timers {
  setTimeout(handler: () => void, ms: number): number;
}

/**
 * Watches one compose box: reads its text after the user pauses, asks the background to check it,
 * and puts the answer in the panel's store. Never touches the editor.
 */
export class DraftSession {
  readonly draftId = crypto.randomUUID();
  private timer: number | undefined;
  private sequence = 0;
  private lastChecked: string | undefined;
  private readonly observer: MutationObserver;

  constructor(
    readonly element: HTMLElement,
    private readonly surface: Surface,
    private readonly site: SiteAdapter,
    private readonly store: PanelStore,
    private readonly timers: Timers,
    private readonly isStopped: () => boolean,
  ) {
    // Draft.js and Lexical change the DOM without an `input` event on paste and undo.
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(element, { childList: true, subtree: true, characterData: true });
    element.addEventListener('input', this.schedule);
    this.schedule(0);
  }

  readonly schedule = (delay: number | Event = CHECK_DELAY_MS): void => {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.check(), typeof delay === 'number' ? delay : CHECK_DELAY_MS);
  };

  private async check(retry = true): Promise<void> {
    this.timer = undefined;
    if (this.isStopped() || !this.element.isConnected) return;
    const text = this.site.readText(this.element);
    if (text === this.lastChecked) return;
    const sequence = ++this.sequence;
    if (text.trim() === '') {
      this.lastChecked = text;
      this.store.setState({ status: 'idle', findings: [] });
      return;
    }
    this.store.setState({ status: 'checking' });
    try {
      const report = await sendMessage('checkDraft', { draftId: this.draftId, text, site: this.site.id, surface: this.surface });
      if (sequence !== this.sequence) return;
      this.lastChecked = text;
      this.store.setState({ status: 'ready', findings: report.findings });
    } catch {
      if (sequence !== this.sequence || this.isStopped()) return;
      // A stopped service worker wakes on the next message; try once more before saying so.
      if (retry) {
        this.timers.setTimeout(() => void this.check(false), RETRY_DELAY_MS);
        return;
      }
      this.store.setState({ status: 'unavailable' });
    }
  }

  stop(): void {
    this.sequence++;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.observer.disconnect();
    this.element.removeEventListener('input', this.schedule);
  }
}
