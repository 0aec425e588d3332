/** ONS mid-2016 population, land area and density; the total is checked against MYE2's England row. */
import { RAW_SOURCES } from '../raw-sources';
import type { SeedRowOf } from '../seed.format';
import { SourceError } from '../source-error';
import { integerCell, numberCell, textCell } from '../table';
import { byCode, knownCode, noDuplicate, openSource, requireAll, type Lookup } from './checks';

export function readPopulation(dataDir: string, lookup: Lookup): SeedRowOf<'populations'>[] {
  const table = openSource(dataDir, RAW_SOURCES.population, [
    'lad16cd',
    'lad16nm',
    'population_mid2016_all_ages',
    'area_sq_km_mye5',
    'persons_per_sq_km_mid2016_mye5',
    'population_mid2015_all_ages_mye5',
  ]);
  const seen = new Set<string>();
  const rows: SeedRowOf<'populations'>[] = [];
  let total = 0;
  for (const row of table.rows) {
    const code = textCell(table, row, 'lad16cd');
    knownCode(lookup, table, row.row, code, 'lad16cd');
    noDuplicate(table, row.row, seen, code, 'lad16cd');
    const persons = integerCell(table, row, 'population_mid2016_all_ages', { min: 1 });
    total += persons;
    rows.push({
      code,
      persons_mid2016: persons,
      persons_mid2015: integerCell(table, row, 'population_mid2015_all_ages_mye5', { min: 1 }),
      land_area_km2: numberCell(table, row, 'area_sq_km_mye5', { min: 0 }),
      persons_per_km2: numberCell(table, row, 'persons_per_sq_km_mid2016_mye5', { min: 0 }),
    });
  }
  requireAll(lookup, table, seen);
  const check = openSource(dataDir, RAW_SOURCES.populationCheck, ['Code', 'All ages']);
  const england = check.rows.find((r) => r.values.get('Code') === 'E92000001');
  if (!england) throw new SourceError(check.source, null, 'no row for England (E92000001)');
  const expected = integerCell(check, england, 'All ages');
  if (expected !== total)
    throw new SourceError(
      table.source,
      null,
      `district populations sum to ${total}, but MYE2 gives England ${expected}`,
    );
  return rows.sort(byCode);
}
