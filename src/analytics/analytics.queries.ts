/**
 * The analytics' data: SQL for grouped summaries, score/deprivation pairs, the variables of
 * statistical neighbours, the adjacency graph for spatial autocorrelation and pairwise
 * comparisons, and the per-request loaders of those inputs (each fetched at most once per
 * request). Statistics beyond counts, means and medians are computed in the analytics rules.
 */
import { defineLoaders, once, perArgs } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';
import { type AuthorityCriteria, whereFromCriteria } from '../filter';
import { bandSql } from '../mobility';

export type SummaryKey =
  | 'REGION'
  | 'RURAL_URBAN_CLASS'
  | 'RURAL_URBAN_BROAD_GROUP'
  | 'COASTAL'
  | 'INDUSTRIAL'
  | 'AREA_SUPERGROUP'
  | 'AREA_GROUP'
  | 'BAND';

/** The band of the district in the summarised edition (null when unranked). */
const BAND = bandSql(sql.query`m.rank`, sql.query`e`);

/** Fixed map from group key to its SQL key and label: the only way a GROUP BY is built. */
const GROUPS: Record<SummaryKey, { key: SQLQuery; label: SQLQuery }> = {
  REGION: { key: sql.query`a.region_code`, label: sql.query`r.name` },
  RURAL_URBAN_CLASS: { key: sql.query`c.rural_urban_code::text`, label: sql.query`ruc.name` },
  RURAL_URBAN_BROAD_GROUP: { key: sql.query`ruc.broad_group`, label: sql.query`ruc.broad_group` },
  COASTAL: {
    key: sql.query`coalesce(cl.coastal, false)::text`,
    label: sql.query`case when coalesce(cl.coastal, false) then 'Coastal' else 'Not coastal' end`,
  },
  INDUSTRIAL: {
    key: sql.query`c.industrial::text`,
    label: sql.query`case when c.industrial then 'Industrial' else 'Not industrial' end`,
  },
  AREA_SUPERGROUP: { key: sql.query`sg.code`, label: sql.query`sg.name` },
  AREA_GROUP: { key: sql.query`g.code`, label: sql.query`g.name` },
  BAND: {
    key: sql.query`coalesce(${BAND}, 'UNRANKED')`,
    label: sql.query`case coalesce(${BAND}, 'UNRANKED') when 'HOTSPOT' then 'Hotspot' when 'COLDSPOT' then 'Coldspot' when 'NEITHER' then 'Neither' else 'Not ranked' end`,
  },
};

export interface SummaryRow {
  total: boolean;
  key: string | null;
  label: string | null;
  districts: number;
  ranked: number;
  hotspots: number;
  coldspots: number;
  meanRank: number | null;
  medianRank: number | null;
  meanScore: number | null;
  medianScore: number | null;
  population: number;
  populationInHotspots: number;
  populationInColdspots: number;
}

/** One row per group and one total row (grouping sets), for the districts matching the criteria. */
export function summaryRows(
  db: Queryable,
  groupBy: SummaryKey,
  criteria: AuthorityCriteria,
  edition: number,
): Promise<SummaryRow[]> {
  const group = GROUPS[groupBy];
  return db.query<SummaryRow>(
    'summaryRows',
    sql.query`
      with base as (
        select ${group.key} as key, ${group.label} as label, p.persons_mid2016 as population, m.rank, m.score,
               coalesce(${BAND} = 'HOTSPOT', false) as hot, coalesce(${BAND} = 'COLDSPOT', false) as cold
        from authorities a
        join regions r on r.code = a.region_code
        join classifications c on c.code = a.code
        join rural_urban_classes ruc on ruc.code = c.rural_urban_code
        join area_classes s on s.code = c.area_subgroup_code
        join area_classes g on g.code = s.parent_code
        join area_classes sg on sg.code = g.parent_code
        left join coastlines cl on cl.code = a.code
        left join populations p on p.code = a.code
        left join mobility_scores m on m.code = a.code and m.edition = ${sql.value(edition)}
        left join editions e on e.edition = m.edition
        where ${whereFromCriteria(criteria)}
      )
      select grouping(key) = 1 as total, key, min(label) as label,
             count(*)::int as districts, count(rank)::int as ranked,
             count(*) filter (where hot)::int as hotspots, count(*) filter (where cold)::int as coldspots,
             avg(rank)::float8 as "meanRank", percentile_cont(0.5) within group (order by rank) as "medianRank",
             avg(score)::float8 as "meanScore", percentile_cont(0.5) within group (order by score) as "medianScore",
             coalesce(sum(population), 0)::float8 as population,
             coalesce(sum(population) filter (where hot), 0)::float8 as "populationInHotspots",
             coalesce(sum(population) filter (where cold), 0)::float8 as "populationInColdspots"
      from base
      group by grouping sets ((key), ())
      order by grouping(key), key`,
  );
}

