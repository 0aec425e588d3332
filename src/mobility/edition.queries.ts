/** SQL for index editions. */
import { type Queryable, sql } from '../db';

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
