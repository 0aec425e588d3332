/**
 * Lists of districts without resolvers: when every field a list of districts asks for is one SQL
 * can fetch (the district's own scalars, and planned fields that declare `json`), the list's one
 * statement fetches each value as a text column, each item is made from its row by a builder
 * compiled once per document (compileRows), and the list goes into the response as it is, past
 * graphql-js (ListSplice), to be written by the response's one JSON.stringify: no resolver per field
 * and district, no completion of each value. Answered by resolvers, a list of 326 districts with
 * their rank and band cost the server 5.2 ms of CPU where the hand-written floor spends 1.1 ms
 * (bench/results/profile-before.md).
 *
 * Why not JSON built by PostgreSQL (as it was until 2026-12-05): PostgreSQL 15 looks up each
 * value's type and output function again on every call of to_json, concat or json_build_object,
 * so building the large list's 326 objects of 22 values took its statement from 1.7 ms (the same
 * values as columns) to 5.1-6.5 ms (pgbench, prepared, one client): CPU the two cores here share
 * with the server. Why not JSON text written here piece by piece: a string built of tens of
 * thousands of pieces (by `+=` or by one join) cost 1.7-2.6 ms to put together, where
 * JSON.stringify writes the same objects natively (bench/README.md).
 *
 * How a selection becomes a shape: graphql-js's own collectSubfields resolves fragments, `@include`
 * and `@skip` and merges fields by response key, exactly as execution would; each response key
 * becomes a key of the object made, in the same order, so the JSON is the one the resolvers
 * would have written. A field SQL does not fetch (arguments, a resolver-only field, a plan that
 * could not be made) makes the whole selection null, and the resolvers answer it as before.
 * The same answers both ways are a property test (test/filter/json-lists.spec.ts).
 */
import {
  GraphQLEnumType,
  GraphQLObjectType,
  getNamedType,
  isLeafType,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { sql, type SQLQuery } from '../db';

type SelectionScope = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

/** One field of a selection: its response key (the alias, or the name), its name and its AST nodes. */
export interface SelectedField {
  readonly key: string;
  readonly name: string;
  readonly nodes: readonly FieldNode[];
}

/** The fields a selection asks of an object type, by response key, as graphql-js collects them. */
export class JsonSelection {
  readonly fields: readonly SelectedField[];

  constructor(
    private readonly scope: SelectionScope,
    readonly type: GraphQLObjectType,
    nodes: readonly FieldNode[],
  ) {
    const collected = collectSubfields(scope.schema, scope.fragments, scope.variableValues, type, nodes);
    this.fields = [...collected].map(([key, fieldNodes]) => ({
      key,
      name: fieldNodes[0]!.name.value,
      nodes: fieldNodes,
    }));
  }

  /** The selection under a field whose type is an object (a list or not); null for a leaf. */
  below(field: SelectedField): JsonSelection | null {
    const type = getNamedType(this.type.getFields()[field.name]?.type);
    return type instanceof GraphQLObjectType ? new JsonSelection(this.scope, type, field.nodes) : null;
  }

  /** Whether the field is a leaf without arguments (its value is one column). */
  isPlainLeaf(field: SelectedField): boolean {
    const definition = this.type.getFields()[field.name];
    return definition !== undefined && definition.args.length === 0 && isLeafType(getNamedType(definition.type));
  }
}

/**
 * Tables a list's statement joins for its objects: a planned field that reads another table
 * joins it here (a left join on the district's code, at most one row per district) rather than
 * reading it in a subquery per district, which PostgreSQL runs as a scan per row on tables this
 * small. Aliases are made unique per statement.
 */
export class JsonJoins {
  private readonly joins: SQLQuery[] = [];

  /** The district's own tables beyond `authorities a` the objects read (AUTHORITY_JSON_TABLES). */
  readonly own = new Set<'boundaries' | 'populations'>();

  private count = 0;

  /** A fresh table alias, e.g. m_1. */
  alias(name: string): SQLQuery {
    this.count += 1;
    return sql.query`${sql.identifier(`${name}_${this.count}`)}`;
  }

  /** Adds a join, written with aliases from `alias`; it must give at most one row per district `a`. */
  add(join: SQLQuery): void {
    this.joins.push(join);
  }

  get sql(): SQLQuery {
    return sql.join(this.joins, ' ');
  }
}

/** How a value's text from PostgreSQL (`::text`) is written as JSON: `json` is JSON text already. */
export type JsonValueKind = 'string' | 'number' | 'boolean' | 'json';

/**
 * What a selection's JSON is made of: a value fetched as a column, a constant (`__typename`), or
 * an object of keyed parts that is null when `nullWhen` holds.
 */
export type JsonShape =
  | { readonly kind: 'value'; readonly sql: SQLQuery; readonly as: JsonValueKind }
  | { readonly kind: 'constant'; readonly text: string }
  | { readonly kind: 'object'; readonly fields: readonly JsonPart[]; readonly nullWhen?: SQLQuery };

export interface JsonPart {
  readonly key: string;
  readonly shape: JsonShape;
}

/** A value of the district's row that is JSON text already (an array PostgreSQL aggregates). */
export const jsonText = (text: SQLQuery): JsonShape => ({ kind: 'value', sql: text, as: 'json' });

/** The shape, null (as JSON) wherever `condition` holds. */
export const nullWhen = (shape: JsonShape, condition: SQLQuery): JsonShape =>
  shape.kind === 'object' ? { ...shape, nullWhen: condition } : shape;

/** How a leaf of this GraphQL type is made from its text: a number, a boolean, text, or JSON (other scalars, by `to_json`). */
function kindOf(type: GraphQLNamedType): JsonValueKind {
  if (type instanceof GraphQLEnumType) return 'string';
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'String':
    case 'ID':
      return 'string';
    default:
      return 'json';
  }
}

