import type { Finding } from './types';

/** FNV-1a, 32 bits: enough to tell ignored findings apart without keeping their words. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Identifies a finding by its rule, its words and two words either side, not by its offsets, so
 * that "Ignore here" still applies after the user types elsewhere in the draft.
 */
export function findingFingerprint(text: string, finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const before = words(text.slice(Math.max(0, finding.start - 60), finding.start)).slice(-2);
  const after = words(text.slice(finding.end, finding.end + 60)).slice(0, 2);
  return hash([finding.ruleId, text.slice(finding.start, finding.end).toLowerCase(), ...before, '|', ...after].join(' '));
}
