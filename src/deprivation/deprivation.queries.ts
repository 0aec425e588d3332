/** Data of the Indices of Deprivation 2015 district summaries: the SQL and its per-request loader (all domains of a district in one batch). */
import {
  type JsonJoins,
  jsonObject,
  type JsonSelection,
  type JsonShape,
  jsonText,
  jsonTextSql,
  nullWhen,
  plannedColumn,
  type PlannedColumn,
} from '../authorities';
import { defineLoaders, oneToMany } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';

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

const DOMAIN_ORDER = [
  'IMD',
  'INCOME',
  'EMPLOYMENT',
  'EDUCATION',
  'HEALTH',
  'CRIME',
  'BARRIERS',
  'LIVING_ENVIRONMENT',
  'IDACI',
  'IDAOPI',
];

/** A DeprivationRow's columns, from DEPRIVATION_FROM. */
const DEPRIVATION_COLUMNS = sql.query`
  d.code, d.domain, d.average_rank as "averageRank", d.rank_of_average_rank as "rankOfAverageRank",
  d.average_score as "averageScore", d.rank_of_average_score as "rankOfAverageScore",
  d.most_deprived_10pct_share as "mostDeprived10PctShare",
  d.rank_of_most_deprived_10pct_share as "rankOfMostDeprived10PctShare",
  d.scale, d.rank_of_scale as "rankOfScale", d.extent, d.rank_of_extent as "rankOfExtent",
  d.local_concentration as "localConcentration", d.rank_of_local_concentration as "rankOfLocalConcentration",
  c.districts as "outOf"`;

/**
 * The summaries `d` with `c.districts`, the number of districts each domain ranks (what the ranks
 * are out of), counted once per statement (a correlated count per row cost 2.4 s for 326 districts
 * on the embedded database).
 */
const DEPRIVATION_FROM = sql.query`deprivation_domains d
  join (select domain, count(*)::int as districts from deprivation_domains group by domain) as c on c.domain = d.domain`;

/** The domains in the order they are listed (IMD first). */
const domainOrder = (domain: SQLQuery): SQLQuery =>
  sql.query`array_position(${sql.value(DOMAIN_ORDER)}::text[], ${domain})`;

export function deprivationOf(db: Queryable, codes: readonly string[]): Promise<DeprivationRow[]> {
  return db.query<DeprivationRow>(
    'deprivationOf',
    sql.query`
      select ${DEPRIVATION_COLUMNS}
      from ${DEPRIVATION_FROM}
      where d.code = any(${sql.value(codes)}::text[])
      order by ${domainOrder(sql.query`d.domain`)}`,
  );
}

/** The district's (alias `a`) summaries as one JSON array of DeprivationRow: planned with its row. */
export const DEPRIVATION_COLUMN: PlannedColumn<DeprivationRow[]> = plannedColumn(
  'deprivation',
  sql.query`(select coalesce(json_agg(r order by ${domainOrder(sql.query`r.domain`)}), '[]'::json)
             from (select ${DEPRIVATION_COLUMNS} from ${DEPRIVATION_FROM} where d.code = a.code) as r)`,
);

/** DeprivationMeasures' fields as JSON values, from the summary row `d`. */
const measuresJson = (d: SQLQuery): Record<string, SQLQuery> => ({
  domain: sql.query`${d}.domain`,
  averageRank: sql.query`${d}.average_rank`,
  rankOfAverageRank: sql.query`${d}.rank_of_average_rank`,
  averageScore: sql.query`${d}.average_score`,
  rankOfAverageScore: sql.query`${d}.rank_of_average_score`,
  mostDeprived10PctShare: sql.query`${d}.most_deprived_10pct_share`,
  rankOfMostDeprived10PctShare: sql.query`${d}.rank_of_most_deprived_10pct_share`,
  scale: sql.query`${d}.scale`,
  rankOfScale: sql.query`${d}.rank_of_scale`,
});

/**
 * `deprivation` of the district `a` as a JSON shape (authorities/planned-json.ts): the IMD row
 * joined once; `domains` an array PostgreSQL builds of the district's rows in DOMAIN_ORDER; `outOf` the
 * number of districts the IMD ranks (counted once per statement). Null when the district has no
 * IMD row, as the resolver gives.
 */
export function deprivationJson(selection: JsonSelection, joins: JsonJoins): JsonShape | null {
  const imd = joins.alias('di');
  const object = jsonObject(
    selection,
    {
      extent: sql.query`${imd}.extent`,
      rankOfExtent: sql.query`${imd}.rank_of_extent`,
      localConcentration: sql.query`${imd}.local_concentration`,
      rankOfLocalConcentration: sql.query`${imd}.rank_of_local_concentration`,
      outOf: sql.query`(select count(*)::int from deprivation_domains where domain = 'IMD')`,
    },
    (field) => {
      const below = selection.below(field);
      if (!below) return null;
      if (field.name === 'imd') return jsonObject(below, measuresJson(imd));
      if (field.name !== 'domains') return null;
      const d = joins.alias('dd');
      const item = jsonObject(below, measuresJson(d));
      return (
        item &&
        jsonText(sql.query`(select '[' || coalesce(string_agg(${jsonTextSql(item)}, ',' order by ${domainOrder(sql.query`${d}.domain`)}), '') || ']'
                   from deprivation_domains ${d} where ${d}.code = a.code)`)
      );
    },
  );
  if (!object) return null;
  joins.add(sql.query`left join deprivation_domains ${imd} on ${imd}.code = a.code and ${imd}.domain = 'IMD'`);
  return nullWhen(object, sql.query`${imd}.code is null`);
}

// Per-request loader for deprivation summaries (all domains of a district in one batch).

export const DeprivationLoaders = defineLoaders('deprivation', ({ db }) => ({
  byCode: oneToMany(
    (codes: readonly string[]) => deprivationOf(db, codes),
    (r) => r.code,
  ),
}));
