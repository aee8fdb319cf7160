import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, Platform, Surface } from './analysis';

export interface DraftCheck {
  /** Stable for one compose box while the page lives, so history keeps one entry per draft. */
  draftId: string;
  text: string;
  site: Platform;
  surface: Surface;
}

export interface DraftReport {
  findings: Finding[];
}

/** The one protocol between content scripts, extension pages and the background worker. */
interface ProtocolMap {
  checkDraft(draft: DraftCheck): DraftReport;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
