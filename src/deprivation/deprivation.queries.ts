/** Data of the Indices of Deprivation 2015 district summaries: the SQL and its per-request loader (all domains of a district in one batch). */
import { defineLoaders, oneToMany } from '../common';
import { type Queryable, sql } from '../db';

export interface DeprivationRow {
  code: string;
  domain: string;
  averageRank: number;
  rankOfAverageRank: number;
  averageScore: number;
  rankOfAverageScore: number;
  mostDeprived10PctShare: number;
  rankOfMostDeprived10PctShare: number;
  scale: number | null;
  rankOfScale: number | null;
  extent: number | null;
  rankOfExtent: number | null;
  localConcentration: number | null;
  rankOfLocalConcentration: number | null;
  /** Number of districts with a summary for this domain: what the ranks are out of. */
  outOf: number;
}

const DOMAIN_ORDER = ['IMD', 'INCOME', 'EMPLOYMENT', 'EDUCATION', 'HEALTH', 'CRIME', 'BARRIERS', 'LIVING_ENVIRONMENT', 'IDACI', 'IDAOPI'];

export function deprivationOf(db: Queryable, codes: readonly string[]): Promise<DeprivationRow[]> {
  return db.query<DeprivationRow>(
    'deprivationOf',
    sql.query`
      select code, domain, average_rank as "averageRank", rank_of_average_rank as "rankOfAverageRank",
             average_score as "averageScore", rank_of_average_score as "rankOfAverageScore",
             most_deprived_10pct_share as "mostDeprived10PctShare",
             rank_of_most_deprived_10pct_share as "rankOfMostDeprived10PctShare",
             scale, rank_of_scale as "rankOfScale", extent, rank_of_extent as "rankOfExtent",
             local_concentration as "localConcentration", rank_of_local_concentration as "rankOfLocalConcentration",
             (select count(*)::int from deprivation_domains all_d where all_d.domain = d.domain) as "outOf"
      from deprivation_domains d
      where code = any(${sql.value(codes)}::text[])
      order by array_position(${sql.value(DOMAIN_ORDER)}::text[], domain)`,
  );
}

// Per-request loader for deprivation summaries (all domains of a district in one batch).

export const DeprivationLoaders = defineLoaders('deprivation', ({ db }) => ({
  byCode: oneToMany((codes: readonly string[]) => deprivationOf(db, codes), (r) => r.code),
}));
