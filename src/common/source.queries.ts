/** SQL for data sources, and their per-request loader (from the reference cache). */
import { type Queryable, sql } from '../db';
import { defineLoaders } from './context';
import { once } from './loader';

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
  return db.query<SourceRow>(
    'allSources',
    sql.query`select id, title, publisher, published, url, licence, attribution from sources order by id`,
  );
}

export const SourceLoaders = defineLoaders('sources', ({ db, reference }) => ({
  all: once(() => reference.get('sources', () => allSources(db))),
}));
