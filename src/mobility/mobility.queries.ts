/**
 * The index's data: SQL for editions and for scores (overall, by life stage and by indicator,
 * batched by (edition, code)), and the per-request loaders that batch those statements.
 */
import {
  type JsonJoins,
  jsonObject,
  type JsonSelection,
  type JsonShape,
  nullWhen,
  plannedColumn,
  type PlannedColumn,
} from '../authorities';
import { defineLoaders, once, oneToMany, oneToOne } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';
import { bandSql, quintileSql } from './mobility.rules';

export interface ScoreKey {
  edition: number;
  code: string;
}

export interface ScoreRow extends ScoreKey {
  score: number;
  rank: number;
}

export interface LifeStageScoreRow extends ScoreKey {
  lifeStage: string;
  name: string;
  score: number | null;
  rank: number | null;
}

export interface IndicatorValueRow extends ScoreKey {
  indicator: string;
  name: string;
  lifeStage: string;
  unit: string;
  higherIsBetter: boolean;
  value: number | null;
}

const keyTable = (keys: readonly ScoreKey[]) =>
  sql.query`unnest(${sql.value(keys.map((k) => k.edition))}::smallint[], ${sql.value(keys.map((k) => k.code))}::text[]) as k(edition, code)`;

/** The district's (alias `a`) score and rank in an edition as one JSON column: planned with its row. */
export function scoreColumn(edition: number): SQLQuery {
  return sql.query`(select json_build_object('score', m.score, 'rank', m.rank) from mobility_scores m where m.code = a.code and m.edition = ${sql.value(edition)})`;
}

/** `mobility(edition)` as a planned column (mobility.graphql.ts): the score and rank, or null. */
export const scorePlannedColumn = (edition: number): PlannedColumn<{ score: number; rank: number } | null> =>
  plannedColumn(`mobility:${edition}`, scoreColumn(edition));

/**
 * `mobility(edition)` of the district `a` as a JSON shape (authorities/planned-json.ts)
 * for `selection`, null when the district is not ranked in the edition; null (no SQL) when the
 * selection asks for life stages or indicators, which resolvers answer. Joins the edition's
 * scores and the edition (for its band thresholds).
 */
export function mobilityJson(edition: number, selection: JsonSelection, joins: JsonJoins): JsonShape | null {
  const m = joins.alias('m');
  const e = joins.alias('e');
  const rank = sql.query`${m}.rank`;
  const object = jsonObject(selection, {
    edition: sql.query`${m}.edition::int`,
    score: sql.query`${m}.score`,
    rank,
    outOf: sql.query`${e}.ranked_count`,
    band: bandSql(rank, e),
    quintile: quintileSql(rank, e),
  });
  if (!object) return null;
  joins.add(sql.query`left join (mobility_scores ${m} join editions ${e} on ${e}.edition = ${m}.edition)
                      on ${m}.code = a.code and ${m}.edition = ${sql.value(edition)}`);
  return nullWhen(object, sql.query`${m}.code is null`);
}

export function scoresOf(db: Queryable, keys: readonly ScoreKey[]): Promise<ScoreRow[]> {
  return db.query<ScoreRow>(
    'scoresOf',
    sql.query`select m.edition::int as edition, m.code, m.score, m.rank
              from ${keyTable(keys)} join mobility_scores m on m.edition = k.edition and m.code = k.code`,
  );
}

export function lifeStageScoresOf(db: Queryable, keys: readonly ScoreKey[]): Promise<LifeStageScoreRow[]> {
  return db.query<LifeStageScoreRow>(
    'lifeStageScoresOf',
    sql.query`select l.edition::int as edition, l.code, l.life_stage as "lifeStage", s.name, l.score, l.rank
              from ${keyTable(keys)} join life_stage_scores l on l.edition = k.edition and l.code = k.code
              join life_stages s on s.code = l.life_stage
              order by s.position`,
  );
}

export function indicatorValuesOf(db: Queryable, keys: readonly ScoreKey[]): Promise<IndicatorValueRow[]> {
  return db.query<IndicatorValueRow>(
    'indicatorValuesOf',
    sql.query`select v.edition::int as edition, v.code, v.indicator_code as indicator, i.name, i.life_stage as "lifeStage",
                     i.unit, i.higher_is_better as "higherIsBetter", v.value
              from ${keyTable(keys)} join indicator_values v on v.edition = k.edition and v.code = k.code
              join indicators i on i.edition = v.edition and i.code = v.indicator_code
              join life_stages s on s.code = i.life_stage
              order by s.position, i.code`,
  );
}

// SQL for index editions.

export interface EditionRow {
  edition: number;
  title: string;
  publisher: string;
  publishedOn: string;
  sourceId: string | null;
  licence: string;
  attribution: string;
  rankedCount: number;
  /** First rank of each quintile 1..5 (mobility.rules.ts): the thresholds bands are read from. */
  quintileMinRanks: number[];
  lifeStageCount: number;
  indicatorCount: number;
  loadedAt: string;
}

/** Every loaded edition, newest first, with what it covers. */
export function allEditions(db: Queryable): Promise<EditionRow[]> {
  return db.query<EditionRow>(
    'allEditions',
    sql.query`
      select e.edition, e.title, e.publisher, e.published_on::text as "publishedOn", e.source_id as "sourceId",
             e.licence, e.attribution, e.ranked_count as "rankedCount", e.quintile_min_ranks as "quintileMinRanks",
             (select count(distinct l.life_stage)::int from life_stage_scores l where l.edition = e.edition) as "lifeStageCount",
             (select count(*)::int from indicators i where i.edition = e.edition) as "indicatorCount",
             to_char(e.loaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "loadedAt"
      from editions e
      order by e.edition desc`,
  );
}

// Per-request loaders for editions and scores.

const scoreKey = (k: ScoreKey): string => `${k.edition}:${k.code}`;

export const MobilityLoaders = defineLoaders('mobility', ({ db, reference }) => ({
  /** The loaded editions, newest first: from the reference cache, one statement per data version. */
  editions: once(() => reference.get('editions', () => allEditions(db))),
  score: oneToOne((keys: readonly ScoreKey[]) => scoresOf(db, keys), scoreKey, scoreKey),
  lifeStages: oneToMany((keys: readonly ScoreKey[]) => lifeStageScoresOf(db, keys), scoreKey, scoreKey),
  indicators: oneToMany((keys: readonly ScoreKey[]) => indicatorValuesOf(db, keys), scoreKey, scoreKey),
}));
