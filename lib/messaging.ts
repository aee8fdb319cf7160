import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, Platform, Surface } from './analysis/types';
import type { Outcome } from './db';
import type { LengthReport } from './limits';

export interface DraftCheck {
  /** Stable for one compose box while the page lives, so history keeps one entry per draft. */
  draftId: string;
  text: string;
  site: Platform;
  surface: Surface;
  /** The whole thread when this post is one of several: the texts of every post, and which one this is. */
  thread?: { texts: string[]; index: number };
  /** The post being quoted, checked too. */
  quoted?: string;
}

export interface DraftReport {
  findings: Finding[];
  /** Findings in the post being quoted; offsets are into that text. */
  quoted: Finding[];
  /** Set when history could not be saved (full storage, broken database): the user should know. */
  historyError?: string;
  /** Checking is paused on this site: no findings were looked for. */
  paused: boolean;
  length?: LengthReport;
  disclaimer: {
    text: string;
    /** Already in the draft: inserting it again would be a duplicate. */
    present: boolean;
    /** Adding it keeps the draft within the platform's limit. */
    fits: boolean;
    /** The short form, offered when the full one does not fit. */
    short: { text: string; fits: boolean };
  };
}

/** The one protocol between content scripts, extension pages and the background worker. */
interface ProtocolMap {
  /** Content script → background: check a draft. */
  checkDraft(draft: DraftCheck): DraftReport;
  /** Content script → background: what the user did about a draft's flags, for history. */
  recordOutcome(outcome: { draftId: string; outcome: Outcome; ruleId?: string }): void;
  /** Background → the active tab (keyboard shortcut): insert the disclaimer into the post being written. */
  insertDisclaimer(): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
