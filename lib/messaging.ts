import { defineExtensionMessaging } from '@webext-core/messaging';
import { PLATFORMS, SURFACES, type Finding, type Platform, type Surface } from './analysis/types';
import type { TeachingOffer } from './cases/offer';
import type { ColumnMapping } from './cases/spreadsheet';
import type { Outcome, TeachingCase } from './history/db';
import type { Box, ImageReport } from './images/types';
import type { LengthReport } from './limits';
import type { SettingsChange, SettingsChangeResult } from './settings/changes';

export interface DraftCheck {
  /** Stable for one compose box while the page lives, so history keeps one entry per draft. */
  draftId: string;
  /** Counts up with each check of the draft, so that history never lets an older check overwrite a newer one. */
  sequence: number;
  text: string;
  site: Platform;
  surface: Surface;
  /** The whole thread when this post is one of several: the texts of every post, and which one this is. */
  thread?: { texts: string[]; index: number };
  /** The post being quoted, checked too. */
  quoted?: string;
  /** The user's settings or the institution's policy changed since the last check: read them again. */
  settingsChanged?: boolean;
}

export interface DraftReport {
  findings: Finding[];
  /** Findings in the post being quoted; offsets are into that text. */
  quoted: Finding[];
  /** Set when history could not be saved (full storage, broken database): the user should know. */
  historyError?: string;
  /** Set when the draft is longer than the engine reads: how many of its first characters were checked. */
  checkedLength?: number;
  /** Checking is paused on this site: no findings were looked for. */
  paused: boolean;
  /** A teaching post: what the panel offers for the case log (never a finding). */
  teaching?: TeachingOffer;
  length?: LengthReport;
  disclaimer: {
    text: string;
    /** Already in the draft: inserting it again would be a duplicate. */
    present: boolean;
    /** Adding it keeps the draft within the platform's limit. */
    fits: boolean;
    /** The short form, offered when the full one does not fit. */
    short: { text: string; fits: boolean };
    /** This surface can carry a disclaimer (a video title cannot). */
    offered: boolean;
  };
}

/** What the content script says about its page, for the popup's site-health line. Computed in the tab; never sent anywhere else. */
export interface SiteHealth {
  siteId: Platform;
  site: string;
  boxes: Array<{ surface: Surface; generic: boolean }>;
  /** The user wrote in a box the site's adapter does not know, and the adapter found none: the page changed. */
  changed: boolean;
}

export type CaseAnswer = { ok: true; case: TeachingCase } | { ok: false; error: string };

/** The one protocol between content scripts, extension pages and the background worker. */
interface ProtocolMap {
  /** Content script → background: check a draft. */
  checkDraft(draft: DraftCheck): DraftReport;
  /** Content script → background: a compose box appeared, so load and warm the engine before the first check. */
  warmUp(): void;
  /** Content script → background: log the unknown being written as case `number` (the title is checked first). */
  logCase(entry: { draftId: string; site: Platform; surface: Surface; number: number; hashtag: string; title?: string }): CaseAnswer;
  /** Content script or Cases page → background: change a logged case's title or number. */
  editCase(change: { id: number; title?: string; number?: number }): CaseAnswer;
  /** Content script → background: a post went out from this box (and answered case `answered`). */
  casePosted(post: { draftId: string; answered?: number; answerDay?: number; answerInHours?: number }): void;
  /** Cases page → background, the one writer of the case log: import spreadsheet rows (header first) through a column mapping. */
  importCases(sheet: { rows: string[][]; mapping: ColumnMapping }): { imported: number; refused: Array<{ row: number; reason: string }> };
  /** Cases page → background: mark a case answered by hand. */
  markCaseAnswered(id: number): void;
  /** Popup or options page → background: write to history the checks that wait for a pause in typing. */
  flushHistory(): void;
  /** Content script → background: what the user did about a draft's flags, for history. */
  recordOutcome(outcome: { draftId: string; outcome: Outcome; ruleId?: string }): void;
  /** Any page → background, the one writer of settings: change them. */
  changeSettings(change: SettingsChange): SettingsChangeResult;
  /** Options page → background: replace the settings with a settings file's, after validating it. */
  importSettings(json: string): SettingsChangeResult;
  /** Popup → the active tab: which compose boxes Safe Harbor is checking there, and how. */
  siteHealth(): SiteHealth | undefined;
  /** Background → the active tab (keyboard shortcut): insert the disclaimer into the post being written. */
  insertDisclaimer(): boolean;
  /** Content script → background: check a file attached to a draft (bytes in base64; they never leave the device). */
  checkAttachment(attachment: { draftId: string; site: Platform; surface: Surface; index: number; bytes: string }): ImageReport;
  /** Background → offscreen document (Chrome): run the image checks, where OCR can have a worker. */
  checkImageBytes(image: { bytes: string }): ImageReport;
  /** Content script → background (→ offscreen document): a copy with these boxes blacked out and no metadata. */
  cleanAttachment(image: { bytes: string; boxes: Box[] }): { bytes: string; type: string };
  /** Background → offscreen document (Chrome): make that copy. */
  cleanImageBytes(image: { bytes: string; boxes: Box[] }): { bytes: string; type: string };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

const MAX_ID_LENGTH = 100;
const MAX_THREAD_POSTS = 50;
const MAX_MESSAGE_TEXT = 2_000_000;
const isText = (value: unknown, max = MAX_MESSAGE_TEXT): value is string => typeof value === 'string' && value.length <= max;

/**
 * A draft check as the background accepts it: every field of the right type and size, or nothing.
 * Messages come from content scripts running inside pages, so they are not taken on trust.
 */
export function parseDraftCheck(data: unknown): DraftCheck | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (!isText(d.draftId, MAX_ID_LENGTH) || d.draftId === '') return undefined;
  if (!Number.isSafeInteger(d.sequence) || (d.sequence as number) < 0) return undefined;
  if (!isText(d.text) || !PLATFORMS.includes(d.site as Platform) || !SURFACES.includes(d.surface as Surface)) return undefined;
  const check: DraftCheck = { draftId: d.draftId, sequence: d.sequence as number, text: d.text, site: d.site as Platform, surface: d.surface as Surface };
  if (d.thread !== undefined) {
    const thread = d.thread as { texts?: unknown; index?: unknown } | null;
    const texts = thread?.texts;
    if (!Array.isArray(texts) || texts.length === 0 || texts.length > MAX_THREAD_POSTS || !texts.every((t) => isText(t))) return undefined;
    if (!Number.isInteger(thread!.index) || (thread!.index as number) < 0 || (thread!.index as number) >= texts.length) return undefined;
    if (texts[thread!.index as number] !== d.text) return undefined;
    check.thread = { texts: texts as string[], index: thread!.index as number };
  }
  if (d.quoted !== undefined) {
    if (!isText(d.quoted)) return undefined;
    check.quoted = d.quoted;
  }
  if (d.settingsChanged === true) check.settingsChanged = true;
  return check;
}
