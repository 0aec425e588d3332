/**
 * Band and quintile in SQL, reading the thresholds stored with the edition, as `standingOf`
 * (mobility.rules.ts) does in TypeScript: the one place a query turns a rank into a band.
 * `rank` is a rank expression (null when the district is not ranked) and `edition` the alias of
 * an `editions` row.
 */
import { sql, type SQLQuery } from '../db';

/** Quintile 1..5: the number of quintile thresholds at or below the rank; null when unranked. */
export function quintileSql(rank: SQLQuery, edition: SQLQuery): SQLQuery {
  return sql.query`width_bucket(${rank}, ${edition}.quintile_min_ranks)`;
}

/** 'HOTSPOT' (quintile 1), 'COLDSPOT' (quintile 5) or 'NEITHER'; null when unranked. */
export function bandSql(rank: SQLQuery, edition: SQLQuery): SQLQuery {
  const quintile = quintileSql(rank, edition);
  return sql.query`(case when ${rank} is null then null when ${quintile} = 1 then 'HOTSPOT' when ${quintile} = 5 then 'COLDSPOT' else 'NEITHER' end)`;
}
