/**
 * SQL composition: the pg-sql2 tag. Values enter only through `sql.value` (a placeholder),
 * identifiers only from fixed maps in the code; caller data is never concatenated into text.
 */
import * as sql from 'pg-sql2';
import type { SQLQuery } from 'pg-sql2';

export { sql };
export type { SQLQuery };

export interface CompiledQuery {
  text: string;
  values: unknown[];
}

export function compile(query: SQLQuery): CompiledQuery {
  const { text, values } = sql.compile(query);
  return { text, values: values ?? [] };
}
