/**
 * Reads the table of an edition import from CSV (csv-parse) or XLSX (exceljs), keyed by the
 * header text, with each row's number in its sheet so problems can point at it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { SourceError } from '../source-error';

export interface TableRow {
  /** 1-based row number in the sheet (or line in the CSV). */
  row: number;
  values: Map<string, unknown>;
}

export interface Table {
  sheet: string;
  headers: string[];
  rows: TableRow[];
}

function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if ('result' in v) return cellValue(v.result);
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
  }
  return value;
}

export async function readTable(file: string, options: { sheet?: string; headerRow?: number }): Promise<Table> {
  const headerRow = options.headerRow ?? 1;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') {
    let records: string[][];
    try {
      records = parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (err) {
      throw new SourceError(file, null, `cannot read CSV (${(err as Error).message})`);
    }
    const headers = (records[headerRow - 1] ?? []).map((h) => h.trim());
    const rows = records.slice(headerRow).map((record, i) => ({
      row: headerRow + i + 1,
      values: new Map(headers.map((h, j) => [h, record[j] ?? null] as [string, unknown])),
    }));
    return { sheet: path.basename(file), headers, rows: rows.filter((r) => [...r.values.values()].some((v) => v !== null && v !== '')) };
  }
  if (ext !== '.xlsx') throw new SourceError(file, null, 'must be a .csv or .xlsx file');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new SourceError(file, null, `cannot read XLSX (${(err as Error).message})`);
  }
  const sheet = options.sheet ? workbook.getWorksheet(options.sheet) : workbook.worksheets[0];
  if (!sheet) {
    throw new SourceError(file, null, `no sheet ${JSON.stringify(options.sheet)}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  }
  const header = sheet.getRow(headerRow);
  const headers: string[] = [];
  header.eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = String(cellValue(cell.value) ?? '').trim();
  });
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const values = new Map<string, unknown>();
    headers.forEach((h, i) => values.set(h, cellValue(row.getCell(i + 1).value)));
    if ([...values.values()].some((v) => v !== null && v !== '')) rows.push({ row: rowNumber, values });
  });
  return { sheet: sheet.name, headers, rows };
}
