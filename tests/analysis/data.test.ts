import { describe, expect, it } from 'vitest';
import { RECORD_KEYWORDS, RECORD_URL_PARAMETERS } from '@/lib/analysis/data/record-keywords';

describe('record keyword data', () => {
  it('has a kind, a note and a source for every entry', () => {
    for (const entry of RECORD_KEYWORDS) {
      expect(entry.kind.trim()).not.toBe('');
      expect(entry.note.trim().length).toBeGreaterThan(10);
      expect(entry.source.trim().length).toBeGreaterThan(10);
    }
  });

  it('has compilable patterns without capturing groups, each kind once', () => {
    for (const entry of RECORD_KEYWORDS) {
      const re = new RegExp(`(?:${entry.pattern})`, 'i');
      expect(new RegExp(`${re.source}|`).exec('')!.length, entry.kind).toBe(1);
    }
    const kinds = RECORD_KEYWORDS.map((e) => e.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('lists each URL parameter once, in lower case', () => {
    expect(new Set(RECORD_URL_PARAMETERS).size).toBe(RECORD_URL_PARAMETERS.length);
    for (const p of RECORD_URL_PARAMETERS) expect(p).toBe(p.toLowerCase());
  });
});