/** A leaf's value: scalars other than GraphQL's own as PostgreSQL's JSON of them, as before 2026-12-05. */
const leafShape = (column: SQLQuery, as: JsonValueKind): JsonShape =>
  as === 'json' ? { kind: 'value', sql: sql.query`to_json(${column})`, as } : { kind: 'value', sql: column, as };

/**
 * The JSON object of a selection: `__typename` is the type's name, a plain leaf (no arguments)
 * the value `columns` gives for its name, any other field the shape `nested` gives for it. Null
 * when a field has neither. Keys are GraphQL names (the parser admits only [_A-Za-z][_0-9A-Za-z]*).
 */
export function jsonObject(
  selection: JsonSelection,
  columns: Readonly<Record<string, SQLQuery>>,
  nested?: (field: SelectedField) => JsonShape | null,
): JsonShape | null {
  const fields: JsonPart[] = [];
  for (const field of selection.fields) {
    let shape: JsonShape | null;
    if (field.name === '__typename') shape = { kind: 'constant', text: JSON.stringify(selection.type.name) };
    else if (selection.isPlainLeaf(field))
      shape = Object.hasOwn(columns, field.name)
        ? leafShape(columns[field.name]!, kindOf(getNamedType(selection.type.getFields()[field.name]!.type)))
        : null;
    else shape = nested ? nested(field) : null;
    if (!shape) return null;
    fields.push({ key: field.key, shape });
  }
  return { kind: 'object', fields };
}

/**
 * A shape as SQL giving its JSON text, for JSON PostgreSQL must build itself (the items of an
 * array it aggregates per district): one `concat('{"code":', to_json(a.code)::text, …, '}')`.
 */
