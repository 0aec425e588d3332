/**
 * CQL2 filters for the OGC API (OGC API – Features Part 3; CQL2, OGC 21-065r2), in both
 * encodings: cql2-text, parsed by a parser peggy generates from our grammar (cql2-text.peggy,
 * written from the standard's BNF), and cql2-json. The text parser returns the JSON form, so one
 * compiler turns either into AuthorityCriteria, the criteria GraphQL's filter becomes: the same
 * SQL builders (filter/criteria.sql.ts) answer both. Every problem is a 400 naming `filter`, and
 * for cql2-text the position of the token.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, type Parser } from 'peggy';
import { BadUserInputError, validGeometry, type LoaderScope } from '../../common';
import { projectRoot } from '../../config';
import {
  COMPARABLE_PROPERTIES,
  type AuthorityCriteria,
  type ComparableProperty,
  type Comparison,
  type Operand,
  type SpatialRelation,
} from '../../filter';

export const FILTER_LANGS = ['cql2-text', 'cql2-json'] as const;
export type FilterLang = (typeof FILTER_LANGS)[number];

/** Limits of one filter, as GraphQL's filter has: its length, its nesting, its predicates. */
export const FILTER_LIMITS = { maxLength: 8000, maxDepth: 10, maxPredicates: 100, maxSpatial: 5 } as const;

const GRAMMAR = path.join(projectRoot(), 'src', 'maps', 'cql2', 'cql2-text.peggy');
let parser: Parser | undefined;
/** The cql2-text parser, generated from the grammar the first time a text filter comes. */
function textParser(): Parser {
  parser ??= generate(readFileSync(GRAMMAR, 'utf8'));
  return parser;
}

/** A filter as parsed: the CQL2 JSON tree, and where each property name stood in the text. */
export interface ParsedFilter {
  tree: unknown;
  lang: FilterLang;
  positions: WeakMap<object, number>;
}

export function parseFilter(text: string, lang: FilterLang): ParsedFilter {
  if (text.length > FILTER_LIMITS.maxLength)
    throw new BadUserInputError(
      'filter',
      `filter must be at most ${FILTER_LIMITS.maxLength} characters long (got ${text.length})`,
    );
  const positions = new WeakMap<object, number>();
  if (lang === 'cql2-json') {
    try {
      return { tree: JSON.parse(text) as unknown, lang, positions };
    } catch (err) {
      throw new BadUserInputError(
        'filter',
        `filter is not valid JSON (filter-lang=cql2-json): ${(err as Error).message}`,
      );
    }
  }
  try {
    return { tree: textParser().parse(text, { positions }), lang, positions };
  } catch (err) {
    const e = err as { location?: { start: { offset: number; line: number; column: number } }; expected?: Expected[] };
    if (!e.location) throw err;
    throw new BadUserInputError('filter', syntaxMessage(text, e.location.start, e.expected ?? []));
  }
}

interface Expected {
  type: string;
  description?: string;
  text?: string;
}

