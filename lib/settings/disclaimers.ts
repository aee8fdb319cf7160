import { PLATFORMS, type Platform } from '../analysis/types';

/**
 * Settings keep one disclaimer per platform; the options page shows them as one default with
 * per-site overrides. The default is the text most platforms share, leaving out locked sites and
 * those the user opened for a text of their own (ties go to the first platform in PLATFORMS order);
 * a site whose text differs from it is an override.
 */
export interface DisclaimerLayout {
  /** The shared text; undefined when every platform is locked by the institution. */
  defaultText: string | undefined;
  /** Platforms with a text of their own: differing from the default, locked, or opened for editing. */
  overrides: Platform[];
}

export function disclaimerLayout(
  disclaimers: Record<Platform, string>,
  { locked = [], opened = [] }: { locked?: readonly Platform[]; opened?: readonly Platform[] } = {},
): DisclaimerLayout {
  const free = PLATFORMS.filter((p) => !locked.includes(p) && !opened.includes(p));
  const uses = new Map<string, number>();
  for (const platform of free) uses.set(disclaimers[platform], (uses.get(disclaimers[platform]) ?? 0) + 1);
  let defaultText: string | undefined;
  for (const [text, count] of uses) if (defaultText === undefined || count > uses.get(defaultText)!) defaultText = text;
  const overrides = PLATFORMS.filter((p) => locked.includes(p) || opened.includes(p) || disclaimers[p] !== defaultText);
  return { defaultText, overrides };
}

/** The per-platform entries that set the default to `text`: every site without an override follows it. */
export function defaultDisclaimerEntries(text: string, overrides: readonly Platform[]): Partial<Record<Platform, string>> {
  return Object.fromEntries(PLATFORMS.filter((p) => !overrides.includes(p)).map((p) => [p, text]));
}
