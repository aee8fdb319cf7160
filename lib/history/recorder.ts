import type { Finding } from '../analysis';
import type { DraftCheck } from '../messaging';
import type { SafeHarborDB } from './db';
import { forgetDraftTexts, recordDraft } from './record';

/** A draft's latest check is written this long after the checks stop coming (the user paused)… */
const HISTORY_WRITE_DELAY_MS = 1_000;
/** …and at least this often while they keep coming. */
const HISTORY_WRITE_MAX_DELAY_MS = 5_000;

export interface DraftRecorder {
  /** Keeps this check as its draft's latest; it is written once typing pauses. */
  record(draft: DraftCheck, findings: readonly Finding[], now?: number): void;
  /** Why the last write failed (a full disk is every draft's problem), for the user; undefined once a write succeeds. */
  error(): string | undefined;
  /** Writes every waiting check now (before an outcome is recorded, when the popup opens). */
  flush(): Promise<void>;
}

/** What the user is told when history could not be written. */
function historyErrorMessage(error: unknown): string {
  const e = error as { name?: string; inner?: { name?: string } };
  return e.name === 'QuotaExceededError' || e.inner?.name === 'QuotaExceededError'
    ? 'History is not being saved: this computer is out of storage space for it. Clear history in the options.'
    : 'History could not be saved for this draft.';
}

/**
 * Records each draft's latest findings in history without a database write per keystroke: checks
 * come every pause in typing, and writing each one (with the storage garbage it leaves) slowed the
 * checks themselves. Writes run one at a time; a draft's older check never overwrites a newer one.
 * `keepDraftText` is asked at write time, so a draft text is never kept after the option went off.
 */
export function createDraftRecorder(
  db: SafeHarborDB,
  { keepDraftText, delayMs = HISTORY_WRITE_DELAY_MS, maxDelayMs = HISTORY_WRITE_MAX_DELAY_MS }: { keepDraftText: () => Promise<boolean>; delayMs?: number; maxDelayMs?: number },
): DraftRecorder {
  const waiting = new Map<string, { draft: DraftCheck; findings: readonly Finding[]; now: number }>();
  let lastError: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWaitingAt = 0;
  let writing: Promise<void> = Promise.resolve();

  const writeOne = async ({ draft, findings, now }: { draft: DraftCheck; findings: readonly Finding[]; now: number }): Promise<void> => {
    try {
      const keep = await keepDraftText();
      await recordDraft(db, draft, findings, now, { keepDraftText: keep });
      // Turned off while this was being written: what was just written goes too.
      if (keep && !(await keepDraftText())) await forgetDraftTexts(db);
      lastError = undefined;
    } catch (error) {
      // History is secondary: the warnings still come, and the user is told history is not being kept.
      console.error('Safe Harbor could not record history', error);
      lastError = historyErrorMessage(error);
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const batch = [...waiting.values()];
    waiting.clear();
    writing = writing.then(async () => {
      for (const entry of batch) await writeOne(entry);
    });
    return writing;
  };

  return {
    record(draft, findings, now = Date.now()) {
      // A check older than the one waiting for its draft is already out of date.
      if ((waiting.get(draft.draftId)?.draft.sequence ?? -1) >= draft.sequence) return;
      const clock = Date.now();
      if (waiting.size === 0) firstWaitingAt = clock;
      waiting.set(draft.draftId, { draft, findings, now });
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstWaitingAt + maxDelayMs - clock));
      timer = setTimeout(() => void flush(), wait);
    },
    error: () => lastError,
    flush,
  };
}
