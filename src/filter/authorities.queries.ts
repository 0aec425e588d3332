/** SQL for `Query.authorities`: one page of the districts matching criteria, in order, and their count. */
import {
  AUTHORITY_FROM,
  authorityColumns,
  codeOnly,
  type AuthorityPlan,
  type AuthorityRow,
  columnAlias,
  type JsonJoins,
  type RowBuilder,
} from '../authorities';
import { type Queryable, sql, type SQLQuery } from '../db';
import type { AuthorityCriteria } from './criteria';
import { sortSql, whereFromCriteria, type SortKey } from './criteria.sql';
import type { AuthorityOrder } from './order';

/** Fixed map from ordering to SQL: the only way an ORDER BY is built. */
export const ORDER_SQL: Record<AuthorityOrder, SQLQuery> = {
  CODE_ASC: sql.query`a.code asc`,
  CODE_DESC: sql.query`a.code desc`,
  NAME_ASC: sql.query`a.name asc, a.code asc`,
  NAME_DESC: sql.query`a.name desc, a.code asc`,
  RANK_ASC: sql.query`o.rank asc nulls last, a.code asc`,
  RANK_DESC: sql.query`o.rank desc nulls last, a.code asc`,
  SCORE_ASC: sql.query`o.score asc nulls last, a.code asc`,
  SCORE_DESC: sql.query`o.score desc nulls last, a.code asc`,
  POPULATION_ASC: sql.query`p.persons_mid2016 asc nulls last, a.code asc`,
  POPULATION_DESC: sql.query`p.persons_mid2016 desc nulls last, a.code asc`,
  AREA_ASC: sql.query`b.area_km2 asc, a.code asc`,
  AREA_DESC: sql.query`b.area_km2 desc, a.code asc`,
  IMD_RANK_ASC: sql.query`od.rank_of_average_score asc nulls last, a.code asc`,
  IMD_RANK_DESC: sql.query`od.rank_of_average_score desc nulls last, a.code asc`,
};

export interface PageRequest {
  order: AuthorityOrder;
  /** Edition RANK and SCORE orderings refer to. */
  orderEdition: number;
  limit: number;
  offset: number;
  /** Sort keys (the OGC API's sortby); when given they replace `order`. */
  sortBy?: readonly SortKey[];
}

/** The ORDER BY of a page: its sort keys if it has them, else its ordering. */
export function pageOrderSql(page: PageRequest): SQLQuery {
  return page.sortBy?.length ? sortSql(page.sortBy, page.orderEdition) : ORDER_SQL[page.order];
}

/** The district's own tables beyond `authorities a` (AUTHORITY_FROM joins both). */
export type OwnTable = 'boundaries' | 'populations';

const BOTH: ReadonlySet<OwnTable> = new Set<OwnTable>(['boundaries', 'populations']);
const NONE: ReadonlySet<OwnTable> = new Set<OwnTable>();

/** The joins of the own tables in `tables`, as AUTHORITY_FROM writes them (b and p). */
export function ownJoins(tables: ReadonlySet<OwnTable>): SQLQuery {
  const joins: SQLQuery[] = [];
  if (tables.has('boundaries')) joins.push(sql.query`join boundaries b on b.code = a.code`);
  if (tables.has('populations')) joins.push(sql.query`left join populations p on p.code = a.code`);
  return sql.join(joins, ' ');
}

/** The joins an ordering needs beyond the tables already `joined` (none for code or name). */
export function orderJoins(page: PageRequest, joined: ReadonlySet<OwnTable>): SQLQuery {
  const joins: SQLQuery[] = [];
  if (page.order.startsWith('RANK_') || page.order.startsWith('SCORE_')) {
    joins.push(
      sql.query`left join mobility_scores o on o.code = a.code and o.edition = ${sql.value(page.orderEdition)}`,
    );
  }
  if (page.order.startsWith('IMD_RANK_'))
    joins.push(sql.query`left join deprivation_domains od on od.code = a.code and od.domain = 'IMD'`);
  const needs = new Set<OwnTable>();
  if (page.order.startsWith('AREA_') && !joined.has('boundaries')) needs.add('boundaries');
  if (page.order.startsWith('POPULATION_') && !joined.has('populations')) needs.add('populations');
  return sql.join([...joins, ownJoins(needs)], ' ');
}

/**
 * One page of authorities matching the criteria, plus one extra row to tell if more follow, with
 * the columns the plan adds (other domains' fields of the districts, in the same statement).
 * When the plan needs neither the districts' own row nor any column, only their codes are read.
 */
export function findAuthorities(
  db: Queryable,
  criteria: AuthorityCriteria,
  page: PageRequest,
  plan?: AuthorityPlan,
): Promise<AuthorityRow[]> {
  const own = !codeOnly(plan);
  return db.query<AuthorityRow>(
    own ? 'findAuthorities' : 'findAuthorityCodes',
    sql.query`
      select ${own ? authorityColumns(plan) : sql.query`a.code`}
      from ${own ? AUTHORITY_FROM : sql.query`authorities a`} ${orderJoins(page, own ? BOTH : NONE)}
      where ${whereFromCriteria(criteria)}
      order by ${ORDER_SQL[page.order]}
      limit ${sql.value(page.limit + 1)} offset ${sql.value(page.offset)}`,
  );
}

export interface JsonPage {
  /** Rows the page read: one more than its size when more follow. */
  fetched: number;
  /** Each list's items, in the order of the builders. */
  lists: unknown[][];
}

/**
 * One page of authorities matching the criteria as list items without resolvers: the statement
 * selects the text of every value the items hold (`columns`, from authorities/planned-json.ts
 * compileRows), in the page's order, plus one extra row that tells whether more follow; each
 * builder makes one list's item from a row. `joins` are the tables the values read
 * (authorities/planned-json.ts JsonJoins).
 */
export async function findAuthoritiesJson(
  db: Queryable,
  criteria: AuthorityCriteria,
  page: PageRequest,
  json: { columns: readonly SQLQuery[]; builders: readonly RowBuilder[] },
  joins: JsonJoins,
): Promise<JsonPage> {
  const selected = json.columns.length > 0 ? json.columns : [sql.query`null::text`];
  const rows = await db.query<Record<string, string | null>>(
    'findAuthoritiesJson',
    sql.query`
      select ${sql.join(
        selected.map((c, i) => sql.query`${c} as ${sql.identifier(columnAlias(i))}`),
        ', ',
      )}
      from authorities a ${ownJoins(joins.own)} ${joins.sql} ${orderJoins(page, joins.own)}
      where ${whereFromCriteria(criteria)}
      order by ${ORDER_SQL[page.order]}
      limit ${sql.value(page.limit + 1)} offset ${sql.value(page.offset)}`,
  );
  const shown = rows.slice(0, page.limit);
  return {
    fetched: rows.length,
    lists: json.builders.map((build) => shown.map(build)),
  };
}

export async function countAuthorities(db: Queryable, criteria: AuthorityCriteria): Promise<number> {
  const rows = await db.query<{ count: number }>(
    'countAuthorities',
    sql.query`select count(*)::int as count from authorities a where ${whereFromCriteria(criteria)}`,
  );
  return rows[0]?.count ?? 0;
}
