/**
 * The one writer of provenance, used by the seed load and by edition imports: data sources with
 * their licences, and index editions. An edition is written with the thresholds its bands and
 * quintiles are read from, computed here by the rule (quintileMinRanks, mobility.rules.ts) from
 * the number of districts it ranks.
 */
import { type Queryable, sql } from '../db';
import { quintileMinRanks } from '../mobility/mobility.rules';

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string | null;
  licence: string;
  attribution: string;
}

export interface EditionRecord {
  edition: number;
  title: string;
  publisher: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  sourceId: string | null;
  licence: string;
  attribution: string;
  /** N, the number of districts the edition ranks. */
  rankedCount: number;
}

const json = (value: unknown) => sql.value(JSON.stringify(value));

export async function upsertSources(tx: Queryable, sources: SourceRecord[]): Promise<void> {
  const rows = sources.map(({ id, title, publisher, published, url, licence, attribution }) => ({ id, title, publisher, published, url, licence, attribution }));
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

export async function upsertEditions(tx: Queryable, editions: EditionRecord[], origin: 'seed' | 'import'): Promise<void> {
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
