/** Scores on the public PHI sets in ../shared/phi-eval (see its README). */
import { existsSync, readFileSync } from 'node:fs';
import type { Category } from '../lib/analysis';
import { checkRecord } from './jsonl';

interface PresidioSample {
  id: string;
  text: string;
  spans: Array<{ start: number; end: number; type: string }>;
}

interface RedditPost {
  id: string;
  text: string;
  annotator_1: { patient_features: boolean; visit_characteristics: boolean };
  annotator_2: { patient_features: boolean; visit_characteristics: boolean };
}

/** The category a Presidio entity belongs to in Safe Harbor's terms. */
const PRESIDIO_CATEGORY: Record<string, Category> = {
  PERSON: 'phi.name',
  PHONE_NUMBER: 'phi.contact',
  EMAIL_ADDRESS: 'phi.contact',
  US_SSN: 'phi.id',
  IP_ADDRESS: 'phi.url',
  STREET_ADDRESS: 'phi.geo',
  ZIP_CODE: 'phi.geo',
  CREDIT_CARD: 'phi.id',
  IBAN_CODE: 'phi.id',
  US_DRIVER_LICENSE: 'phi.id',
  DOMAIN_NAME: 'phi.url',
  DATE_TIME: 'phi.date',
  AGE: 'phi.age',
  GPE: 'phi.geo',
};
export const PRESIDIO_TARGETS = ['PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'US_SSN', 'IP_ADDRESS', 'STREET_ADDRESS', 'ZIP_CODE', 'CREDIT_CARD'];

export interface PresidioScore {
  type: string;
  found: number;
  total: number;
}

/** Recall per Presidio entity type with "assume patient context": a span counts when a finding of its category overlaps it. */
export function scorePresidio(path: string): PresidioScore[] | undefined {
  if (!existsSync(path)) return undefined;
  const samples: PresidioSample[] = JSON.parse(readFileSync(path, 'utf8'));
  const scores = new Map<string, PresidioScore>();
  for (const sample of samples) {
    const { findings } = checkRecord({ id: sample.id, text: sample.text }, { assumePatient: true });
    for (const span of sample.spans) {
      const category = PRESIDIO_CATEGORY[span.type];
      if (!category) continue;
      const score = scores.get(span.type) ?? { type: span.type, found: 0, total: 0 };
      score.total++;
      if (findings.some((f) => f.category === category && f.start < span.end && f.end > span.start)) score.found++;
      scores.set(span.type, score);
    }
  }
  return [...scores.values()].sort((a, b) => b.total - a.total);
}

export interface RedditScore {
  marked: number;
  markedFlagged: number;
  unmarked: number;
  unmarkedFlagged: number;
}

/** Posts either annotator marked for patient features or visit details, and how many of them we flag. */
export function scoreReddit(path: string): RedditScore | undefined {
  if (!existsSync(path)) return undefined;
  const posts: RedditPost[] = JSON.parse(readFileSync(path, 'utf8'));
  const score: RedditScore = { marked: 0, markedFlagged: 0, unmarked: 0, unmarkedFlagged: 0 };
  for (const post of posts) {
    const marked = [post.annotator_1, post.annotator_2].some((a) => a.patient_features || a.visit_characteristics);
    const flagged = checkRecord({ id: post.id, text: post.text }).findings.some((f) => f.category.startsWith('phi.'));
    if (marked) {
      score.marked++;
      if (flagged) score.markedFlagged++;
    } else {
      score.unmarked++;
      if (flagged) score.unmarkedFlagged++;
    }
  }
  return score;
}
