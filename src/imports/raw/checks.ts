/**
 * What every raw reader shares: opening a source as a table, and the checks that tie its rows to
 * the reference list of districts (the ONS LAD16 lookup): known codes, no duplicates, none missing.
 */
import path from 'node:path';
import { SourceError } from '../source-error';
import { readCsvFile, requireColumns, type Table } from '../table';

export interface Lookup {
  /** LAD16 code -> { name, region code } for the 326 English districts. */
  districts: Map<string, { name: string; regionCode: string }>;
  regions: Map<string, string>;
}

export const ENGLISH_DISTRICT_COUNT = 326;

/** Reads a raw CSV (strictly: every record as wide as the header) and checks it has `columns`. */
export function openSource(dataDir: string, source: { file: string }, columns: string[]): Table {
  const table = readCsvFile(path.join(dataDir, source.file), source.file);
  requireColumns(table, columns);
  return table;
}

export function knownCode(lookup: Lookup, table: Table, row: number, code: string, column: string): void {
  if (!lookup.districts.has(code)) {
    throw new SourceError(
      table.source,
      row,
      `"${code}" is not one of the ${ENGLISH_DISTRICT_COUNT} English LAD16 codes of the ONS lookup`,
      column,
    );
  }
}

export function noDuplicate(table: Table, row: number, seen: Set<string>, code: string, column: string): void {
  if (seen.has(code)) throw new SourceError(table.source, row, `duplicate code "${code}"`, column);
  seen.add(code);
}

/** Every district of the lookup has a row (but those in `except`). */
export function requireAll(lookup: Lookup, table: Table, seen: Set<string>, except: string[] = []): void {
  const missing = [...lookup.districts.keys()].filter((c) => !seen.has(c) && !except.includes(c));
  if (missing.length > 0)
    throw new SourceError(table.source, null, `no row for ${missing.length} district(s): ${missing.join(', ')}`);
}

export const byCode = <T extends { code: string }>(a: T, b: T): number => a.code.localeCompare(b.code);
