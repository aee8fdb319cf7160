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

import { CLINICAL_ALLOW_LIST, PROFANITY } from '@/lib/analysis/data/profanity';
import { CARE_GIVEN, DIAGNOSES, DISCLAIMERS, FINDINGS, IMAGING_AND_ANATOMY, PRESENTATIONS } from '@/lib/analysis/data/clinical-content';
import { DRAMA, GRIEVANCES, MOCKERY, NAMED_ONLY_WITH_A_JAB, NEGATIVITY_TARGETS, PATIENT_TARGETS, SOUR_WORDS } from '@/lib/analysis/data/negativity';
import { CARE_DIRECTIONS, DOSES, LAY_READERS, REASSURANCES, TREATMENTS } from '@/lib/analysis/data/medical-advice';
import { BARE_VOTES, NAMED_BILLS, POLICY_STANCES, POLICY_TOPICS, POLITICS } from '@/lib/analysis/data/politics';
import { RELIGION_STRONG, RELIGION_WEAK } from '@/lib/analysis/data/religion';
import { SARCASM_MARKERS } from '@/lib/analysis/data/sarcasm';
import { EPONYMS } from '@/lib/analysis/data/eponyms';
import { CASE_CUES, EVENT_CUES, SETTING_CUES } from '@/lib/analysis/data/case-cues';
import { RARE_DIAGNOSES } from '@/lib/analysis/data/rare-diagnoses';
import { compileLexicon, type LexiconEntry } from '@/lib/analysis/data/lexicon';

const LEXICONS: Record<string, LexiconEntry[]> = {
  PROFANITY, DISCLAIMERS, FINDINGS, IMAGING_AND_ANATOMY, PRESENTATIONS, DIAGNOSES, CARE_GIVEN, DRAMA, NEGATIVITY_TARGETS, POLITICS, RELIGION_STRONG, RELIGION_WEAK, SARCASM_MARKERS, MOCKERY, PATIENT_TARGETS, SOUR_WORDS, GRIEVANCES,
  TREATMENTS, DOSES, CARE_DIRECTIONS, REASSURANCES, LAY_READERS, POLICY_TOPICS, POLICY_STANCES, BARE_VOTES, NAMED_BILLS, NAMED_ONLY_WITH_A_JAB,
};

describe('lexicons', () => {
  it.each(Object.entries(LEXICONS))('%s: every entry compiles, has a note and a source, and appears once', (_name, entries) => {
    for (const entry of entries) {
      expect(() => new RegExp(entry.pattern)).not.toThrow();
      expect(entry.note.length).toBeGreaterThan(10);
      expect(entry.source.length).toBeGreaterThan(10);
    }
    expect(new Set(entries.map((e) => e.pattern)).size).toBe(entries.length);
  });

  it('matches whole tokens, never inside a word', () => {
    const profane = compileLexicon(PROFANITY);
    for (const word of ['classic', 'assess', 'mass', 'Scunthorpe', 'cocktail', 'shiitake', 'passage', 'grass']) {
      expect(word.match(profane), word).toBeNull();
    }
  });

  it('never counts a clinical word as profanity', () => {
    const profane = compileLexicon(PROFANITY);
    for (const word of CLINICAL_ALLOW_LIST) expect(word.match(profane), word).toBeNull();
  });

  it('lists each eponym once, with a note and a source per group', () => {
    const names = EPONYMS.flatMap((g) => g.names.map((n) => n.toLowerCase()));
    expect(names.length - new Set(names).size).toBeLessThanOrEqual(1); // "Barrett" names both an oesophagus and a syndrome group
    for (const group of EPONYMS) {
      expect(group.note.length).toBeGreaterThan(10);
      expect(group.source.length).toBeGreaterThan(10);
    }
  });

  it('has compilable cue lists with notes and sources', () => {
    for (const list of [CASE_CUES, EVENT_CUES, SETTING_CUES, RARE_DIAGNOSES]) {
      for (const p of list.patterns) expect(() => new RegExp(p, 'i')).not.toThrow();
      expect(list.note.length).toBeGreaterThan(10);
      expect(list.source.length).toBeGreaterThan(10);
    }
  });
});