export interface ScoreDeprivationRow {
  code: string;
  score: number;
  rank: number;
  deprivationScore: number;
  deprivationRank: number;
}

/** Index score and a deprivation domain's average score, for the ranked districts matching the criteria. */
export function scoresWithDeprivation(
  db: Queryable,
  criteria: AuthorityCriteria,
  edition: number,
  domain: string,
): Promise<ScoreDeprivationRow[]> {
  return db.query<ScoreDeprivationRow>(
    'scoresWithDeprivation',
    sql.query`
      select a.code, m.score, m.rank, d.average_score as "deprivationScore", d.rank_of_average_score as "deprivationRank"
      from authorities a
      join mobility_scores m on m.code = a.code and m.edition = ${sql.value(edition)}
      join deprivation_domains d on d.code = a.code and d.domain = ${sql.value(domain)}
      where ${whereFromCriteria(criteria)}
      order by a.code`,
  );
}

export interface FeatureRow {
  code: string;
  personsPerKm2: number;
  ruralUrbanCode: number;
  ruralPopulationPct: number;
  domains: Record<string, number>;
}

/** The variables statistical neighbours are computed on, for all districts. */
export function districtFeatures(db: Queryable): Promise<FeatureRow[]> {
  return db.query<FeatureRow>(
    'districtFeatures',
    sql.query`
      select a.code, p.persons_per_km2 as "personsPerKm2", c.rural_urban_code as "ruralUrbanCode",
             c.rural_population_pct_2011 as "ruralPopulationPct",
             (select json_object_agg(d.domain, d.average_score) from deprivation_domains d where d.code = a.code) as domains
      from authorities a
      join populations p on p.code = a.code
      join classifications c on c.code = a.code
      order by a.code`,
  );
}

export interface ScoreRow {
  code: string;
  score: number;
}

export function editionScores(db: Queryable, edition: number): Promise<ScoreRow[]> {
  return db.query<ScoreRow>(
    'editionScores',
    sql.query`select code, score from mobility_scores where edition = ${sql.value(edition)} order by code`,
  );
}

/** Links between English districts: land borders and across-water pairs up to maxGapKm. */
export function adjacencyLinks(db: Queryable, maxGapKm: number): Promise<{ code: string; neighbourCode: string }[]> {
  return db.query(
    'adjacencyLinks',
    sql.query`
      select l.code, l.neighbour_code as "neighbourCode"
      from adjacencies l
      join authorities x on x.code = l.code
      join authorities y on y.code = l.neighbour_code
      where l.kind = 'LAND_BORDER' or l.gap_km <= ${sql.value(maxGapKm)}::float8
      order by l.code, l.neighbour_code`,
  );
}

export interface PairRow {
  a: string;
  b: string;
  centroidDistanceKm: number;
  boundaryDistanceKm: number;
}

/** Distances between every pair of the given districts (a before b in the given order). */
export function pairDistances(db: Queryable, codes: readonly string[]): Promise<PairRow[]> {
  return db.query<PairRow>(
    'pairDistances',
    sql.query`
      select x.code as a, y.code as b,
             ST_Distance(bx.centroid_bng, by_.centroid_bng) / 1000 as "centroidDistanceKm",
             ST_Distance(bx.boundary_bng, by_.boundary_bng) / 1000 as "boundaryDistanceKm"
      from unnest(${sql.value(codes)}::text[]) with ordinality as x(code, i)
      join unnest(${sql.value(codes)}::text[]) with ordinality as y(code, j) on x.i < y.j
      join boundaries bx on bx.code = x.code
      join boundaries by_ on by_.code = y.code
      order by x.i, y.j`,
  );
}

// Per-request loaders for the analytics inputs (each fetched at most once per request).

export const AnalyticsLoaders = defineLoaders('analytics', ({ db }) => ({
  features: once(() => districtFeatures(db)),
  scores: perArgs((edition: number) => once(() => editionScores(db, edition))),
  links: perArgs((maxGapKm: number) => once(() => adjacencyLinks(db, maxGapKm))),
}));
