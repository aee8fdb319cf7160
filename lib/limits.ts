import twitter from 'twitter-text';
import type { Platform, Surface } from './analysis/types';
import { siteRow } from './sites/table';

export interface LengthReport {
  used: number;
  limit: number;
}

/** Length in the site's own units (the table of sites says which): X's weighted characters, or UTF-16 units. */
export function measure(site: Platform, text: string): number {
  return siteRow(site)?.lengthUnit === 'x-weighted' ? twitter.parseTweet(text).weightedLength : text.length;
}

export function lengthReport(site: Platform, surface: Surface, text: string): LengthReport | undefined {
  const limit = siteRow(site)?.surfaces[surface];
  return limit === undefined || limit === null ? undefined : { used: measure(site, text), limit };
}


