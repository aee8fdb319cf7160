import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { maskedExcerpt, remaskStoredExcerpt } from '@/lib/history';
import { CLINICAL_WORDS } from '@/lib/history/data/clinical-words';
import { COMMON_WORDS, COMMON_WORDS_SOURCE, NAME_LIKE_WORDS } from '@/lib/history/data/common-words';
import { maskWord } from '@/lib/history/mask';

/** The excerpt history would keep for each finding of the draft. */
const excerpts = (text: string): string[] => {
  const findings = analyze(text);
  return findings.map((f) => maskedExcerpt(text, findings, f));
};

describe('history excerpts keep only common words', () => {
  it('leave no part of a name the engine did not flag', () => {
    const text = 'Pt Rosa Quintanilla-Hart, MRN 00482913, seen by Dr. Okonkwo-Baptiste for a femur fracture.';
    const stored = excerpts(text).join(' | ');
    expect(stored).toContain('[ID]');
    for (const part of ['Rosa', 'Quintanilla', 'Hart', 'Okonkwo', 'Baptiste', '00482913']) expect(stored).not.toContain(part);
    expect(stored).toContain('femur fracture');
  });

  it('mask numbers, links, e-mails, handles and hashtags by kind', () => {
    const text = 'Pt is a 68M. Room 4B, see https://pacs.example.org/x?id=9 or write to j.doe@example.com, cc @drkim #JaneStrong #radiology';
    const findings = analyze(text);
    const stored = maskedExcerpt(text, findings, findings[0]!);
    expect(stored).toContain('[AGE]');
    for (const secret of ['4B', 'pacs.example', 'j.doe', 'drkim', 'JaneStrong']) expect(stored).not.toContain(secret);
    expect(stored).not.toMatch(/\d/);
  });

  it('mask a capitalised word inside a sentence, and a name-like one even at its start', () => {
    expect(maskWord('Brown', false)).toBe('[NAME?]');
    expect(maskWord('Brown', true)).toBe('[NAME?]');
    expect(maskWord('brown', false)).toBe('brown');
    expect(maskWord('The', true)).toBe('The');
    expect(maskWord('hart', false)).toBe('[WORD?]');
    expect(maskWord('José', true)).toBe('[NAME?]');
  });

  it('keep common words, contractions, clinical shorthand and titles', () => {
    for (const word of ["don't", "can't", "patient's", "it's", 'pt', 'CT', 'MRI', 'MRN', 'pneumothorax', 'follow-up', 'I', 'Dr']) expect(maskWord(word, false)).toBe(word);
  });

  it('do not end a sentence at the full stop of a title', () => {
    expect(NAME_LIKE_WORDS.has('purple')).toBe(false);
    const text = 'Thanks to Dr. Purple for reading the 45 y/o';
    const findings = analyze(text);
    expect(maskedExcerpt(text, findings, findings.find((f) => f.category === 'phi.age')!)).toBe('Thanks to Dr. [NAME?] for reading the [AGE]');
  });

  it('re-mask text stored by an older version, keeping its masks', () => {
    expect(remaskStoredExcerpt('…with Mrs Delacroix, MRN [ID], on ##/##…')).toBe('…with Mrs [NAME?], MRN [ID], on [NUMBER]…');
  });

  it('never keep a capitalised word that is not a common one, wherever it stands', () => {
    const invented = fc.stringMatching(/^[A-Z][bcdfghjklmnpqrstvwxz]{2,5}[aeiou][bcdfgklmnprstvz]{1,3}$/).filter((w) => !COMMON_WORDS.has(w.toLowerCase()));
    fc.assert(
      fc.property(invented, fc.constantFrom('', 'Seen ', 'the ', 'Yesterday, ', 'pt '), fc.constantFrom(' had a 45 y/o.', ', MRN 00482913', ' is 68M'), (name, before, after) => {
        const text = `${before}${name}${after}`;
        for (const excerpt of excerpts(text)) expect(excerpt).not.toContain(name);
      }),
      { numRuns: 300 },
    );
  });
});

describe('history dictionaries', () => {
  it('are lower-case words with a source, and leave out frequent names', () => {
    expect(COMMON_WORDS_SOURCE).toMatch(/SCOWL/);
    expect(COMMON_WORDS.size).toBeGreaterThan(30_000);
    for (const word of COMMON_WORDS) expect(word).toMatch(/^[a-z][a-z']*$/);
    for (const name of ['hart', 'rosa', 'smith', 'baker', 'garcia', 'maria', 'lee']) expect(COMMON_WORDS.has(name)).toBe(false);
    for (const word of ['will', 'brown', 'patient', 'fracture', 'scan']) expect(COMMON_WORDS.has(word)).toBe(true);
    for (const word of NAME_LIKE_WORDS) expect(COMMON_WORDS.has(word)).toBe(true);
    expect(NAME_LIKE_WORDS.has('brown')).toBe(true);
  });

  it('clinical words have a note and a source, no duplicates, and no names', () => {
    expect(CLINICAL_WORDS.note).toBeTruthy();
    expect(CLINICAL_WORDS.source).toBeTruthy();
    expect(new Set(CLINICAL_WORDS.words).size).toBe(CLINICAL_WORDS.words.length);
    for (const word of CLINICAL_WORDS.words) expect(word).toBe(word.toLowerCase());
  });
});

describe('history excerpts leave nothing the user typed in disguise', () => {
  it('keep only their own masks: capitals in brackets are the draft, not a mask', () => {
    const text = 'Saw patient [JOHNSON] today and [MARIA GONZALEZ] yesterday, MRN 00482913';
    const stored = excerpts(text).join(' | ');
    for (const secret of ['JOHNSON', 'MARIA', 'GONZALEZ']) expect(stored).not.toContain(secret);
    expect(remaskStoredExcerpt('Pt [MARIA GONZALEZ] came in, [AGE]')).toBe('Pt [NAME?] came in, [AGE]');
  });

  it('mask numbers written as words', () => {
    const text = 'Pt is a 68M, call the family at five five five, oh one two six. Bed twelve, ssn nine eight seven.';
    const stored = excerpts(text).join(' | ');
    for (const secret of ['five', 'twelve', 'nine', 'eight', 'seven']) expect(stored.toLowerCase()).not.toContain(secret);
  });

});
