/**
 * The SMI 2016 overall score and rank, keyed by LAD16 code. Validated by the same validator as an
 * imported edition (known districts, no duplicates, numbers, ranks 1..N each once and in score
 * order, none missing but the two the index never ranks), then checked against the lookup.
 */
import { validateEdition } from '../edition/validate-edition';
import { RAW_SOURCES } from '../raw-sources';
import type { SeedRowOf } from '../seed.format';
import { SourceError, type SourceProblem } from '../source-error';
import { textCell } from '../table';
import { openSource, type Lookup } from './checks';

/** Where the figures are in the file, in the terms of an import mapping. */
const SMI_2016_COLUMNS = {
  district: { codeColumn: 'lad16cd' },
  overall: { score: 'smi2016_score', rank: 'smi2016_rank' },
};

export interface MobilityRead {
  rows: SeedRowOf<'mobility_scores'>[];
  rankedCount: number;
  unranked: string[];
}

export function readSmi2016(dataDir: string, lookup: Lookup, edition: number): MobilityRead {
  const table = openSource(dataDir, RAW_SOURCES.smi2016, [
    'lad16cd',
    'lad16nm',
    'rgn16cd',
    'smi2016_rank',
    'smi2016_score',
  ]);
  const districts = [...lookup.districts.entries()].map(([code, d]) => ({ code, name: d.name }));
  const { edition: data, problems } = validateEdition(table, SMI_2016_COLUMNS, districts);
  if (!data) throw new SourceError(problems);
  // The file also carries each district's ONS name and region: they must agree with the lookup.
  const mismatches: SourceProblem[] = [];
  for (const row of table.rows) {
    const district = lookup.districts.get(textCell(table, row, 'lad16cd'))!;
    const name = textCell(table, row, 'lad16nm');
    const region = textCell(table, row, 'rgn16cd');
    if (name !== district.name)
      mismatches.push({
        source: table.source,
        row: row.row,
        column: 'lad16nm',
        message: `name "${name}" differs from the ONS name "${district.name}"`,
      });
    if (region !== district.regionCode)
      mismatches.push({
        source: table.source,
        row: row.row,
        column: 'rgn16cd',
        message: `region ${region} differs from the ONS lookup (${district.regionCode})`,
      });
  }
  if (mismatches.length > 0) throw new SourceError(mismatches);
  const ranked = new Set(data.rows.map((r) => r.code));
  return {
    rows: data.rows
      .map((r) => ({ edition, code: r.code, score: r.score, rank: r.rank }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    rankedCount: data.rows.length,
    unranked: [...lookup.districts.keys()].filter((c) => !ranked.has(c)).sort(),
  };
}
