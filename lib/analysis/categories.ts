import type { Category, Severity } from './types';

/** What a finding is about decides where it is listed; its severity only decides colour and the post guard. */
export type CategoryGroup = 'patient' | 'professional' | 'post';

export const GROUPS: Record<CategoryGroup, { title: string }> = {
  patient: { title: 'Could identify a patient' },
  professional: { title: 'Professional image' },
  post: { title: 'Disclaimer and timing' },
};

/** Severities in plain words, for every surface that shows or sets them. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Stop before posting', warning: 'Warn', info: 'Hint' };

export interface CategoryInfo {
  label: string;
  /** What a flagged span becomes in a masked history excerpt. */
  mask: string;
}

export const categoryGroup = (category: Category): CategoryGroup =>
  category.startsWith('phi.') ? 'patient' : category === 'prof.evergreen' || category === 'prof.disclaimer_missing' ? 'post' : 'professional';

export const CATEGORIES: Record<Category, CategoryInfo> = {
  'phi.name': { label: 'Name', mask: 'NAME' },
  'phi.date': { label: 'Date', mask: 'DATE' },
  'phi.time_hint': { label: 'Time hint', mask: 'TIME' },
  'phi.age': { label: 'Age', mask: 'AGE' },
  'phi.gender': { label: 'Gender', mask: 'GENDER' },
  'phi.geo': { label: 'Place', mask: 'PLACE' },
  'phi.contact': { label: 'Contact', mask: 'CONTACT' },
  'phi.id': { label: 'Identifier', mask: 'ID' },
  'phi.url': { label: 'Internal link', mask: 'URL' },
  'phi.rare_case': { label: 'Rare case', mask: 'RARE CASE' },
  'phi.face': { label: 'Face', mask: 'FACE' },
  'prof.politics': { label: 'Politics', mask: 'POLITICS' },
  'prof.religion': { label: 'Religion', mask: 'RELIGION' },
  'prof.medical_advice': { label: 'Medical advice', mask: 'ADVICE' },
  'prof.negativity': { label: 'Negativity', mask: 'NEGATIVITY' },
  'prof.sarcasm': { label: 'Sarcasm', mask: 'SARCASM' },
  'prof.profanity': { label: 'Profanity', mask: 'PROFANITY' },
  'prof.evergreen': { label: 'Dated content', mask: 'DATED' },
  'prof.disclaimer_missing': { label: 'No disclaimer', mask: 'NO DISCLAIMER' },
};
