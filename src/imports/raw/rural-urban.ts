/** DEFRA Rural-Urban Classification 2011 of the districts, re-keyed to LAD16. */
import { broadGroupOf } from '../../classification/classification.rules';
import { RAW_SOURCES } from '../raw-sources';
import type { SeedRowOf } from '../seed.format';
import { SourceError } from '../source-error';
import { integerCell, numberCell, textCell } from '../table';
import { knownCode, noDuplicate, openSource, requireAll, type Lookup } from './checks';

export interface RuralUrbanRead {
  classes: SeedRowOf<'rural_urban_classes'>[];
  /** District -> class 1..6 and the share of its 2011 population in rural areas. */
  byCode: Map<string, { ruc: number; pct: number }>;
}

export function readRuralUrban(dataDir: string, lookup: Lookup): RuralUrbanRead {
  const table = openSource(dataDir, RAW_SOURCES.ruralUrban, [
    'lad16cd',
    'ruc11cd',
    'ruc11',
    'ruc11_broad',
    'pct_rural_incl_hub_towns_2011',
  ]);
  const seen = new Set<string>();
  const classes = new Map<number, { name: string; broad: string }>();
  const byCode = new Map<string, { ruc: number; pct: number }>();
  for (const row of table.rows) {
    const code = textCell(table, row, 'lad16cd');
    knownCode(lookup, table, row.row, code, 'lad16cd');
    noDuplicate(table, row.row, seen, code, 'lad16cd');
    const ruc = integerCell(table, row, 'ruc11cd', { min: 1, max: 6 });
    const name = textCell(table, row, 'ruc11');
    const broad = textCell(table, row, 'ruc11_broad');
    if (broad !== broadGroupOf(ruc)) {
      throw new SourceError(
        table.source,
        row.row,
        `broad group "${broad}" does not match class ${ruc} (expected "${broadGroupOf(ruc)}")`,
        'ruc11_broad',
      );
    }
    const known = classes.get(ruc);
    if (known && known.name !== name)
      throw new SourceError(
        table.source,
        row.row,
        `class ${ruc} is named "${name}" here but "${known.name}" earlier`,
        'ruc11',
      );
    classes.set(ruc, { name, broad });
    byCode.set(code, { ruc, pct: numberCell(table, row, 'pct_rural_incl_hub_towns_2011', { min: 0, max: 100 }) });
  }
  requireAll(lookup, table, seen);
  return {
    classes: [...classes.entries()]
      .sort(([a], [b]) => a - b)
      .map(([code, c]) => ({ code, name: c.name, broad_group: c.broad })),
    byCode,
  };
}
