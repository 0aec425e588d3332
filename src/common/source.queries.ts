/** SQL for data sources. */
import { type Queryable, sql } from '../db';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string | null;
  licence: string;
  attribution: string;
}

export function allSources(db: Queryable): Promise<SourceRow[]> {
  return db.query<SourceRow>('allSources', sql.query`select id, title, publisher, published, url, licence, attribution from sources order by id`);
}
