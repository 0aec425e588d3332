/**
 * ONS 2011 Area Classification for Local Authorities v2. The ONS file has one row for City of
 * London and Westminster together ("E09000001/E09000033"); both districts take its values.
 */
import { INDUSTRIAL_GROUP_CODE, INDUSTRIAL_SUPERGROUP_CODE } from '../../classification/classification.rules';
import { RAW_SOURCES } from '../raw-sources';
import type { SeedRowOf } from '../seed.format';
import { SourceError } from '../source-error';
import { textCell } from '../table';
import { knownCode, noDuplicate, openSource, requireAll, type Lookup } from './checks';

export interface AreaClassificationRead {
  classes: SeedRowOf<'area_classes'>[];
  byCode: Map<string, { supergroup: string; group: string; subgroup: string }>;
}

const LEVEL_ORDER: Record<string, number> = { supergroup: 0, group: 1, subgroup: 2 };

export function readAreaClassification(dataDir: string, lookup: Lookup): AreaClassificationRead {
  const table = openSource(dataDir, RAW_SOURCES.areaClassification, [
    'la_code',
    'supergroup',
    'supergroup_code',
    'group',
    'group_code',
    'subgroup',
    'subgroup_code',
  ]);
  const seen = new Set<string>();
  const classes = new Map<string, { level: string; name: string; parent: string | null }>();
  const byCode = new Map<string, { supergroup: string; group: string; subgroup: string }>();
  const define = (
    code: string,
    level: string,
    name: string,
    parent: string | null,
    row: number,
    column: string,
  ): void => {
    const known = classes.get(code);
    if (known && (known.name !== name || known.parent !== parent)) {
      throw new SourceError(table.source, row, `class ${code} is "${name}" here but "${known.name}" earlier`, column);
    }
    if (parent !== null && !code.startsWith(parent))
      throw new SourceError(table.source, row, `class ${code} does not nest in ${parent}`, column);
    classes.set(code, { level, name, parent });
  };
  for (const row of table.rows) {
    const supergroup = textCell(table, row, 'supergroup_code');
    const group = textCell(table, row, 'group_code');
    const subgroup = textCell(table, row, 'subgroup_code');
    define(supergroup, 'supergroup', textCell(table, row, 'supergroup'), null, row.row, 'supergroup');
    define(group, 'group', textCell(table, row, 'group'), supergroup, row.row, 'group');
    define(subgroup, 'subgroup', textCell(table, row, 'subgroup'), group, row.row, 'subgroup');
    for (const code of textCell(table, row, 'la_code').split('/')) {
      knownCode(lookup, table, row.row, code, 'la_code');
      noDuplicate(table, row.row, seen, code, 'la_code');
      byCode.set(code, { supergroup, group, subgroup });
    }
  }
  requireAll(lookup, table, seen);
  // The industrial rule names two classes by code: check the source names them as we expect.
  const expectName = (code: string, name: string): void => {
    if (classes.get(code)?.name !== name)
      throw new SourceError(
        table.source,
        null,
        `class ${code} should be "${name}", found "${classes.get(code)?.name}"`,
      );
  };
  expectName(INDUSTRIAL_SUPERGROUP_CODE, 'Services and Industrial Legacy');
  expectName(INDUSTRIAL_GROUP_CODE, 'Manufacturing Traits');
  return {
    classes: [...classes.entries()]
      .sort(([a, x], [b, y]) => LEVEL_ORDER[x.level]! - LEVEL_ORDER[y.level]! || a.localeCompare(b))
      .map(([code, c]) => ({ code, level: c.level, name: c.name, parent_code: c.parent })),
    byCode,
  };
}
