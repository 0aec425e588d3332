/**
 * Tables read from files: the one reader of CSV (csv-parse) and XLSX (exceljs) for the raw
 * sources, the seed and edition imports. A table keeps each row's number in its file or sheet so
 * a problem can point at it; cells are read through helpers that report the row and column of a
 * bad value. CSV is written with csv-stringify.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SourceError } from './source-error';

export interface TableRow {
  /** 1-based row number in the sheet, or line of the record in the CSV (the header is 1). */
  row: number;
  values: Map<string, unknown>;
}

export interface Table {
  /** The file (or sheet) problems are reported against. */
  source: string;
  headers: string[];
  rows: TableRow[];
}

export interface CsvOptions {
  /** 1-based row of the headers; default 1. */
  headerRow?: number;
  /** Every record must have as many fields as the header (raw sources and the seed); default true. */
  strict?: boolean;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Parses CSV text with a header row; a UTF-8 BOM is stripped and blank records are skipped. */
export function parseCsv(text: string, source: string, options: CsvOptions = {}): Table {
  const headerRow = options.headerRow ?? 1;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: options.strict === false,
      skip_empty_lines: true,
    }) as never;
  } catch (err) {
    throw new SourceError(source, null, `not valid CSV (${(err as Error).message})`);
  }
  const header = records.find((r) => r.info.lines === headerRow) ?? records[headerRow - 1];
  if (!header) throw new SourceError(source, null, 'file is empty');
  const headers = header.record.map((c) => c.trim());
  const rows = records
    .filter((r) => r.info.lines > header.info.lines)
    .map(({ record, info }) => ({
      row: info.lines,
      values: new Map(headers.map((h, i) => [h, record[i] ?? null] as [string, unknown])),
    }))
    .filter((r) => [...r.values.values()].some((v) => !isBlank(v)));
  return { source, headers, rows };
}

/** Reads a CSV file; `source` names it in problems (default: the path). */
export function readCsvFile(file: string, source: string = file, options: CsvOptions = {}): Table {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SourceError(source, null, `cannot read file (${(err as Error).message})`);
  }
  return parseCsv(text, source, options);
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

/** Reads the table of a .csv or .xlsx file (a named sheet, or the first); problems name the sheet. */
export async function readTable(file: string, options: { sheet?: string; headerRow?: number } = {}): Promise<Table> {
  const headerRow = options.headerRow ?? 1;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return readCsvFile(file, path.basename(file), { headerRow, strict: false });
  if (ext !== '.xlsx') throw new SourceError(file, null, 'must be a .csv or .xlsx file');
  // Loaded when an XLSX file is read (imports only): the server's start need not load it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (err) {
    throw new SourceError(file, null, `cannot read XLSX (${(err as Error).message})`);
  }
  const sheet = options.sheet ? workbook.getWorksheet(options.sheet) : workbook.worksheets[0];
  if (!sheet) {
    throw new SourceError(
      file,
      null,
      `no sheet ${JSON.stringify(options.sheet)}; sheets: ${workbook.worksheets.map((w) => w.name).join(', ')}`,
    );
  }
  const headers: string[] = [];
  sheet.getRow(headerRow).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = String(cellValue(cell.value) ?? '').trim();
  });
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const values = new Map<string, unknown>();
    headers.forEach((h, i) => values.set(h, cellValue(row.getCell(i + 1).value)));
    if ([...values.values()].some((v) => !isBlank(v))) rows.push({ row: rowNumber, values });
  });
  return { source: sheet.name, headers, rows };
}

/** Asserts that a table has the named columns. */
export function requireColumns(table: Table, columns: string[]): void {
  const missing = columns.filter((c) => !table.headers.includes(c));
  if (missing.length > 0) {
    throw new SourceError(
      table.source,
      1,
      `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}; found ${table.headers.join(', ')}`,
    );
  }
}

/** A cell as trimmed text; a column the row lacks is a problem. */
export function textCell(table: Table, row: TableRow, column: string): string {
  const v = row.values.get(column);
  if (v === undefined) throw new SourceError(table.source, row.row, 'column missing', column);
  return v === null ? '' : String(v).trim();
}

/** A cell as a number (thousands separators allowed), optionally within a range. */
export function numberCell(
  table: Table,
  row: TableRow,
  column: string,
  range?: { min?: number; max?: number },
): number {
  const raw = textCell(table, row, column).replace(/,/g, '');
  const n = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n))
    throw new SourceError(
      table.source,
      row.row,
      `expected a number, got "${String(row.values.get(column) ?? '')}"`,
      column,
    );
  if (range?.min !== undefined && n < range.min)
    throw new SourceError(table.source, row.row, `${n} is below the minimum ${range.min}`, column);
  if (range?.max !== undefined && n > range.max)
    throw new SourceError(table.source, row.row, `${n} is above the maximum ${range.max}`, column);
  return n;
}

export function integerCell(
  table: Table,
  row: TableRow,
  column: string,
  range?: { min?: number; max?: number },
): number {
  const n = numberCell(table, row, column, range);
  if (!Number.isInteger(n))
    throw new SourceError(
      table.source,
      row.row,
      `expected a whole number, got "${String(row.values.get(column) ?? '')}"`,
      column,
    );
  return n;
}

export function writeCsv(columns: string[], rows: (string | number | boolean | null)[][]): string {
  return stringify([columns, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))], {
    record_delimiter: '\n',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}
