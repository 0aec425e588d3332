/** SQL for the readiness probe: is the data loaded? */
import { type Queryable, sql } from '../db';

export interface DataStatus {
  authorities: number;
  editions: number;
}

export async function dataStatus(db: Queryable): Promise<DataStatus> {
  const rows = await db.query<DataStatus>(
    'dataStatus',
    sql.query`select (select count(*)::int from authorities) as authorities, (select count(*)::int from editions) as editions`,
  );
  return rows[0] ?? { authorities: 0, editions: 0 };
}
