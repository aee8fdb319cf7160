import twitter from 'twitter-text';
import type { Platform, Surface } from './analysis/types';
import { SITES } from './sites';

export interface LengthReport {
  used: number;
  limit: number;
}

/** Length in the site's own units: X weighs characters (emoji 2, any link 23); elsewhere UTF-16 units. */
export function measure(site: Platform, text: string): number {
  return site === 'x' ? twitter.parseTweet(text).weightedLength : text.length;
}

export function lengthReport(site: Platform, surface: Surface, text: string): LengthReport | undefined {
  const limit = SITES.find((s) => s.id === site)?.limits[surface];
  return limit === undefined ? undefined : { used: measure(site, text), limit };
}


