/** SQL for the data version (db/migrations/0009_data_version.sql). */
import { type Queryable, sql } from '../db';

/** The version of the served data; 0 when the table is missing (a database not migrated yet). */
export async function currentDataVersion(db: Queryable): Promise<number> {
  const rows = await db.query<{ version: string }>(
    'currentDataVersion',
    sql.query`select version::text as version from data_version`,
  );
  return Number(rows[0]?.version ?? 0);
}
