/**
 * Look-ahead for LocalAuthority: from a resolver's selection (graphql-parse-resolve-info), what
 * to fetch for the districts it returns, in as few statements as can be.
 * - A district is fetched from its own tables only when a column of it is selected (name,
 *   population, area, region, population estimate). Everything else a LocalAuthority answers
 *   needs only its code, so a neighbour or a nearest hotspot of which only `code` (or fields of
 *   other domains) is asked costs no statement of its own.
 * - Fields another domain owns (mobility, classification) can be fetched with the rows: each
 *   such domain provides a PlannedField, a column that answers the field from the same
 *   statement; its resolver reads the value with `plannedValue` and uses its loader otherwise.
 * The domains above this one register their PlannedFields in the request context
 * (server/context.ts), so this layer needs to know none of them.
 */
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { SQLQuery } from '../db';

/** LocalAuthority fields answered from the district's own row (authority.queries.ts). */
const ROW_FIELDS = new Set(['name', 'population', 'areaKm2', 'region', 'populationEstimate']);

/** A field of LocalAuthority that can be answered by a column of the rows' own statement. */
export interface PlannedField {
  field: string;
  /** The column that answers one selection of the field (its arguments), named by `key`; null: not planned. */
  column(args: Record<string, unknown>): Promise<{ key: string; sql: SQLQuery } | null>;
}

export interface AuthorityPlan {
  /** Whether the district's own row is needed (else a district is just its code). */
  row: boolean;
  /** Extra columns of the row statement, by key. */
  columns: Map<string, SQLQuery>;
  /** Identifies the columns, for one DataLoader per plan. */
  key: string;
}

/**
 * Where LocalAuthority objects sit below a resolver's field: [] for the field itself, or steps of
 * [type, field], e.g. [['AuthorityConnection', 'nodes']] for a connection's nodes.
 */
export type SelectionPath = [typeName: string, field: string][];

/** The LocalAuthority selections below a resolver's field, at each of `paths`. */
function selections(info: GraphQLResolveInfo, paths: SelectionPath[]): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return [];
  return paths.flatMap((path) => {
    let level: ResolveTree[] = [tree];
    for (const [typeName, field] of path) {
      level = level.flatMap((t) => Object.values(t.fieldsByTypeName[typeName] ?? {}).filter((f) => f.name === field));
    }
    return level;
  });
}

/** The plan for the LocalAuthority objects a resolver returns at `paths` below its field. */
export async function planAuthorities(info: GraphQLResolveInfo, planners: readonly PlannedField[], paths: SelectionPath[] = [[]]): Promise<AuthorityPlan> {
  const fields = selections(info, paths).flatMap((t) => Object.values(t.fieldsByTypeName.LocalAuthority ?? {}));
  const columns = new Map<string, SQLQuery>();
  for (const f of fields) {
    const planner = planners.find((p) => p.field === f.name);
    const column = planner ? await planner.column(f.args as Record<string, unknown>) : null;
    if (column) columns.set(column.key, column.sql);
  }
  const row = fields.some((f) => ROW_FIELDS.has(f.name));
  return { row, columns, key: [...columns.keys()].sort().join(',') };
}

/** Whether a plan needs nothing of a district but its code (no own column, no planned field). */
export const codeOnly = (plan: AuthorityPlan | undefined): boolean => plan !== undefined && !plan.row && plan.columns.size === 0;

/** Plans computed once per field of the operation (a list resolves the same field once per item). */
export class PlanCache {
  private readonly plans = new WeakMap<FieldNode, Promise<AuthorityPlan>>();

  private planners: readonly PlannedField[] | undefined;

  /** `makePlanners` is called at the first plan made: a request that plans nothing builds no loader for it. */
  constructor(private readonly makePlanners: () => readonly PlannedField[]) {}

  for(info: GraphQLResolveInfo, paths: SelectionPath[] = [[]]): Promise<AuthorityPlan> {
    const node = info.fieldNodes[0]!;
    let plan = this.plans.get(node);
    if (!plan) {
      plan = planAuthorities(info, (this.planners ??= this.makePlanners()), paths);
      this.plans.set(node, plan);
    }
    return plan;
  }
}

/** The value a planned column brought with the row; undefined when the row was not planned with it. */
export function plannedValue<T>(authority: object, key: string): T | undefined {
  return (authority as Record<string, T | undefined>)[`planned:${key}`];
}
