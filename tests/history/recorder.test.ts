import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis';
import { createDraftRecorder, SafeHarborDB } from '@/lib/history';
import type { DraftCheck } from '@/lib/messaging';

let db: SafeHarborDB;
let sequence = 0;
const check = (text: string, draftId = 'draft-1'): DraftCheck => ({ draftId, sequence: ++sequence, text, site: 'x', surface: 'post' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  db = new SafeHarborDB(`recorder-${Math.random()}`);
});

/** A recorder with short pauses; `keepDraftText` is asked once per write, so its calls count the writes. */
function recorder(options: { delayMs?: number; maxDelayMs?: number; keep?: () => Promise<boolean> } = {}) {
  const keepDraftText = vi.fn(options.keep ?? (async () => false));
  return { keepDraftText, recorder: createDraftRecorder(db, { keepDraftText, delayMs: options.delayMs ?? 40, maxDelayMs: options.maxDelayMs ?? 400 }) };
}

describe('the draft recorder', () => {
  it('writes only the latest of the checks that came while the user typed, once they pause', async () => {
    const { recorder: r, keepDraftText } = recorder();
    for (const text of ['Pt is a 4', 'Pt is a 45', 'Pt is a 45 y/o', 'Pt is a 45 y/o, MRN 00482913']) r.record(check(text), analyze(text));
    expect(await db.flags.count()).toBe(0);
    await vi.waitFor(async () => expect(await db.flags.count()).toBe(2), { timeout: 2_000 });
    expect(keepDraftText).toHaveBeenCalledTimes(1);
    expect((await db.drafts.get('draft-1'))?.sequence).toBe(sequence);
    expect((await db.flags.toArray()).map((f) => f.category).sort()).toEqual(['phi.age', 'phi.id']);
  });

  it('still writes while the checks never stop coming, at the longest delay', async () => {
    const { recorder: r, keepDraftText } = recorder({ delayMs: 40, maxDelayMs: 100 });
    // A check every 10 ms, never a pause of 40 ms: the writes come from the longest delay alone
    // (two of them in about 200 ms; the loop gives a busy machine up to 3 s).
    const until = Date.now() + 3_000;
    while (Date.now() < until && keepDraftText.mock.calls.length < 2) {
      r.record(check('Pt is a 45 y/o'), analyze('Pt is a 45 y/o'));
      await sleep(10);
    }
    expect(keepDraftText.mock.calls.length).toBeGreaterThanOrEqual(2);
    await r.flush();
  });

  it('writes every waiting draft at once when flushed', async () => {
    const { recorder: r } = recorder({ delayMs: 60_000, maxDelayMs: 60_000 });
    r.record(check('Pt is a 45 y/o'), analyze('Pt is a 45 y/o'));
    r.record(check('MRN 00482913', 'draft-2'), analyze('MRN 00482913'));
    await r.flush();
    expect((await db.flags.toArray()).map((f) => f.draftId).sort()).toEqual(['draft-1', 'draft-2']);
  });

  it('asks whether to keep the draft text when it writes, not when the check came', async () => {
    let keep = true;
    const { recorder: r } = recorder({ delayMs: 60_000, keep: async () => keep });
    r.record(check('MRN 00482913'), analyze('MRN 00482913'));
    keep = false;
    await r.flush();
    expect(JSON.stringify(await db.flags.toArray())).not.toContain('00482913');
  });

  it('keeps the newest check of a draft waiting, whatever order they come in', async () => {
    const { recorder: r } = recorder({ delayMs: 60_000 });
    const newer = check('MRN 00482913');
    const older = { ...check('Pt is a 45 y/o'), sequence: newer.sequence - 1 };
    r.record(newer, analyze(newer.text));
    r.record(older, analyze(older.text));
    await r.flush();
    expect((await db.flags.toArray()).map((f) => f.category)).toEqual(['phi.id']);
  });

  it('remembers that a write failed until one succeeds', async () => {
    const { recorder: r } = recorder({ delayMs: 60_000 });
    db.close();
    r.record(check('Pt is a 45 y/o'), analyze('Pt is a 45 y/o'));
    await r.flush();
    expect(r.error()).toBe('History could not be saved for this draft.');
    await db.open();
    r.record(check('Pt is a 45 y/o.'), analyze('Pt is a 45 y/o.'));
    await r.flush();
    expect(r.error()).toBeUndefined();
  });
});
