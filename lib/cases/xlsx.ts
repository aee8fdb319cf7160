/** The case log as an Excel workbook (exceljs, MIT), loaded only when the user exports one. */
import type { TeachingCase } from '../history/db';
import { CASE_COLUMNS, caseRows } from './spreadsheet';

export async function casesXlsx(cases: readonly TeachingCase[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Safe Harbor';
  const sheet = workbook.addWorksheet('Cases');
  sheet.addRow([...CASE_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of caseRows(cases)) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 40 : 18));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
