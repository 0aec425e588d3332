/**
 * CSV reading and writing (csv-parse / csv-stringify). Rows carry their line number in the file
 * so every validation error can point at it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SourceError } from './source-error';

export interface CsvRow {
  /** 1-based line number of the record in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  columns: string[];
  rows: CsvRow[];
}

/** Reads a CSV with a header row; a UTF-8 BOM is stripped. `label` names the file in errors. */
export function readCsv(path: string, label: string = path): CsvTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SourceError(label, null, `cannot read file (${(err as Error).message})`);
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: false, skip_empty_lines: true }) as never;
  } catch (err) {
    throw new SourceError(label, null, `not valid CSV (${(err as Error).message})`);
  }
  const [header, ...body] = records;
  if (!header) throw new SourceError(label, null, 'file is empty');
  const columns = header.record.map((c) => c.trim());
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])),
  }));
  return { file: label, columns, rows };
}

/** Asserts that a table has the named columns. */
export function requireColumns(table: CsvTable, columns: string[]): void {
  const missing = columns.filter((c) => !table.columns.includes(c));
  if (missing.length > 0) {
    throw new SourceError(table.file, 1, `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}; found ${table.columns.join(', ')}`);
  }
}

export function writeCsv(columns: string[], rows: (string | number | boolean | null)[][]): string {
  return stringify([columns, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))], { record_delimiter: '\n', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

export function parseCsvText(text: string, label: string): Record<string, string>[] {
  try {
    return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (err) {
    throw new SourceError(label, null, `not valid CSV (${(err as Error).message})`);
  }
}

/** Field readers that report the file, row and column of a bad value. */
export function cell(table: CsvTable, row: CsvRow, column: string): string {
  const v = row.values[column];
  if (v === undefined) throw new SourceError(table.file, row.line, 'column missing', column);
  return v.trim();
}

export function numberCell(table: CsvTable, row: CsvRow, column: string, range?: { min?: number; max?: number }): number {
  const raw = cell(table, row, column).replace(/,/g, '');
  const n = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n)) throw new SourceError(table.file, row.line, `expected a number, got "${row.values[column]}"`, column);
  if (range?.min !== undefined && n < range.min) throw new SourceError(table.file, row.line, `${n} is below the minimum ${range.min}`, column);
  if (range?.max !== undefined && n > range.max) throw new SourceError(table.file, row.line, `${n} is above the maximum ${range.max}`, column);
  return n;
}

export function integerCell(table: CsvTable, row: CsvRow, column: string, range?: { min?: number; max?: number }): number {
  const n = numberCell(table, row, column, range);
  if (!Number.isInteger(n)) throw new SourceError(table.file, row.line, `expected a whole number, got "${row.values[column]}"`, column);
  return n;
}
