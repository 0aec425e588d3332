/**
 * A Db that runs nothing: it records each named statement's SQL text and values, and answers
 * with no rows (or with the rows `answers` gives for a statement name, where the caller needs
 * some to go on). The SQL snapshots are made with it.
 */
import type { Db, Queryable, Transaction } from '../../src/db/db';
import { compile, type SQLQuery } from '../../src/db/sql';

export interface RecordedStatement {
  name: string;
  text: string;
  values: unknown[];
}

export function recordingDb(answers: Record<string, object[]> = {}): Db & { statements: RecordedStatement[] } {
  const statements: RecordedStatement[] = [];
  const query: Queryable['query'] = async <R extends object>(name: string, q: SQLQuery): Promise<R[]> => {
    const { text, values } = compile(q);
    statements.push({ name, text, values });
    return (answers[name] ?? []) as R[];
  };
  const tx: Transaction = { query, exec: async () => undefined };
  return {
    statements,
    driver: 'pg',
    query,
    transaction: (fn) => fn(tx),
    ping: async () => undefined,
    poolStats: () => ({ total: 0, idle: 0, waiting: 0 }),
    enterReadOnly: async () => undefined,
    listen: async () => async () => undefined,
    close: async () => undefined,
  };
}
