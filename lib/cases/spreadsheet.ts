/**
 * The case log as a spreadsheet: its rows for CSV and XLSX, and an existing spreadsheet read back
 * through a column mapping, with every refused row and why.
 */
import { PLATFORMS, type Platform } from '../analysis/types';
import { FIRST_PLATFORM, siteName, siteRow } from '../sites/table';
import { CASE_STATUSES, type CaseStatus, type TeachingCase } from '../history/db';
import { caseHashtag, MAX_CASE_NUMBER, titleProblem } from './log';

export const CASE_COLUMNS = ['case', 'title', 'hashtag', 'site', 'surface', 'status', 'posted', 'answer due', 'answered'] as const;
export type CaseColumn = (typeof CASE_COLUMNS)[number];

const STATUS_LABEL: Record<CaseStatus, string> = { logged: 'not posted yet', 'question-posted': 'question posted', answered: 'answered' };
const isoDate = (time: number | null): string => (time === null ? '' : new Date(time).toISOString());

/** One row per case, in CASE_COLUMNS order: numbers and dates as values, the rest as text. */
export function caseRows(cases: readonly TeachingCase[]): Array<Array<string | number>> {
  return [...cases]
    .sort((a, b) => a.number - b.number)
    .map((c) => [c.number, c.title, c.hashtag ? `#${c.hashtag}` : '', siteName(c.site), c.surface, STATUS_LABEL[c.status], isoDate(c.postedAt), isoDate(c.answerDue), isoDate(c.answeredAt)]);
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // Quote every text and defuse what a spreadsheet would read as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function casesCsv(cases: readonly TeachingCase[]): string {
  return [CASE_COLUMNS.join(','), ...caseRows(cases).map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}

/** Parses CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes; comma, semicolon or tab). */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.indexOf('\n') >>> 0);
  const separator = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"' && value === '') quoted = true;
    else if (ch === separator) {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}

/** Which spreadsheet column fills each field of a case; undefined leaves it empty. */
export type ColumnMapping = Partial<Record<'number' | 'title' | 'hashtag' | 'site' | 'posted' | 'answerDue' | 'answered', number>>;

const GUESSES: Record<keyof ColumnMapping, RegExp> = {
  number: /^(?=\S)(?:case|unknown|quiz)?\s*(?:#|no\.?|num(?:ber)?)?\s*$/i,
  title: /title|diagnosis|dx|topic|description/i,
  hashtag: /hashtag|tag/i,
  site: /site|platform|where|network/i,
  posted: /posted|question|date|sent/i,
  answerDue: /due/i,
  answered: /answered|answer (?:posted|date)|answer$/i,
};

/** A first mapping from the header row's names, for the user to correct. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of ['number', 'answerDue', 'answered', 'hashtag', 'site', 'title', 'posted'] as const) {
    const index = header.findIndex((name, i) => !used.has(i) && GUESSES[field].test(name.trim()));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export interface ImportReport {
  /** Each case with the spreadsheet row it came from. */
  cases: Array<Omit<TeachingCase, 'id'> & { row: number }>;
  refused: Array<{ row: number; reason: string }>;
}

function parseDate(value: string): number | null | undefined {
  const text = value.trim();
  if (!text) return null;
  // A date alone is that day at local noon (Date.parse would take UTC midnight, the day before in the Americas).
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const date = new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12);
    return date.getDate() === Number(dateOnly[3]) ? date.getTime() : undefined;
  }
  const iso = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : NaN;
  if (!Number.isNaN(iso)) return iso;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (dmy) {
    // Month first, as US spreadsheets write it, unless the first number cannot be a month.
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    const date = new Date(y, month - 1, day, 12);
    return date.getMonth() === month - 1 ? date.getTime() : undefined;
  }
  return undefined;
}

function parseSite(value: string): Platform | undefined {
  const text = value.trim().toLowerCase();
  if (!text) return undefined;
  // A site's name, id or host name: "X", "twitter", "instagram.com".
  return PLATFORMS.find((p) => p === text || siteName(p).toLowerCase() === text || siteRow(p)!.hosts.some((host) => host.replace(/^www\./, '') === text || host.startsWith(`${text}.`)));
}

/**
 * Reads spreadsheet rows (the header row first) into cases through `mapping`. A row is refused, with
 * its row number and the reason, when its number is missing, taken (in the log or earlier in the
 * file), or its title holds a patient detail; nothing of a refused row is kept.
 */
export function importCases(rows: readonly string[][], mapping: ColumnMapping, takenNumbers: ReadonlySet<number>, now = Date.now()): ImportReport {
  const report: ImportReport = { cases: [], refused: [] };
  const taken = new Set(takenNumbers);
  if (mapping.number === undefined) {
    report.refused.push({ row: 1, reason: 'Choose the column that holds the case number.' });
    return report;
  }
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    const get = (field: keyof ColumnMapping): string => (mapping[field] === undefined ? '' : (row[mapping[field]!] ?? '').trim());
    const number = Number(get('number').replace(/^(?:case\s*)?#?/i, ''));
    if (!Number.isInteger(number) || number < 1 || number > MAX_CASE_NUMBER) return void report.refused.push({ row: rowNumber, reason: `"${get('number').slice(0, 20)}" is not a case number.` });
    if (taken.has(number)) return void report.refused.push({ row: rowNumber, reason: `Case #${number} is already in your log.` });
    const title = get('title');
    const problem = titleProblem(title);
    if (problem) return void report.refused.push({ row: rowNumber, reason: `Case #${number}: ${problem.replace(/^Not saved: /, '')}` });
    const dates = { posted: parseDate(get('posted')), answerDue: parseDate(get('answerDue')), answered: parseDate(get('answered')) };
    const bad = (Object.keys(dates) as Array<keyof typeof dates>).find((key) => dates[key] === undefined);
    if (bad) return void report.refused.push({ row: rowNumber, reason: `Case #${number}: "${get(bad).slice(0, 30)}" is not a date (use 2026-03-14 or 3/14/2026).` });
    const hashtag = caseHashtag(get('hashtag'));
    if ('error' in hashtag) return void report.refused.push({ row: rowNumber, reason: `Case #${number}: ${hashtag.error.replace(/^Not saved: /, '')}` });
    const siteText = get('site');
    const site = parseSite(siteText);
    if (siteText && !site) return void report.refused.push({ row: rowNumber, reason: `Case #${number}: "${siteText.slice(0, 30)}" is not a site Safe Harbor knows.` });
    taken.add(number);
    const platform = site ?? FIRST_PLATFORM;
    report.cases.push({
      number,
      title,
      row: rowNumber,
      hashtag: hashtag.tag,
      site: platform,
      surface: siteRow(platform)!.postSurface,
      status: dates.answered !== null ? 'answered' : dates.posted !== null ? 'question-posted' : 'logged',
      createdAt: dates.posted ?? now,
      postedAt: dates.posted!,
      answerDue: dates.answerDue!,
      answeredAt: dates.answered!,
      draftId: null,
      reminded: dates.answered !== null,
    });
  });
  return report;
}

export const CASE_STATUS_LABEL = STATUS_LABEL;
export { CASE_STATUSES };
