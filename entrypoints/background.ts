import { analyze } from '@/lib/analysis';
import { db } from '@/lib/db';
import { recordDraft } from '@/lib/history';
import { onMessage } from '@/lib/messaging';

export default defineBackground(() => {
  onMessage('checkDraft', async ({ data: draft }) => {
    const findings = analyze(draft.text, { platform: draft.site, surface: draft.surface });
    try {
      await recordDraft(db, draft, findings);
    } catch (error) {
      // History is secondary: the user still gets their warnings when IndexedDB is full or broken.
      console.error('Safe Harbor could not record history', error);
    }
    return { findings };
  });
});
