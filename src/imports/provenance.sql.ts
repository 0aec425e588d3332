/**
 * The one writer of provenance, used by the seed load and by edition imports: data sources with
 * their licences, and index editions. An edition is written with the thresholds its bands and
 * quintiles are read from, computed here by the rule (quintileMinRanks, mobility.rules.ts) from
 * the number of districts it ranks.
 */
import { type Queryable, sql } from '../db';
import type { SourceRow } from '../common';
import type { EditionRow } from '../mobility';
import { quintileMinRanks } from '../mobility/mobility.rules';

/** A source as the sources table holds it (common's SourceRow: one row type per table). */
export type SourceRecord = SourceRow;

/** What a load writes of an edition (the editions table's row, EditionRow, without what is derived from it). */
export type EditionRecord = Pick<
  EditionRow,
  'edition' | 'title' | 'publisher' | 'publishedOn' | 'sourceId' | 'licence' | 'attribution' | 'rankedCount'
>;

const json = (value: unknown) => sql.value(JSON.stringify(value));

export async function upsertSources(tx: Queryable, sources: SourceRecord[]): Promise<void> {
  const rows = sources.map(({ id, title, publisher, published, url, licence, attribution }) => ({
    id,
    title,
    publisher,
    published,
    url,
    licence,
    attribution,
  }));
  await tx.query(
    'upsertSources',
    sql.query`insert into sources (id, title, publisher, published, url, licence, attribution)
              select id, title, publisher, published, url, licence, attribution
              from json_to_recordset(${json(rows)}::json)
                as s(id text, title text, publisher text, published text, url text, licence text, attribution text)
              on conflict (id) do update set title = excluded.title, publisher = excluded.publisher, published = excluded.published,
                url = excluded.url, licence = excluded.licence, attribution = excluded.attribution`,
  );
}

export async function upsertEditions(
  tx: Queryable,
  editions: EditionRecord[],
  origin: 'seed' | 'import',
): Promise<void> {
  const rows = editions.map((e) => ({ ...e, quintileMinRanks: quintileMinRanks(e.rankedCount) }));
  await tx.query(
    'upsertEditions',
    sql.query`insert into editions (edition, title, publisher, published_on, source_id, licence, attribution,
                                    ranked_count, quintile_min_ranks, origin)
              select edition, title, publisher, "publishedOn"::date, "sourceId", licence, attribution,
                     "rankedCount", "quintileMinRanks", ${sql.value(origin)}
              from json_to_recordset(${json(rows)}::json)
                as e(edition smallint, title text, publisher text, "publishedOn" text, "sourceId" text, licence text,
                     attribution text, "rankedCount" int, "quintileMinRanks" int[])
              on conflict (edition) do update set title = excluded.title, publisher = excluded.publisher,
                published_on = excluded.published_on, source_id = excluded.source_id, licence = excluded.licence,
                attribution = excluded.attribution, ranked_count = excluded.ranked_count,
                quintile_min_ranks = excluded.quintile_min_ranks, origin = excluded.origin, loaded_at = now()`,
  );
}
