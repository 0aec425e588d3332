/**
 * Planned fields: fields of LocalAuthority answered from the one statement that fetches the
 * districts, instead of a statement (or a promise) per district. A list of 326 districts with
 * their rank, band, region and nearest hotspot is then one statement and a synchronous walk.
 *
 * A domain declares such a field once, with `plannedField({...})`, beside its resolver, and ties
 * the two with `@Extensions(planned(theField))`:
 * - `args`: the field's @Args class. A selection is planned only when its arguments pass it; any
 *   other selection goes to the resolver, which validates it and reports the error. So an answer
 *   given at once never skips a check.
 * - `plan(args, scope)`: what the selection needs (the edition it names, the regions), or null
 *   when it cannot be planned (an edition that is not loaded: the resolver reports it). It may
 *   use loaders; it runs once per selection of the operation, before the districts are fetched.
 * - `column(plan)`: the column it adds to the districts' statement: JSON built by PostgreSQL,
 *   named by a PlannedColumn whose id says what it holds (the same id, the same value).
 * - `answer(value, plan, district)`: the field's value, synchronously, from the plan and the
 *   column's value for that district.
 * - `json(plan, selection, joins)`, optional: the shape of the field's JSON for the district `a`
 *   (planned-json.ts): the SQL of each value, for the selection under it (null for a leaf), with
 *   the tables it reads joined through `joins`; null when that selection asks for what SQL does
 *   not fetch. It lets a whole list be fetched by one statement and written as JSON at once.
 * - The resolver method (type-graphql) under it is the loader fallback, for districts fetched
 *   without the plan (by another path) or selections that were not planned.
 *
 * How it runs: the resolver that returns districts asks AuthorityPlans for the plan of its
 * selection (`for(info, paths)`): the selections are collected as graphql-js executes them
 * (collectSubfields), so each planned field's selection is known by its AST node, and the plan
 * is kept by that node. When graphql-js then resolves the field on each district, the field's
 * resolver (wrapped once, by answerPlannedFields, when the schema is built) finds the plan by
 * the same node and answers from it when the district carries the column's value. A node always
 * has the same arguments within a request, so there is no key to rebuild from them.
 */
