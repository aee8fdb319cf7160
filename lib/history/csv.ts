import type { Flag } from './db';

const COLUMNS = ['time', 'site', 'surface', 'rule', 'category', 'severity', 'outcome', 'excerpt'] as const;

function cell(value: string): string {
  // Quote every cell, and defuse what a spreadsheet would read as a formula: a leading =, +, -, @,
  // tab or carriage return.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** History as CSV: what was flagged, where and when, with masked excerpts only. */
export function historyCsv(flags: readonly Flag[]): string {
  const rows = flags.map((f) =>
    [new Date(f.createdAt).toISOString(), f.site, f.surface, f.ruleId, f.category, f.severity, f.outcome ?? '', f.excerpt].map(cell).join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