export function jsonTextSql(shape: JsonShape): SQLQuery {
  if (shape.kind === 'constant') return sql.query`${sql.literal(shape.text)}::text`;
  if (shape.kind === 'value') return shape.as === 'json' ? shape.sql : sql.query`to_json(${shape.sql})::text`;
  if (shape.fields.length === 0) return sql.query`${sql.literal('{}')}::text`;
  const parts: SQLQuery[] = [];
  for (const [i, { key, shape: part }] of shape.fields.entries()) {
    parts.push(
      sql.query`${sql.literal(`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`)}::text`,
      sql.query`coalesce(${jsonTextSql(part)}, 'null')`,
    );
  }
  parts.push(sql.query`${sql.literal('}')}::text`);
  const object = concatSql(parts);
  return shape.nullWhen ? sql.query`(case when ${shape.nullWhen} then null else ${object} end)` : object;
}

/** `concat` of the parts; it takes at most 100 arguments, so a longer list is concatenated in groups. */
function concatSql(parts: SQLQuery[]): SQLQuery {
  if (parts.length <= 100) return sql.query`concat(${sql.join(parts, ', ')})`;
  const groups: SQLQuery[] = [];
  for (let i = 0; i < parts.length; i += 100) groups.push(concatSql(parts.slice(i, i + 100)));
  return concatSql(groups);
}

/** Makes one list item (a plain object, as the resolvers would have completed it) from a row of the statement. */
export type RowBuilder = (row: Readonly<Record<string, string | null>>) => unknown;

/** The column alias of the statement's `at`th value. */
export const columnAlias = (at: number): string => `c${at}`;

/**
 * A property of an object literal: quoted, and computed for `__proto__` (a GraphQL alias may be
 * that name), which a plain literal key would take as the object's prototype.
 */
const propertyKey = (key: string): string => (key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key));

/**
 * The columns a list's statement selects for these shapes (each value `::text`, each object's
 * null condition as 'true' or 'false', aliased by columnAlias), and for each shape a builder of
 * its value from a row of those columns: numbers as by Number (the resolvers' values, so the same
 * JSON), booleans, text as it came, JSON PostgreSQL aggregated parsed.
 *
 * A builder is one function made from the shape's source, `(r) => ({ "code": r.c0, … })`, with
 * new Function, as graphql-jit and fast-json-stringify make theirs: every row has the driver's
 * one hidden class and every item the literal's, so reading the row and making the item are a
 * few machine instructions a value. Built of closures, a key and a function a value, making the
 * large list's 326 items cost 0.75 ms a request (bench/README.md, "The large list, 2026-12-05").
 * The source holds no text of the request but response keys (GraphQL names,
 * [_A-Za-z][_0-9A-Za-z]*, quoted by JSON.stringify), the type's name and the column aliases made
 * here.
 */
export function compileRows(shapes: readonly JsonShape[]): { columns: SQLQuery[]; builders: RowBuilder[] } {
  const columns: SQLQuery[] = [];
  const column = (text: SQLQuery): string => `r.${columnAlias(columns.push(text) - 1)}`;
  const source = (shape: JsonShape): string => {
    if (shape.kind === 'constant') return shape.text; // JSON text of a string: a JavaScript literal too
    if (shape.kind === 'value') {
      const c = column(sql.query`(${shape.sql})::text`);
      switch (shape.as) {
        case 'string':
          return c;
        case 'number':
          return `(${c} === null ? null : +${c})`;
        case 'boolean':
          return `(${c} === null ? null : ${c} === "true")`;
        default:
          return `(${c} === null ? null : JSON.parse(${c}))`;
      }
    }
    const isNull = shape.nullWhen ? column(sql.query`(${shape.nullWhen})::text`) : null;
    const object = `{${shape.fields.map(({ key, shape: part }) => `${propertyKey(key)}: ${source(part)}`).join(', ')}}`;
    return isNull ? `(${isNull} === "true" ? null : ${object})` : `(${object})`;
  };
  const builders = shapes.map((shape) => new Function('r', `return ${source(shape)};`) as RowBuilder);
  return { columns, builders };
}