import {
  getArgumentValues,
  getNamedType,
  GraphQLObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { argsAreValid, defineLoaders, type LoaderScope, type RequestContext } from '../common';
import {
  AUTHORITY_JSON,
  AUTHORITY_JSON_TABLES,
  plannedAlias,
  type AuthorityPlan,
  type AuthorityRow,
  type PlannedColumn,
} from './authority.queries';
import { jsonObject, type JsonJoins, type JsonSelection, type JsonShape } from './planned-json';

/** The value a planned column brought with the district; undefined when it was fetched without it. */
export function plannedValue<V>(district: object, column: PlannedColumn<V>): V | undefined {
  return (district as Record<string, V | undefined>)[plannedAlias(column.id)];
}

export interface PlannedField<A extends object, P, V, R> {
  /** The field's @Args class; omitted for a field without arguments. */
  readonly args?: new () => A;
  /** The answer needs the district's own row (its region code), not only its code. */
  readonly row?: boolean;
  plan(args: A, scope: LoaderScope): P | null | Promise<P | null>;
  column?(plan: P): PlannedColumn<V>;
  answer(value: V, plan: P, district: AuthorityRow): R;
  json?(plan: P, selection: JsonSelection | null, joins: JsonJoins): JsonShape | null;
}

type AnyPlannedField = PlannedField<any, any, any, unknown>;

/** Declares a planned field (see above). */
export const plannedField = <A extends object, P, V, R>(field: PlannedField<A, P, V, R>): PlannedField<A, P, V, R> =>
  field;

const EXTENSION = 'atlasPlanned';

/** The field extensions that tie a resolver to its declaration: `@Extensions(planned(field))`. */
export const planned = (field: AnyPlannedField): Record<string, unknown> => ({ [EXTENSION]: field });

const declarationOf = (field: GraphQLField<unknown, unknown>): AnyPlannedField | undefined =>
  field.extensions[EXTENSION] as AnyPlannedField | undefined;

/** Whether a plan needs nothing of a district but its code (no own column, no planned field). */
export const codeOnly = (plan: AuthorityPlan | undefined): boolean =>
  plan !== undefined && !plan.row && plan.columns.size === 0;

/**
 * Where LocalAuthority objects sit below a resolver's field: [] for the field itself, or steps of
 * [type, field], e.g. [['AuthorityConnection', 'nodes']] for a connection's nodes.
 */
export type SelectionPath = [typeName: string, field: string][];

/** LocalAuthority fields answered from the district's own row (authority.queries.ts). */
const ROW_FIELDS = new Set(['name', 'population', 'areaKm2', 'populationEstimate']);

interface Selection {
  type: GraphQLObjectType;
  nodes: readonly FieldNode[];
}

/** The LocalAuthority selections below a resolver's field at `paths`, as graphql-js collects them. */
function authoritySelections(info: GraphQLResolveInfo, paths: SelectionPath[]): Selection[] {
  const start = getNamedType(info.returnType);
  if (!(start instanceof GraphQLObjectType)) return [];
  const sub = (s: Selection) => collectSubfields(info.schema, info.fragments, info.variableValues, s.type, s.nodes);
  return paths
    .flatMap((path) => {
      let level: Selection[] = [{ type: start, nodes: info.fieldNodes }];
      for (const [typeName, field] of path) {
        level = level.flatMap((s) => {
          if (s.type.name !== typeName) return [];
          const type = getNamedType(s.type.getFields()[field]?.type);
          if (!(type instanceof GraphQLObjectType)) return [];
          return [...sub(s).values()]
            .filter((nodes) => nodes[0]!.name.value === field)
            .map((nodes) => ({ type, nodes }));
        });
      }
      return level.filter((s) => s.type.name === 'LocalAuthority');
    })
    .flatMap((s) => [...sub(s).values()].map((nodes) => ({ type: s.type, nodes })));
}

interface NodePlan {
  field: AnyPlannedField;
  plan: unknown;
  column: PlannedColumn<unknown> | undefined;
}

/** The plans of one request, by the AST node of each planned selection. */
export class PlanCache {
  private readonly byNode = new WeakMap<FieldNode, NodePlan | null>();

  private readonly byField = new WeakMap<FieldNode, Promise<AuthorityPlan>>();

  constructor(private readonly scope: LoaderScope) {}

  /** The plan for the LocalAuthority objects a resolver returns at `paths` below its field; made once per field of the operation. */
  for(info: GraphQLResolveInfo, paths: SelectionPath[] = [[]]): Promise<AuthorityPlan> {
    const node = info.fieldNodes[0]!;
    let plan = this.byField.get(node);
    if (!plan) {
      plan = this.make(info, paths);
      this.byField.set(node, plan);
    }
    return plan;
  }

  /**
   * The JSON shape of a district of this selection (planned-json.ts): its own scalars from
   * AUTHORITY_JSON, planned fields from their `json`. Null when any field cannot be fetched so.
   * Call after `for`, which makes the plans of the selection's planned fields.
   */
  jsonOf(selection: JsonSelection, joins: JsonJoins): JsonShape | null {
    for (const { name } of selection.fields) {
      const table = Object.hasOwn(AUTHORITY_JSON_TABLES, name) ? AUTHORITY_JSON_TABLES[name] : undefined;
      if (table) joins.own.add(table);
    }
    return jsonObject(selection, AUTHORITY_JSON, (selected) => {
      const field = declarationOf(selection.type.getFields()[selected.name]!);
      const made = field?.json ? this.planOf(selected.nodes[0]!) : undefined;
      return made?.field.json ? made.field.json(made.plan, selection.below(selected), joins) : null;
    });
  }

  /** The plan made for a planned field's selection, or undefined. */
  planOf(node: FieldNode): NodePlan | undefined {
    return this.byNode.get(node) ?? undefined;
  }

  private async make(info: GraphQLResolveInfo, paths: SelectionPath[]): Promise<AuthorityPlan> {
    const columns: AuthorityPlan['columns'] = new Map();
    let row = false;
    for (const { type, nodes } of authoritySelections(info, paths)) {
      const node = nodes[0]!;
      const definition = type.getFields()[node.name.value];
      if (!definition) continue; // __typename
      if (ROW_FIELDS.has(definition.name)) row = true;
      const field = declarationOf(definition);
      if (!field) continue;
      let made = this.byNode.get(node);
      if (made === undefined) {
        const args = getArgumentValues(definition, node, info.variableValues) as Record<string, unknown>;
        const plan = !field.args || argsAreValid(field.args, args) ? await field.plan(args as never, this.scope) : null;
        made = plan === null ? null : { field, plan, column: field.column?.(plan) };
        this.byNode.set(node, made);
      }
      if (!made) continue;
      if (made.field.row) row = true;
      if (made.column) columns.set(made.column.id, made.column.sql);
    }
    return { row, columns, key: [...columns.keys()].sort().join(',') };
  }
}

/** The plans of the request (one PlanCache per request). */
export const AuthorityPlans = defineLoaders('authorityPlans', (scope) => new PlanCache(scope));

/**
 * Wraps the resolver of every planned field of the schema (`@Extensions(planned(...))`): the
 * answer comes from the plan when the district carries what it needs, else from the resolver.
 * Run once, when the schema is built. Synchronous answers keep a list's objects synchronous, so
 * graphql-js builds no promise per district.
 */
export function answerPlannedFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const definition of Object.values(type.getFields())) {
      if (!declarationOf(definition)) continue;
      if (type.name !== 'LocalAuthority')
        throw new Error(`${type.name}.${definition.name}: only fields of LocalAuthority can be planned`);
      const resolve = definition.resolve;
      if (!resolve) throw new Error(`LocalAuthority.${definition.name} is planned but has no resolver to fall back to`);
      const wrapped: GraphQLFieldResolver<AuthorityRow, RequestContext> = (district, args, ctx, info) => {
        const made = ctx.use(AuthorityPlans).planOf(info.fieldNodes[0]!);
        if (made) {
          if (!made.column) return made.field.answer(undefined, made.plan, district);
          const value = plannedValue(district, made.column);
          if (value !== undefined) return made.field.answer(value, made.plan, district);
        }
        return resolve(district, args, ctx, info);
      };
      definition.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}