/** What a syntax error says: where, what stood there, and what could have. */
function syntaxMessage(
  text: string,
  at: { offset: number; line: number; column: number },
  expected: Expected[],
): string {
  const where = `at position ${at.offset + 1} (line ${at.line}, column ${at.column})`;
  const rest = text.slice(at.offset);
  // A name followed by "(" that is none of ours: a function (CASEI, T_BEFORE, avg, …).
  const called = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(text.slice(0, at.offset));
  if (rest.trimStart().startsWith('(') && called)
    return `filter is not valid CQL2 text: ${called[1]}(…) ${where} is not a function this API evaluates; it evaluates comparisons, LIKE, BETWEEN, IN, IS NULL, AND, OR, NOT and the spatial functions S_INTERSECTS, S_EQUALS, S_DISJOINT, S_TOUCHES, S_WITHIN, S_OVERLAPS, S_CROSSES, S_CONTAINS and S_DWITHIN`;
  const found = rest === '' ? 'the end of the filter' : JSON.stringify(rest.split(/[\s,()]/)[0] || rest[0]);
  const wanted = [
    ...new Set(
      expected
        .filter((x) => x.type !== 'class' && x.description !== 'whitespace')
        .map((x) => (x.type === 'end' ? 'the end of the filter' : (x.description ?? x.text ?? x.type))),
    ),
  ].slice(0, 8);
  return `filter is not valid CQL2 text: unexpected ${found} ${where}${wanted.length ? `; expected ${wanted.join(', ')}` : ''}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const BINARY_OPS = ['=', '<>', '<', '<=', '>', '>='] as const;
const SPATIAL_OPS: Record<string, SpatialRelation> = {
  s_intersects: 'intersects',
  s_equals: 'equals',
  s_disjoint: 'disjoint',
  s_touches: 'touches',
  s_within: 'within',
  s_overlaps: 'overlaps',
  s_crosses: 'crosses',
  s_contains: 'contains',
  s_dwithin: 'dwithin',
};
/** The queryable holding each district's boundary. */
export const GEOMETRY_PROPERTY = 'geometry';
const BANDS = ['HOTSPOT', 'COLDSPOT', 'NEITHER'];

type Kind = (typeof COMPARABLE_PROPERTIES)[ComparableProperty];

/**
 * Compiles a parsed filter to criteria in `edition` (what rank, score, band and quintile refer
 * to), checking every property against the queryables and every operand's type.
 */
export async function compileFilter(
  scope: LoaderScope,
  parsed: ParsedFilter,
  edition: number,
  srid: 4326 | 27700 = 4326,
): Promise<AuthorityCriteria> {
  const { positions } = parsed;
  let predicates = 0;
  let spatial = 0;
  const where = (node: unknown): string => {
    const at = isObject(node) ? positions.get(node) : undefined;
    return at === undefined ? '' : ` at position ${at + 1}`;
  };
  const fail = (message: string): never => {
    throw new BadUserInputError('filter', `filter: ${message}`);
  };
  const show = (node: unknown): string => JSON.stringify(node)?.slice(0, 60) ?? String(node);

  const property = (node: Record<string, unknown>): ComparableProperty => {
    const name = node.property;
    if (typeof name !== 'string') return fail(`a property must be named by a string (got ${show(node)})`);
    if (name === GEOMETRY_PROPERTY)
      return fail(
        `${GEOMETRY_PROPERTY}${where(node)} can only be used in a spatial function (S_INTERSECTS, S_WITHIN, …)`,
      );
    if (!Object.hasOwn(COMPARABLE_PROPERTIES, name))
      return fail(
        `unknown property ${JSON.stringify(name)}${where(node)}; the queryables are ${[...Object.keys(COMPARABLE_PROPERTIES), GEOMETRY_PROPERTY].join(', ')}`,
      );
    return name as ComparableProperty;
  };

  /** An operand and its kind: a property, or a string, number or boolean literal. */
  const operand = (
    node: unknown,
  ): { operand: Operand; kind: Kind | 'string' | 'number' | 'boolean'; name?: string } => {
    if (isObject(node) && 'property' in node) {
      const name = property(node);
      return { operand: { property: name }, kind: COMPARABLE_PROPERTIES[name], name };
    }
    if (typeof node === 'string' || typeof node === 'boolean')
      return { operand: { value: node }, kind: typeof node as 'string' | 'boolean' };
    if (typeof node === 'number' && Number.isFinite(node)) return { operand: { value: node }, kind: 'number' };
    if (isObject(node) && ('timestamp' in node || 'date' in node || 'interval' in node))
      return fail(`temporal values are not supported: these collections have no time queryables (got ${show(node)})`);
    if (isObject(node) && 'op' in node)
      return fail(`functions and arithmetic are not supported as operands (got ${show(node)})`);
    return fail(`expected a property, a string, a number or a boolean (got ${show(node)})`);
  };
  const numeric = (k: string) => k === 'integer' || k === 'number';
  const compatible = (a: string, b: string) => a === b || (numeric(a) && numeric(b));
  /** Checks that a band is compared with one of the bands, in capitals, rather than finding nothing. */
  const checkBand = (a: ReturnType<typeof operand>, b: ReturnType<typeof operand>) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      if (x.name === 'band' && 'value' in y.operand && !BANDS.includes(String(y.operand.value)))
        fail(`band is one of ${BANDS.join(', ')} (got ${JSON.stringify(y.operand.value)})`);
  };

  const comparison = (op: Comparison['op'], args: unknown[]): AuthorityCriteria => {
    const operands = args.map(operand);
    // A boolean property against 0 or 1 reads them as false and true: GIS clients (GDAL's OAPIF
    // driver among them) hold booleans as integers and send `coastal = 1`.
    if (operands.some((o) => o.name && o.kind === 'boolean'))
      for (const o of operands)
        if ('value' in o.operand && (o.operand.value === 0 || o.operand.value === 1)) {
          o.operand = { value: o.operand.value === 1 };
          o.kind = 'boolean';
        }
    const [first] = operands;
    const label = (o: ReturnType<typeof operand>) =>
      o.name ? `${o.name} (${o.kind})` : `${show('value' in o.operand ? o.operand.value : '')} (${o.kind})`;
    if (op === 'like') {
      for (const o of operands) if (o.kind !== 'string') fail(`LIKE compares strings; ${label(o)} is not one`);
    } else if (op === 'between') {
      for (const o of operands) if (!numeric(o.kind)) fail(`BETWEEN compares numbers; ${label(o)} is not one`);
    } else if (op !== 'isNull') {
      for (const o of operands.slice(1)) {
        if (!compatible(first!.kind, o.kind)) fail(`${label(first!)} cannot be compared with ${label(o)}`);
        checkBand(first!, o);
      }
      if (first!.kind === 'boolean' && op !== '=' && op !== '<>' && op !== 'in')
        fail(`booleans can only be compared with = and <> (got ${op})`);
    }
    return { edition, compare: { op, args: operands.map((o) => o.operand) } };
  };

  const geometryOperand = async (node: unknown): Promise<string | 'property'> => {
    if (isObject(node) && 'property' in node) {
      if (node.property === GEOMETRY_PROPERTY) return 'property';
      return fail(
        `spatial functions compare the ${GEOMETRY_PROPERTY} property${where(node)} with a geometry; ${show(node.property)} is not a geometry`,
      );
    }
    if (isObject(node) && Array.isArray(node.bbox)) {
      const b = node.bbox as unknown[];
      if (!(b.length === 4 || b.length === 6) || b.some((v) => typeof v !== 'number'))
        return fail(`a BBOX has 4 numbers (or 6 with heights): west, south, east, north (got ${show(b)})`);
      const [w, s, e, n] = (b.length === 4 ? b : [b[0], b[1], b[3], b[4]]) as number[];
      if (w! >= e! || s! >= n!)
        return fail(`a BBOX's west must be below its east and its south below its north (got ${show(b)})`);
      return validGeometry(
        scope,
        {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
        'filter',
        srid,
      );
    }
    if (isObject(node) && typeof node.type === 'string') return validGeometry(scope, node, 'filter', srid);
    return fail(`expected the ${GEOMETRY_PROPERTY} property, a geometry or a BBOX (got ${show(node)})`);
  };

  const compile = async (node: unknown, depth: number): Promise<AuthorityCriteria> => {
    if (depth > FILTER_LIMITS.maxDepth)
      fail(`nests AND/OR/NOT ${depth} levels deep; at most ${FILTER_LIMITS.maxDepth} are allowed`);
    if (typeof node === 'boolean') return { edition, always: node };
    if (!isObject(node) || typeof node.op !== 'string' || !Array.isArray(node.args))
      return fail(`expected a predicate ({"op": …, "args": […]} in CQL2 JSON) (got ${show(node)})`);
    const op = node.op.toLowerCase();
    const args = node.args as unknown[];
    const count = (n: number | [number, number]) => {
      const [min, max] = typeof n === 'number' ? [n, n] : n;
      if (args.length < min || args.length > max)
        fail(`${op} takes ${min === max ? min : `${min} to ${max}`} arguments (got ${args.length})`);
    };
    if (op === 'and' || op === 'or') {
      if (args.length < 2) fail(`${op} takes at least 2 arguments (got ${args.length})`);
      const inner = await Promise.all(args.map((a) => compile(a, depth + 1)));
      return { edition, [op]: inner };
    }
    if (op === 'not') {
      count(1);
      return { edition, not: await compile(args[0], depth + 1) };
    }
    predicates += 1;
    if (predicates > FILTER_LIMITS.maxPredicates) fail(`has more than ${FILTER_LIMITS.maxPredicates} predicates`);
    if ((BINARY_OPS as readonly string[]).includes(op)) {
      count(2);
      return comparison(op as Comparison['op'], args);
    }
    if (op === 'like') {
      count(2);
      return comparison('like', args);
    }
    if (op === 'between') {
      count(3);
      return comparison('between', args);
    }
    if (op === 'in') {
      count(2);
      if (!Array.isArray(args[1]) || args[1].length === 0) fail('in takes a value and a non-empty list of values');
      if ((args[1] as unknown[]).length > FILTER_LIMITS.maxPredicates)
        fail(`an IN list has at most ${FILTER_LIMITS.maxPredicates} values`);
      return comparison('in', [args[0], ...(args[1] as unknown[])]);
    }
    if (op === 'isnull') {
      count(1);
      return comparison('isNull', args);
    }
    const relation = SPATIAL_OPS[op];
    if (relation) {
      spatial += 1;
      if (spatial > FILTER_LIMITS.maxSpatial) fail(`has more than ${FILTER_LIMITS.maxSpatial} spatial functions`);
      count(relation === 'dwithin' ? 3 : 2);
      const [a, b] = await Promise.all([geometryOperand(args[0]), geometryOperand(args[1])]);
      if ((a === 'property') === (b === 'property'))
        fail(`${op.toUpperCase()} compares the ${GEOMETRY_PROPERTY} property with a geometry literal`);
      const geometry = (a === 'property' ? b : a) as string;
      if (relation === 'dwithin') {
        const metres = args[2];
        if (typeof metres !== 'number' || !Number.isFinite(metres) || metres < 0 || metres > 1_000_000)
          fail(`S_DWITHIN's distance is in metres, 0..1000000 (got ${show(metres)})`);
        return { edition, spatial: { relation, geometry, srid, metres: metres as number } };
      }
      return { edition, spatial: { relation, geometry, srid, geometryFirst: b === 'property' } };
    }
    return fail(
      `${JSON.stringify(node.op)} is not supported; use =, <>, <, <=, >, >=, LIKE, BETWEEN, IN, IS NULL, AND, OR, NOT, S_INTERSECTS, S_EQUALS, S_DISJOINT, S_TOUCHES, S_WITHIN, S_OVERLAPS, S_CROSSES, S_CONTAINS or S_DWITHIN`,
    );
  };
  return compile(parsed.tree, 1);
}
