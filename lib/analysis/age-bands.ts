/** The age bands the guidance suggests instead of an exact age. */

export type AgeUnit = 'year' | 'month' | 'week' | 'day';

export interface AgeBand {
  /** Before a noun: "a middle-aged man". */
  adjective: string;
  /** On its own: "a middle-aged adult". */
  noun: string;
}

export function ageInYears(value: number, unit: AgeUnit): number {
  switch (unit) {
    case 'year':
      return value;
    case 'month':
      return value / 12;
    case 'week':
      return value / 52;
    case 'day':
      return value / 365;
  }
}

export function ageBand(years: number): AgeBand {
  if (years < 1) return { adjective: 'infant', noun: 'an infant' };
  if (years < 4) return { adjective: 'toddler', noun: 'a toddler' };
  if (years < 13) return { adjective: 'young', noun: 'a child' };
  if (years < 18) return { adjective: 'teenage', noun: 'a teenager' };
  if (years < 40) return { adjective: 'young adult', noun: 'a young adult' };
  if (years < 65) return { adjective: 'middle-aged', noun: 'a middle-aged adult' };
  return { adjective: 'elderly', noun: 'an elderly patient' };
}

export function withArticle(phrase: string): string {
  return (/^[aeiou]/i.test(phrase) ? 'an ' : 'a ') + phrase;
}
