import type { Finding } from '../analysis/types';
import { SETTINGS_LIMITS } from './validate';

/**
 * Findings never allowed everywhere, only ignored where they stand: identifiers by their very shape,
 * and common words ("she", "last Tuesday") that allowing would silence in every draft.
 */
const NEVER_ALLOWED = new Set(['phi.id', 'phi.contact', 'phi.url', 'phi.date', 'phi.age', 'phi.time_hint', 'phi.gender', 'prof.disclaimer_missing']);

/**
 * Whether "Allow this word" may be offered: not for numbers, contact details, links or dates (an
 * allowed MRN or phone number would be kept verbatim and never flagged again), nor for anything
 * longer than an allowed word may be.
 */
export function canAllowWord(finding: Pick<Finding, 'category' | 'actual'>): boolean {
  const word = finding.actual.trim();
  return !NEVER_ALLOWED.has(finding.category) && word !== '' && word.length <= SETTINGS_LIMITS.allowListEntryLength && !/[\p{N}@/]/u.test(word);
}
