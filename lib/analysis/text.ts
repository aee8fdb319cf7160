/** Text helpers shared by rules. Pure string functions; offsets are UTF-16 code units. */

/**
 * Characters that show nothing: format characters (zero-width spaces and joiners, direction marks
 * and isolates, tags, the soft hyphen…), variation selectors, the combining grapheme joiner, the
 * Mongolian variation selectors, the Hangul fillers, and control characters other than tab and
 * line breaks.
 */
const INVISIBLE =
  /[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u{E0000}-\u{E007F}\u034F\u180B-\u180F\u115F\u1160\u3164\uFFA0\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

export interface NormalizedText {
  /** The draft with invisible characters removed and unusual spaces made plain. */
  text: string;
  /** Maps an offset in `text` back to the draft. */
  toOriginal(offset: number): number;
}

/**
 * Invisible characters can hide an identifier from a pattern ("6\u200B8M") without hiding it from a
 * reader, so rules read a copy without them and their offsets are mapped back. A character of two
 * UTF-16 units (a tag, a variation selector) goes whole, and an offset maps to the kept unit it
 * stood before.
 */
export function normalizeText(original: string): NormalizedText {
  const spaced = original.replace(ODD_SPACES, ' ');
  /** For each removed UTF-16 code unit: how many were kept before it. Never decreasing. */
  const keptBefore: number[] = [];
  const text = spaced.replace(INVISIBLE, (removed: string, offset: number) => {
    const kept = offset - keptBefore.length;
    for (let i = 0; i < removed.length; i++) keptBefore.push(kept);
    return '';
  });
  if (keptBefore.length === 0) return { text, toOriginal: (offset) => offset };
  return {
    text,
    toOriginal(offset) {
      // The number of removed characters before the offset-th kept one.
      let low = 0;
      let high = keptBefore.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (keptBefore[mid]! <= offset) low = mid + 1;
        else high = mid;
      }
      return offset + low;
    },
  };
}

/** Every match of a global regular expression, with its index. */
export function* matchAll(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Index of the first number in `sorted` (ascending) that is at or after `value`. */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `compute(text)`, remembered for the last text it was given: rules ask about one paragraph once
 * for every match in it.
 */
export function rememberLast<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: compute(text) };
    // Equal words in another string object: keep that one, so later checks compare pointers, not words.
    else last.text = text;
    return last.value;
  };
}

/** The text before `index` within the same sentence or line, at most `max` characters. */
export function clauseBefore(text: string, index: number, max = 80): string {
  const from = Math.max(0, index - max);
  const before = text.slice(from, index);
  const cut = Math.max(before.lastIndexOf('\n'), lastSentenceEnd(before));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function lastSentenceEnd(s: string): number {
  let last = -1;
  for (const m of matchAll(s, /[.!?](?=\s)/g)) last = m.index;
  return last;
}

/** The next word after `index`, lower-cased, skipping spaces. */
export function nextWord(text: string, index: number): string {
  const m = /^[\s\-–]*([A-Za-z][A-Za-z'-]*)/.exec(text.slice(index, index + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** The word before `index`, lower-cased. */
export function previousWord(text: string, index: number): string {
  const m = /([A-Za-z][A-Za-z'-]*)[\s,:]*$/.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * The range to delete so that removing text[start, end) leaves tidy text: wrapping brackets go
 * with it, and so does one neighbouring space.
 */
export function removalRange(text: string, start: number, end: number): { start: number; end: number } {
  if (text[start - 1] === '(' && text[end] === ')') {
    start--;
    end++;
  }
  if (text[start - 1] === ' ' && (end === text.length || /[\s.,;:!?)]/.test(text[end]!))) start--;
  else if (text[end] === ' ') end++;
  return { start, end };
}

/**
 * Capitalises a replacement that starts a sentence (unless the writer began it in lower case), or
 * that replaces a capitalised word ("Ninety-two-year-old" becomes "Elderly").
 */
export function matchCase(text: string, start: number, replacement: string): string {
  const atSentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start)) || start === 0;
  const capitalisedWord = /^[A-Z][a-z]/.test(text.slice(start, start + 2));
  const startsLowerCase = /^[a-z]/.test(text.slice(start, start + 1));
  if (!replacement || !((atSentenceStart && !startsLowerCase) || capitalisedWord)) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a lower-cased allow-list entry occurs in `value` (the user's own handle, e-mail, number). */
export function isAllowed(value: string, allowList: readonly string[] | undefined): boolean {
  if (!allowList?.length) return false;
  const v = value.toLowerCase().replace(/\s+/g, ' ').trim();
  const digits = v.replace(/\D/g, '');
  return allowList.some((entry) => {
    const e = entry.toLowerCase().trim();
    if (!e) return false;
    if (e === v) return true;
    if (v.length >= 3 && !/\s/.test(v) && e.split(/\s+/).includes(v)) return true;
    const entryDigits = e.replace(/\D/g, '');
    return digits.length >= 7 && entryDigits === digits && /^[\d\s().+-]+$/.test(e);
  });
}

/** When several patterns see the same words ("17 years old" and "she's 17"), keep the widest. */
export function dropOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
