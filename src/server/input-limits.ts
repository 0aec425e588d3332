/**
 * Bounds on the size of a request's inputs, checked before anything parses, coerces or runs them:
 * how deeply the query text nests (the parser and graphql-js's coercion recurse per level, so a
 * few thousand levels would overflow the stack), and, in the variables and in the document's
 * literal arguments, how deeply input values nest, how many values there are, how long a string
 * is and how many items a list of objects or strings holds. GeoJSON coordinates (lists of numbers
 * or of lists) are bounded by the value count here and by their position count where they are read.
 * Every walk here is iterative: a hostile input cannot overflow the checker itself.
 */
import { Kind, type DocumentNode, type ValueNode } from 'graphql';
import type { Limits } from '../config';

/** What is wrong with an input, for a BAD_USER_INPUT error. */
export interface InputProblem {
  /** Where: `variables.filter.or`, `query`. */
  argument: string;
  message: string;
  /** The bound that was passed, and its setting. */
  limit: number;
  setting: string;
}

export type InputLimits = Pick<Limits, 'maxDepth' | 'maxInputDepth' | 'maxInputValues' | 'maxStringLength' | 'maxListLength'>;

const problem = (argument: string, message: string, limit: number, setting: string): InputProblem => ({ argument, message, limit, setting });

/**
 * The deepest nesting of `{`, `[` and `(` in a query text, outside strings and comments, and the
 * deepest nesting of `{` and `[` inside argument lists and variable defaults (input literals),
 * or the first depths past `stopAbove` (the scan stops there).
 */
export function queryNesting(query: string, stopAbove: { all: number; inputs: number } = { all: Infinity, inputs: Infinity }): { all: number; inputs: number } {
  let depth = 0;
  let all = 0;
  let inputs = 0;
  // Depth at which the innermost open `(` sits, -1 outside any argument list.
  const parens: number[] = [];
  for (let i = 0; i < query.length; i += 1) {
    const c = query.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < query.length && query.charCodeAt(i) !== 0x0a && query.charCodeAt(i) !== 0x0d) i += 1;
    } else if (c === 0x22 /* " */) {
      if (query.startsWith('"""', i)) {
        // A block string ends at the next """ that is not escaped as \""".
        let end = query.indexOf('"""', i + 3);
        while (end > 0 && query.charCodeAt(end - 1) === 0x5c) end = query.indexOf('"""', end + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        i += 1;
        while (i < query.length && query.charCodeAt(i) !== 0x22 && query.charCodeAt(i) !== 0x0a) i += query.charCodeAt(i) === 0x5c ? 2 : 1;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      depth += 1;
      if (depth > all) all = depth;
      if (c === 0x28) parens.push(depth);
      else if (parens.length > 0 && depth - parens[parens.length - 1]! > inputs) inputs = depth - parens[parens.length - 1]!;
      // Past a bound the answer is known: stop, rather than hold the event loop to the end.
      if (all > stopAbove.all || inputs > stopAbove.inputs) break;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      if (c === 0x29 && parens.length > 0) parens.pop();
      depth = Math.max(0, depth - 1);
    }
  }
  return { all, inputs };
}

/**
 * The deepest nesting of `{` and `[` in a JSON text, outside strings (read, not parsed), or the
 * first depth past `stopAbove`: the scan stops there, so a body nested 100,000 deep is refused
 * after a few dozen characters. Strings are skipped with indexOf (a 500,000-character string is
 * one native search, not a loop in JavaScript). Each scan holds the event loop, so it is kept short.
 */
export function jsonNesting(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let most = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // To the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return most;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes += 1;
        i = end;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > most) {
        most = depth;
        if (most > stopAbove) return most;
      }
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return most;
}

/**
 * Checks a JSON request body's nesting before it is parsed: the body, `variables` and a variable
 * take 3 levels, so the body may nest MAX_INPUT_DEPTH + 3. Parsing a body nested 100,000 deep
 * builds 100,000 objects only to refuse them.
 */
export function checkJsonBody(text: string, limits: InputLimits): InputProblem | null {
  const most = limits.maxInputDepth + 3;
  if (jsonNesting(text, most) <= most) return null;
  return problem('variables', `The request body nests JSON objects and arrays more than ${most} levels deep, so its variables nest more than ${limits.maxInputDepth} levels; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`, limits.maxInputDepth, 'MAX_INPUT_DEPTH');
}

/** Checks a query text's nesting before it is parsed. */
export function checkQueryText(query: string, limits: InputLimits): InputProblem | null {
  // Selections are bounded by MAX_DEPTH after parsing; this bound only keeps the parser's stack safe.
  const most = limits.maxDepth + limits.maxInputDepth + 2;
  const { all, inputs } = queryNesting(query, { all: most, inputs: limits.maxInputDepth });
  if (inputs > limits.maxInputDepth) {
    return problem('query', `An argument of the query nests input objects and lists more than ${limits.maxInputDepth} levels deep; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`, limits.maxInputDepth, 'MAX_INPUT_DEPTH');
  }
  if (all > most) return problem('query', `The query nests more than ${most} levels of braces, brackets and parentheses; the limit is ${most} (MAX_DEPTH + MAX_INPUT_DEPTH + 2)`, most, 'MAX_DEPTH');
  return null;
}

