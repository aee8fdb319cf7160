import { describe, expect, it } from 'vitest';
import { analyze, CATEGORY_IDS, RULES } from '@/lib/analysis';
import { featureVector, judgeTone, LEXICON_FEATURES, TONE_MODEL, toneFeatures } from '@/lib/analysis/tone-model';

/** Rules that consult the model, by the category they report. */
const CONSULTED_BY = { 'prof.sarcasm': 'sarcasm', 'prof.negativity': 'negativity' } as const;
const MOCK_THANKS = 'Huge thanks to the parent whose emergency contact number is a pizza place. Really helps when I need to reach someone fast 🍕';

describe('tone model data', () => {
  it('says what it is and where it came from', () => {
    expect(TONE_MODEL.note).toMatch(/train-tone-model\.ts/);
    expect(TONE_MODEL.source).toMatch(/Trained on .+\.jsonl/);
  });

  it('models only categories whose rule consults it, with a threshold and finite weights', () => {
    const categories = Object.keys(TONE_MODEL.categories);
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      expect(CATEGORY_IDS).toContain(category);
      const ruleId = CONSULTED_BY[category as keyof typeof CONSULTED_BY];
      expect(ruleId, `${category} has no rule that consults the model`).toBeDefined();
      expect(RULES.some((r) => r.id === ruleId && r.category === category)).toBe(true);
      const { bias, threshold, weights } = TONE_MODEL.categories[category]!;
      expect(Number.isFinite(bias)).toBe(true);
      expect(threshold).toBeGreaterThan(0);
      expect(threshold).toBeLessThan(1);
      for (const [name, weight] of Object.entries(weights)) {
        expect(Number.isFinite(weight), name).toBe(true);
        expect(name, name).toMatch(/^[wsblm]:./);
      }
    }
  });

  it('names only word lists the feature extractor has', () => {
    for (const { weights } of Object.values(TONE_MODEL.categories)) {
      for (const name of Object.keys(weights).filter((n) => n.startsWith('l:'))) expect(LEXICON_FEATURES).toContain(name.slice(2));
    }
  });
});

describe('tone features', () => {
  it('keeps each feature\'s characters, words within a sentence paired', () => {
    const text = 'Thanks, admin. Truly 🙃';
    const hits = toneFeatures(text);
    for (const hit of hits.filter((h) => h.end > h.start)) expect(text.slice(hit.start, hit.end).trim()).not.toBe('');
    const names = new Set(hits.map((h) => h.name));
    expect(names).toContain('w:thanks');
    expect(names).toContain('w:🙃');
    expect(names).toContain('b:thanks admin');
    expect(names).not.toContain('b:admin truly');
    expect(names).toContain('l:sarcasm-marker');
  });

  it('counts a feature once however often it occurs', () => {
    expect(featureVector(toneFeatures('again and again and again')).get('w:again')).toBe(1);
  });

  it('copes with text that is not prose', () => {
    for (const text of ['', '🙃'.repeat(500), '\u200b\u202e', '<b>x</b>'.repeat(100), 'A'.repeat(10_000)]) {
      expect(() => toneFeatures(text)).not.toThrow();
    }
  });
});

describe('the model in the engine', () => {
  it('flags mock thanks the rules miss, naming the words that weigh most', () => {
    const withModel = analyze(MOCK_THANKS).filter((f) => f.category === 'prof.sarcasm');
    expect(withModel).toHaveLength(1);
    const finding = withModel[0]!;
    expect(finding.message).toMatch(/^This draft reads as sarcasm, mostly because of "/);
    for (const quoted of finding.message.match(/"[^"]+"/g)!) expect(MOCK_THANKS).toContain(quoted.slice(1, -1));
    expect(MOCK_THANKS.slice(finding.start, finding.end)).toBe(finding.actual);
  });

  it('is off when the context says so, leaving the rules alone', () => {
    expect(analyze(MOCK_THANKS, { toneModel: false }).filter((f) => f.category === 'prof.sarcasm')).toEqual([]);
  });

  it('stays quiet on sincere thanks', () => {
    for (const text of [
      'Huge thanks to the night team for covering three extra beds without a word of complaint. Proud to work with you.',
      'Grateful to the parents who let us teach our students today.',
    ]) {
      expect(analyze(text).filter((f) => f.category === 'prof.sarcasm' || f.category === 'prof.negativity'), text).toEqual([]);
    }
  });

  it('judges the same draft the same way every time', () => {
    const first = judgeTone(TONE_MODEL, 'prof.sarcasm', MOCK_THANKS);
    expect(judgeTone(TONE_MODEL, 'prof.negativity', 'x')).toBeUndefined();
    expect(judgeTone(TONE_MODEL, 'prof.sarcasm', MOCK_THANKS)).toEqual(first);
  });
});

/**
 * Sincere drafts the model still calls: wanted quiet, kept here so that the day a retrained model gets
 * them right, these tests fail and the drafts go back to the rules' valid fixtures.
 */
describe('known false alarms of the tone model', () => {
  it.fails.each([
    'A man in his nineties told me the worst part of the ward was being called sweetheart. Noted.',
    'Adult ED was a circus tonight.',
    'Huge thanks to neurosurg for coming down at 3am without a single complaint.',
  ])('stays quiet on: %s', (text) => {
    expect(analyze(text).filter((f) => f.category === 'prof.negativity')).toEqual([]);
  });

  it.fails.each(['Thanks to the pharmacist who called me at 3am to double-check a dose. Really helps when someone has your back 🙏'])(
    'reads no sarcasm into: %s',
    (text) => {
      expect(analyze(text).filter((f) => f.category === 'prof.sarcasm')).toEqual([]);
    },
  );
});
