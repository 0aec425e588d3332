/** IoD 2015 File 10 district summaries (all sheets side by side), one row per district and domain. */
import { RAW_SOURCES } from '../raw-sources';
import type { SeedRowOf } from '../seed.format';
import { SourceError } from '../source-error';
import { integerCell, numberCell, textCell } from '../table';
import { ENGLISH_DISTRICT_COUNT, knownCode, noDuplicate, openSource, requireAll, type Lookup } from './checks';

/** The ten IoD 2015 domains and supplementary indices, by their column prefix in File 10. */
const IOD_DOMAINS: [string, string][] = [
  ['IMD', 'IMD'],
  ['Income', 'INCOME'],
  ['Employment', 'EMPLOYMENT'],
  ['Education, Skills and Training', 'EDUCATION'],
  ['Health Deprivation and Disability', 'HEALTH'],
  ['Crime', 'CRIME'],
  ['Barriers to Housing and Services', 'BARRIERS'],
  ['Living Environment', 'LIVING_ENVIRONMENT'],
  ['Income Deprivation Affecting Children Index (IDACI)', 'IDACI'],
  ['Income Deprivation Affecting Older People (IDAOPI)', 'IDAOPI'],
];

type DeprivationRow = SeedRowOf<'deprivation_domains'>;
type Measure = Exclude<keyof DeprivationRow, 'code' | 'domain'>;

/** Measure (lower-cased header after "<domain> - ") -> seed column, and whether it is a rank. */
const IOD_MEASURES: [string, Measure, boolean][] = [
  ['average rank', 'average_rank', false],
  ['rank of average rank', 'rank_of_average_rank', true],
  ['average score', 'average_score', false],
  ['rank of average score', 'rank_of_average_score', true],
  ['proportion of lsoas in most deprived 10% nationally', 'most_deprived_10pct_share', false],
  ['rank of proportion of lsoas in most deprived 10% nationally', 'rank_of_most_deprived_10pct_share', true],
  ['scale', 'scale', false],
  ['rank of scale', 'rank_of_scale', true],
  ['extent', 'extent', false],
  ['rank of extent', 'rank_of_extent', true],
  ['local concentration', 'local_concentration', false],
  ['rank of local concentration', 'rank_of_local_concentration', true],
];

/** Every domain has these; the others (scale, extent, local concentration) only some domains. */
const REQUIRED: Measure[] = [
  'average_rank',
  'rank_of_average_rank',
  'average_score',
  'rank_of_average_score',
  'most_deprived_10pct_share',
  'rank_of_most_deprived_10pct_share',
];

/** Domain scores for Health, Crime, Barriers and Living Environment are z-scores and can be negative. */
const RATE_DOMAINS = ['IMD', 'INCOME', 'EMPLOYMENT', 'EDUCATION', 'IDACI', 'IDAOPI'];

export function readDeprivation(dataDir: string, lookup: Lookup): DeprivationRow[] {
  const codeColumn = 'Local Authority District code (2013)';
  const table = openSource(dataDir, RAW_SOURCES.deprivation, [codeColumn]);
  // Map every header to (domain, measure); an unrecognised header is an error, not skipped.
  const columns: { header: string; domain: string; measure: Measure; isRank: boolean }[] = [];
  for (const header of table.headers.slice(2)) {
    const [prefix, label] = header.split(' - ');
    const domain = IOD_DOMAINS.find(([p]) => p === prefix?.trim())?.[1];
    const m = IOD_MEASURES.find(([l]) => l === label?.trim().toLowerCase());
    if (!domain || !m) throw new SourceError(table.source, 1, `unrecognised column "${header}"`);
    columns.push({ header, domain, measure: m[1], isRank: m[2] });
  }
  const seen = new Set<string>();
  const rows: DeprivationRow[] = [];
  for (const row of table.rows) {
    const code = textCell(table, row, codeColumn);
    knownCode(lookup, table, row.row, code, codeColumn);
    noDuplicate(table, row.row, seen, code, codeColumn);
    for (const [, domain] of IOD_DOMAINS) {
      const values: Partial<Record<Measure, number>> = {};
      for (const c of columns.filter((x) => x.domain === domain)) {
        // Ranks, rates, shares and counts are non-negative; the z-score domains' scores may not be.
        const signed = c.measure === 'average_score' && !RATE_DOMAINS.includes(domain);
        values[c.measure] = c.isRank
          ? integerCell(table, row, c.header, { min: 1, max: ENGLISH_DISTRICT_COUNT })
          : numberCell(table, row, c.header, signed ? undefined : { min: 0 });
      }
      const required = (m: Measure): number => {
        const v = values[m];
        if (v === undefined) throw new SourceError(table.source, 1, `no "${m}" column for domain ${domain}`);
        return v;
      };
      const optional = (m: Measure): number | null => values[m] ?? null;
      const [averageRank, rankOfAverageRank, averageScore, rankOfAverageScore, share, rankOfShare] = REQUIRED.map(
        required,
      ) as [number, number, number, number, number, number];
      rows.push({
        code,
        domain,
        average_rank: averageRank,
        rank_of_average_rank: rankOfAverageRank,
        average_score: averageScore,
        rank_of_average_score: rankOfAverageScore,
        most_deprived_10pct_share: share,
        rank_of_most_deprived_10pct_share: rankOfShare,
        scale: optional('scale'),
        rank_of_scale: optional('rank_of_scale'),
        extent: optional('extent'),
        rank_of_extent: optional('rank_of_extent'),
        local_concentration: optional('local_concentration'),
        rank_of_local_concentration: optional('rank_of_local_concentration'),
      });
    }
  }
  requireAll(lookup, table, seen);
  const domainOrder = (d: string): number => IOD_DOMAINS.findIndex(([, x]) => x === d);
  return rows.sort((a, b) => a.code.localeCompare(b.code) || domainOrder(a.domain) - domainOrder(b.domain));
}
