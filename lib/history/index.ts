export { historyCsv } from './csv';
export { db, OUTCOMES, SafeHarborDB, type DraftState, type Flag, type Outcome } from './db';
export { maskedExcerpt, maskedExcerpts, remaskStoredExcerpt } from './mask';
export { clearHistory, forgetDraftTexts, MAX_FLAGS, MAX_FLAGS_PER_DRAFT, pruneHistory, recordDraft, recordImageFindings, recordOutcome } from './record';
export { createDraftRecorder, type DraftRecorder } from './recorder';