describe('cloud-share hosts', () => {
  it('are lower-case host names with a note and a source, each once, and match their subdomains only', async () => {
    const { CLOUD_SHARE_HOSTS } = await import('@/lib/analysis/data/cloud-shares');
    const { isCloudShareHost } = await import('@/lib/analysis/links');
    expect(CLOUD_SHARE_HOSTS.note).toBeTruthy();
    expect(CLOUD_SHARE_HOSTS.source).toBeTruthy();
    expect(new Set(CLOUD_SHARE_HOSTS.hosts).size).toBe(CLOUD_SHARE_HOSTS.hosts.length);
    for (const host of CLOUD_SHARE_HOSTS.hosts) expect(host).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(isCloudShareHost('tamsinhealth-my.sharepoint.com')).toBe(true);
    expect(isCloudShareHost('www.dropbox.com')).toBe(true);
    expect(isCloudShareHost('notdropbox.com')).toBe(false);
    expect(isCloudShareHost('box.community.org')).toBe(false);
  });
});

describe('given names', () => {
  it('are lower-case names with a source, leaving out common words, months and weekdays', async () => {
    const { GIVEN_NAMES, GIVEN_NAMES_SOURCE } = await import('@/lib/analysis/data/given-names');
    expect(GIVEN_NAMES_SOURCE).toMatch(/SSA/);
    expect(GIVEN_NAMES.size).toBeGreaterThan(3_000);
    for (const name of GIVEN_NAMES) expect(name).toMatch(/^[a-z]{3,}$/);
    for (const word of ['will', 'hope', 'grace', 'mark', 'june', 'april', 'may']) expect(GIVEN_NAMES.has(word)).toBe(false);
    for (const name of ['dana', 'sofia', 'harold']) expect(GIVEN_NAMES.has(name)).toBe(true);
  });

  it('lists Census surnames in lower case, leaving out common words, months and weekdays', async () => {
    const { surnames, SURNAMES_SOURCE } = await import('@/lib/analysis/data/surnames');
    const SURNAMES = surnames();
    expect(SURNAMES_SOURCE).toMatch(/Census/);
    expect(SURNAMES.size).toBeGreaterThan(30_000);
    for (const name of SURNAMES) expect(name).toMatch(/^[a-z][a-z'-]{2,}$/);
    for (const word of ['brown', 'young', 'will', 'may', 'march', 'white']) expect(SURNAMES.has(word)).toBe(false);
    for (const name of ['papadakis', 'okonkwo', 'hendricks', 'nguyen']) expect(SURNAMES.has(name)).toBe(true);
  });

  it('lists countries from CLDR in lower case', async () => {
    const { COUNTRIES, COUNTRIES_SOURCE } = await import('@/lib/analysis/data/countries');
    expect(COUNTRIES_SOURCE).toMatch(/CLDR/);
    expect(COUNTRIES.size).toBeGreaterThan(200);
    for (const country of ['thailand', 'kenya', 'new zealand', 'philippines']) expect(COUNTRIES.has(country)).toBe(true);
  });

  it('lists towns from GeoNames in lower case, without countries, states, common words or common given names', async () => {
    const { PLACES, PLACES_SOURCE } = await import('@/lib/analysis/data/places');
    expect(PLACES_SOURCE).toMatch(/GeoNames.*CC BY 4\.0/);
    expect(PLACES.size).toBeGreaterThan(20_000);
    for (const place of PLACES) expect(place).toBe(place.toLowerCase());
    for (const word of ['reading', 'mobile', 'normal', 'hope', 'thailand', 'ontario', 'texas', 'march']) expect(PLACES.has(word)).toBe(false);
    for (const town of ['tulsa', 'boise', 'dayton', 'castle rock', 'townsville', 'harrogate']) expect(PLACES.has(town)).toBe(true);
  });
});

describe('English lexicon', () => {
  it("is compromise/two's lexicon, each word with its tags and their parents", async () => {
    const { lexiconTags, LEXICON_SOURCE } = await import('@/lib/analysis/data/english-lexicon');
    const { default: nlp } = await import('compromise/two');
    const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } } }).model().one;
    const shipped = lexiconTags();
    expect(LEXICON_SOURCE).toMatch(/compromise/);
    expect(shipped.size).toBe(Object.keys(model.lexicon).length);
    for (const [word, raw] of Object.entries(model.lexicon)) {
      const tags = (Array.isArray(raw) ? raw : [raw]).flatMap((tag) => [tag, ...(model.tagSet[tag]?.parents ?? [])]);
      expect([...(shipped.get(word) ?? [])].sort(), word).toEqual([...new Set(tags)].sort());
    }
  });
});
