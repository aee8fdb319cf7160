import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/lib/db';
import { removeAllListeners, sendMessage } from '@/lib/messaging';

beforeEach(async () => {
  fakeBrowser.reset();
  removeAllListeners();
  await db.flags.clear();
  background.main();
});

describe('background worker', () => {
  it('checks a draft sent by a content script and records the flags', async () => {
    const report = await sendMessage('checkDraft', { draftId: 'd1', text: 'Pt is a 68M', site: 'x', surface: 'post' });
    expect(report.findings.map((f) => [f.category, f.actual])).toEqual([
      ['phi.age', '68M'],
      ['phi.gender', '68M'],
    ]);
    const rows = await db.flags.toArray();
    expect(rows.map((r) => [r.draftId, r.category, r.excerpt])).toEqual([
      ['d1', 'phi.age', 'Pt is a [AGE]'],
      ['d1', 'phi.gender', 'Pt is a [AGE]'],
    ]);
  });

  it('answers with no findings and records nothing for a clean draft', async () => {
    const report = await sendMessage('checkDraft', { draftId: 'd2', text: 'Kerley B lines on a chest film 🫁', site: 'x', surface: 'post' });
    expect(report.findings).toEqual([]);
    expect(await db.flags.count()).toBe(0);
  });

  it('still answers when history cannot be written', async () => {
    db.close();
    try {
      const report = await sendMessage('checkDraft', { draftId: 'd3', text: '45 y/o', site: 'x', surface: 'post' });
      expect(report.findings).toHaveLength(1);
    } finally {
      await db.open();
    }
  });
});
