/**
 * Band and quintile of a ranked district: the Social Mobility Index's central definition.
 * Hotspots are the best 20% of ranked districts and coldspots the worst 20% (Social Mobility
 * Commission, State of the Nation 2017). For an edition ranking N districts the cut is
 * k = round(0.2 N): 65 of 324. Quintiles follow the same rule, so quintile 1 is exactly the
 * hotspots and quintile 5 exactly the coldspots.
 *
 * The rule is applied once, when an edition is written: `quintileMinRanks` computes its
 * thresholds, which are stored with the edition (editions.quintile_min_ranks). Everything that
 * reads a band or a quintile reads those stored thresholds: `standingOf` in TypeScript and its
 * SQL twin `quintileSql`/`bandSql` below, the one place a query turns a rank into a band.
 */
import { sql, type SQLQuery } from '../db';

export const HOTSPOT_SHARE = 0.2;

/** Editions are years in this range (as the editions table allows); whether one is loaded is checked separately. */
export const EDITION_MIN = 2000;
export const EDITION_MAX = 2100;

export type Band = 'HOTSPOT' | 'COLDSPOT' | 'NEITHER';

/** What an edition stores about its ranking: N and the first rank of each quintile 1..5. */
export interface RankingThresholds {
  rankedCount: number;
  quintileMinRanks: number[];
}

/** The first rank of quintiles 1..5 for an edition ranking N: quintile q ends at round(0.2 q N). */
export function quintileMinRanks(rankedCount: number): number[] {
  if (!Number.isInteger(rankedCount) || rankedCount < 1)
    throw new RangeError(`ranked count must be a positive integer (got ${rankedCount})`);
  return [0, 1, 2, 3, 4].map((q) => (q === 0 ? 1 : Math.round(HOTSPOT_SHARE * q * rankedCount) + 1));
}

/**
 * Quintile and band of `rank` in an edition: the quintile is the number of thresholds at or
 * below the rank (as SQL's width_bucket counts them); quintile 1 is HOTSPOT, 5 is COLDSPOT.
 */
export function standingOf(rank: number, edition: RankingThresholds): { quintile: number; band: Band } {
  if (!Number.isInteger(rank) || rank < 1 || rank > edition.rankedCount)
    throw new RangeError(`rank ${rank} is outside 1..${edition.rankedCount}`);
  const quintile = edition.quintileMinRanks.filter((min) => min <= rank).length;
  return { quintile, band: quintile === 1 ? 'HOTSPOT' : quintile === 5 ? 'COLDSPOT' : 'NEITHER' };
}

/** The band limits as ranks, for display: hotspots are 1..hotspotMaxRank, coldspots coldspotMinRank..N. */
export function bandLimits(edition: RankingThresholds): {
  bandSize: number;
  hotspotMaxRank: number;
  coldspotMinRank: number;
} {
  const [, second, , , fifth] = edition.quintileMinRanks as [number, number, number, number, number];
  return { bandSize: second - 1, hotspotMaxRank: second - 1, coldspotMinRank: fifth };
}

// SQL: `rank` is a rank expression (null when the district is not ranked) and `edition` the
// alias of an `editions` row.

/** Quintile 1..5: the number of quintile thresholds at or below the rank; null when unranked. */
export function quintileSql(rank: SQLQuery, edition: SQLQuery): SQLQuery {
  return sql.query`width_bucket(${rank}, ${edition}.quintile_min_ranks)`;
}

/** 'HOTSPOT' (quintile 1), 'COLDSPOT' (quintile 5) or 'NEITHER'; null when unranked. */
export function bandSql(rank: SQLQuery, edition: SQLQuery): SQLQuery {
  const quintile = quintileSql(rank, edition);
  return sql.query`(case when ${rank} is null then null when ${quintile} = 1 then 'HOTSPOT' when ${quintile} = 5 then 'COLDSPOT' else 'NEITHER' end)`;
}

/**
 * Aggregate columns over rows of districts (with `rank` and the edition row `edition`): how many
 * are ranked, hotspots and coldspots, as "rankedCount", "hotspotCount", "coldspotCount".
 */
export function bandCountsSql(rank: SQLQuery, edition: SQLQuery): SQLQuery {
  const band = bandSql(rank, edition);
  return sql.query`count(${rank})::int as "rankedCount",
                   count(*) filter (where ${band} = 'HOTSPOT')::int as "hotspotCount",
                   count(*) filter (where ${band} = 'COLDSPOT')::int as "coldspotCount"`;
}