/** A value to walk, with its parent and key (its path is built only for a message) and its depth. */
interface Item<T> {
  value: T;
  parent: Item<T> | null;
  key: string | number;
  depth: number;
}

function pathOf<T>(item: Item<T>): string {
  const keys: Array<string | number> = [];
  for (let at: Item<T> | null = item; at; at = at.parent) keys.push(at.key);
  return keys.reverse().reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

/** How a walk sees one kind of value (JSON variables, or literal ValueNodes). */
interface Shape<T> {
  string(value: T): string | undefined;
  list(value: T): readonly T[] | undefined;
  fields(value: T): ReadonlyArray<readonly [string, T]> | undefined;
  /** A list item that may repeat without a list bound: a number or a list (GeoJSON coordinates). */
  isCoordinate(value: T): boolean;
}

function walk<T>(roots: ReadonlyArray<readonly [string, T]>, shape: Shape<T>, limits: InputLimits): InputProblem | null {
  const stack: Item<T>[] = roots.map(([key, value]) => ({ value, parent: null, key, depth: 0 }));
  let values = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { value, depth } = item;
    values += 1;
    if (values > limits.maxInputValues) {
      return problem(pathOf(item), `The inputs hold more than ${limits.maxInputValues} values (at ${pathOf(item)}); the limit is ${limits.maxInputValues} (MAX_INPUT_VALUES)`, limits.maxInputValues, 'MAX_INPUT_VALUES');
    }
    const text = shape.string(value);
    if (text !== undefined) {
      if (text.length > limits.maxStringLength) {
        const path = pathOf(item);
        return problem(path, `${path} is a string of ${text.length} characters; the limit is ${limits.maxStringLength} (MAX_STRING_LENGTH)`, limits.maxStringLength, 'MAX_STRING_LENGTH');
      }
      continue;
    }
    const list = shape.list(value);
    const fields = list ? undefined : shape.fields(value);
    if (!list && !fields) continue;
    if (depth + 1 > limits.maxInputDepth) {
      const path = pathOf(item);
      return problem(path, `${path} nests input objects and lists more than ${limits.maxInputDepth} levels deep; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`, limits.maxInputDepth, 'MAX_INPUT_DEPTH');
    }
    if (list) {
      if (list.length > limits.maxListLength && !list.every((entry) => shape.isCoordinate(entry))) {
        const path = pathOf(item);
        return problem(path, `${path} lists ${list.length} items; the limit is ${limits.maxListLength} (MAX_LIST_LENGTH)`, limits.maxListLength, 'MAX_LIST_LENGTH');
      }
      for (let i = list.length - 1; i >= 0; i -= 1) stack.push({ value: list[i]!, parent: item, key: i, depth: depth + 1 });
    } else {
      for (const [name, inner] of fields!) stack.push({ value: inner, parent: item, key: name, depth: depth + 1 });
    }
  }
  return null;
}

const JSON_SHAPE: Shape<unknown> = {
  string: (v) => (typeof v === 'string' ? v : undefined),
  list: (v) => (Array.isArray(v) ? v : undefined),
  fields: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : undefined),
  isCoordinate: (v) => typeof v === 'number' || Array.isArray(v),
};

const LITERAL_SHAPE: Shape<ValueNode> = {
  string: (v) => (v.kind === Kind.STRING ? v.value : undefined),
  list: (v) => (v.kind === Kind.LIST ? v.values : undefined),
  fields: (v) => (v.kind === Kind.OBJECT ? v.fields.map((f) => [f.name.value, f.value] as const) : undefined),
  isCoordinate: (v) => v.kind === Kind.INT || v.kind === Kind.FLOAT || v.kind === Kind.LIST,
};

/** Checks a request's variables (parsed JSON) before they are coerced. */
export function checkVariables(variables: unknown, limits: InputLimits): InputProblem | null {
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) return null;
  return walk(Object.entries(variables).map(([name, value]) => [`variables.${name}`, value] as const), JSON_SHAPE, limits);
}

/** Checks the literal arguments and variable defaults of a parsed document. */
export function checkLiterals(document: DocumentNode, limits: InputLimits): InputProblem | null {
  const roots: Array<readonly [string, ValueNode]> = [];
  // Selections nest at most MAX_DEPTH (validated before this runs), so a plain stack is enough.
  const pending: Array<{ node: unknown; field: string }> = document.definitions.map((node) => ({ node, field: '' }));
  while (pending.length > 0) {
    const { node, field } = pending.pop()!;
    const n = node as {
      kind?: string;
      name?: { value: string };
      arguments?: ReadonlyArray<{ name: { value: string }; value: ValueNode }>;
      variableDefinitions?: ReadonlyArray<{ variable: { name: { value: string } }; defaultValue?: ValueNode }>;
      selectionSet?: { selections: readonly unknown[] };
    };
    const here = n.kind === Kind.FIELD && n.name ? n.name.value : field;
    for (const arg of n.arguments ?? []) roots.push([`${here}.${arg.name.value}`, arg.value]);
    for (const v of n.variableDefinitions ?? []) if (v.defaultValue) roots.push([`$${v.variable.name.value}`, v.defaultValue]);
    for (const child of n.selectionSet?.selections ?? []) pending.push({ node: child, field: here });
  }
  return walk(roots, LITERAL_SHAPE, limits);
}
