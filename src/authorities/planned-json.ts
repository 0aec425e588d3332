/**
 * Districts as JSON built by PostgreSQL: when every field a list of districts asks for is one SQL
 * can build (the district's own scalars, and planned fields that declare `json`), the list's
 * statement returns the list's JSON whole, and the response takes it as it came (RawJson): no
 * row objects, no resolver per field and district, no serialising. Answered by resolvers, a list
 * of 326 districts with their rank and band cost the server 5.2 ms of CPU where the hand-written
 * floor spends 1.1 ms (bench/results/profile-before.md): graphql-js's walk, pg's parsing of the
 * rows and the garbage of both; built so, 0.9 ms (profile-after.md).
 *
 * How a selection becomes SQL: graphql-js's own collectSubfields resolves fragments, `@include`
 * and `@skip` and merges fields by response key, exactly as execution would; each response key
 * becomes a key of the object PostgreSQL writes, in the same order, so the JSON is the one the resolvers
 * would have written. A field SQL does not build (arguments, a resolver-only field, a plan that
 * could not be made) makes the whole selection null, and the resolvers answer it as before.
 * The same answers both ways are a property test (test/filter/json-lists.spec.ts).
 */
import { GraphQLObjectType, getNamedType, isLeafType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
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

/**
 * At most this many keys per object: the object is one call of `concat`, which takes at most 100
 * arguments (two a key, and the closing brace). A larger selection is left to the resolvers.
 */
const MAX_KEYS = 49;

/**
 * The JSON object of a selection, as SQL giving its text: `__typename` is the type's name, a
 * plain leaf (no arguments) the value `columns` gives for its name (written by `to_json`), any
 * other field the JSON text `nested` gives for it (SQL null is JSON null). Null when a field has
 * neither. The text is one `concat('{"code":', to_json(a.code)::text, …, '}')`. Measured on the
 * list of 326 districts with rank and band, PostgreSQL wrote such text in 0.70 ms, where
 * json_build_object took 0.88 ms (and pads every key with spaces) and row_to_json of a subquery
 * per object 1.24 ms; one `concat` rather than a chain of `||`, which copies the growing text
 * at every step. Keys are GraphQL names (the parser admits only [_A-Za-z][_0-9A-Za-z]*), quoted
 * by JSON.stringify and passed as values.
 */
export function jsonObjectSql(
  selection: JsonSelection,
  columns: Readonly<Record<string, SQLQuery>>,
  nested?: (field: SelectedField) => SQLQuery | null,
): SQLQuery | null {
  if (selection.fields.length > MAX_KEYS) return null;
  if (selection.fields.length === 0) return sql.query`${sql.literal('{}')}`;
  const parts: SQLQuery[] = [];
  for (const [i, field] of selection.fields.entries()) {
    let text: SQLQuery | null;
    if (field.name === '__typename') text = sql.query`${sql.literal(JSON.stringify(selection.type.name))}`;
    else if (selection.isPlainLeaf(field))
      text = Object.hasOwn(columns, field.name) ? sql.query`to_json(${columns[field.name]!})::text` : null;
    else text = nested ? nested(field) : null;
    if (!text) return null;
    parts.push(
      sql.query`${sql.literal(`${i === 0 ? '{' : ','}${JSON.stringify(field.key)}:`)}::text`,
      sql.query`coalesce(${text}, 'null')`,
    );
  }
  parts.push(sql.query`${sql.literal('}')}::text`);
  return sql.query`concat(${sql.join(parts, ', ')})`;
}
