import { analyze } from '@/lib/analysis';
import { findingFingerprint } from '@/lib/analysis/fingerprint';
import { db } from '@/lib/db';
import { recordDraft } from '@/lib/history';
import { containsDisclaimer, disclaimerInsertion } from '@/lib/disclaimer';
import { lengthReport } from '@/lib/limits';
import { onMessage, type DraftCheck, type DraftReport } from '@/lib/messaging';
import { analysisContext, getSettings } from '@/lib/settings';

async function checkDraft(draft: DraftCheck): Promise<DraftReport> {
  const settings = await getSettings();
  const disclaimerText = settings.disclaimers[draft.site];
  const length = lengthReport(draft.site, draft.surface, draft.text);
  const withDisclaimer = lengthReport(draft.site, draft.surface, draft.text + disclaimerInsertion(draft.text, disclaimerText));
  const disclaimer = {
    text: disclaimerText,
    present: containsDisclaimer(draft.text, disclaimerText),
    fits: !withDisclaimer || withDisclaimer.used <= withDisclaimer.limit,
  };
  if (settings.pausedSites.includes(draft.site)) return { findings: [], paused: true, length, disclaimer };
  const ignored = new Set(settings.ignored);
  const findings = analyze(draft.text, analysisContext(settings, draft.site, draft.surface)).filter(
    (finding) => !ignored.has(findingFingerprint(draft.text, finding)),
  );
  try {
    await recordDraft(db, draft, findings);
  } catch (error) {
    // History is secondary: the user still gets their warnings when IndexedDB is full or broken.
    console.error('Safe Harbor could not record history', error);
  }
  return { findings, paused: false, length, disclaimer };
}

export default defineBackground(() => {
  onMessage('checkDraft', ({ data }) => checkDraft(data));
});
