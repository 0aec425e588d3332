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

export type InputLimits = Pick<
  Limits,
  'maxDepth' | 'maxInputDepth' | 'maxInputValues' | 'maxStringLength' | 'maxListLength'
>;

const problem = (argument: string, message: string, limit: number, setting: string): InputProblem => ({
  argument,
  message,
  limit,
  setting,
});

/**
 * The deepest nesting of `{`, `[` and `(` in a query text, outside strings and comments, and the
 * deepest nesting of `{` and `[` inside argument lists and variable defaults (input literals),
 * or the first depths past `stopAbove` (the scan stops there).
 */
export function queryNesting(
  query: string,
  stopAbove: { all: number; inputs: number } = { all: Infinity, inputs: Infinity },
): { all: number; inputs: number } {
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
        while (i < query.length && query.charCodeAt(i) !== 0x22 && query.charCodeAt(i) !== 0x0a)
          i += query.charCodeAt(i) === 0x5c ? 2 : 1;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      depth += 1;
      if (depth > all) all = depth;
      if (c === 0x28) parens.push(depth);
      else if (parens.length > 0 && depth - parens[parens.length - 1]! > inputs)
        inputs = depth - parens[parens.length - 1]!;
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
 * Reads a JSON request body's text, without parsing it, and refuses it when its variables pass a
 * bound: the body nests more than MAX_INPUT_DEPTH + 3 levels (the body, `variables` and a
 * variable take 3), or `variables` holds more than MAX_INPUT_VALUES values, a string longer than
 * MAX_STRING_LENGTH or a list of more than MAX_LIST_LENGTH objects or strings. Parsing a body of
 * 20,000 or-branches or 30,000 positions builds a hundred thousand objects only to refuse them;
 * reading it is one pass over the text, a few times faster than the parse and with nothing to
 * collect afterwards. Strings are skipped with indexOf (a 500,000-character string is one native
 * search, not a loop in JavaScript), and the scan stops at the first bound passed, except that a
 * list too long is read to its end to say how long it is. The messages are those of the check of
 * parsed variables (checkVariables), which still runs on what passes, and on GET requests'
 * variables. A malformed body is left to the JSON parser.
 */
export function checkJsonBody(text: string, limits: InputLimits): InputProblem | null {
  const most = limits.maxInputDepth + 3;
  // The open objects and arrays, outermost first. Under which key each sits in its parent is kept
  // as where the key's text starts and ends (an array item's index in start, with end -1), so no
  // key is copied out of the text unless a message needs it.
  const size = most + 1;
  const isArray = new Uint8Array(size);
  const wide = new Uint8Array(size); // an array holding anything but numbers and arrays (not coordinates)
  const items = new Int32Array(size);
  const keyStart = new Int32Array(size);
  const keyEnd = new Int32Array(size);
  let depth = 0;
  let values = 0;
  let expectKey = false;
  let expectValue = true;
  // The key of the value about to start, in an object.
  let atKeyStart = 0;
  let atKeyEnd = 0;
  // Inside `variables`: from where values are counted and measured.
  let counting = false;
  // The depth of the array that passed MAX_LIST_LENGTH, read on to its end.
  let tooLong = -1;
  const keyText = (start: number, end: number): string => {
    if (end < 0) return `[${start}]`;
    const raw = text.slice(start, end + 1);
    return `.${raw.includes('\\') ? (decoded(raw) ?? raw.slice(1, -1)) : raw.slice(1, -1)}`;
  };
  /** The JSON path of the value at `level` (2 is `variables`), with `tail` the key of a value inside it. */
  const pathTo = (level: number, tail: string): string => {
    let path = 'variables';
    for (let l = 3; l <= level; l += 1) path += keyText(keyStart[l]!, keyEnd[l]!);
    return path + tail;
  };
  const tailOfNext = (): string =>
    depth > 0 && isArray[depth] ? `[${items[depth]! - 1}]` : keyText(atKeyStart, atKeyEnd);
  /** A value starts, `first` its first character: counted, and as an item of the array it is in. */
  const startValue = (first: number): InputProblem | null => {
    if (depth > 0 && isArray[depth]) {
      items[depth] = items[depth]! + 1;
      if (first !== 0x5b && first !== 0x2d && (first < 0x30 || first > 0x39)) wide[depth] = 1;
      if (counting && tooLong < 0 && wide[depth] && items[depth]! > limits.maxListLength) tooLong = depth;
    }
    if (counting && tooLong < 0) {
      values += 1;
      if (values > limits.maxInputValues) {
        const path = pathTo(depth, tailOfNext());
        return problem(
          path,
          `The inputs hold more than ${limits.maxInputValues} values (at ${path}); the limit is ${limits.maxInputValues} (MAX_INPUT_VALUES)`,
          limits.maxInputValues,
          'MAX_INPUT_VALUES',
        );
      }
    }
    return null;
  };
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      // To the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return null;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes += 1;
        i = end;
        if (slashes % 2 === 0) break;
        escaped = true;
      }
      if (expectKey) {
        atKeyStart = start;
        atKeyEnd = i;
        expectKey = false;
        continue;
      }
      const found = startValue(c);
      if (found) return found;
      expectValue = false;
      if (counting && tooLong < 0 && i - start - 1 > limits.maxStringLength) {
        // Escapes make the text longer than the string: only then is the string decoded to measure it.
        const length =
          escaped || text.lastIndexOf('\\', i) > start
            ? (decoded(text.slice(start, i + 1))?.length ?? 0)
            : i - start - 1;
        if (length > limits.maxStringLength) {
          const path = pathTo(depth, tailOfNext());
          return problem(
            path,
            `${path} is a string of ${length} characters; the limit is ${limits.maxStringLength} (MAX_STRING_LENGTH)`,
            limits.maxStringLength,
            'MAX_STRING_LENGTH',
          );
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      const found = startValue(c);
      if (found) return found;
      if (depth + 1 > most) {
        return problem(
          'variables',
          `The request body nests JSON objects and arrays more than ${most} levels deep, so its variables nest more than ${limits.maxInputDepth} levels; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`,
          limits.maxInputDepth,
          'MAX_INPUT_DEPTH',
        );
      }
      const inArray = depth > 0 && isArray[depth] === 1;
      const parentItems = inArray ? items[depth]! - 1 : 0;
      depth += 1;
      isArray[depth] = c === 0x5b ? 1 : 0;
      wide[depth] = 0;
      items[depth] = 0;
      keyStart[depth] = inArray ? parentItems : atKeyStart;
      keyEnd[depth] = inArray ? -1 : atKeyEnd;
      if (depth === 2 && !isArray[1] && !inArray)
        counting = atKeyEnd - atKeyStart === 10 && text.startsWith('"variables"', atKeyStart);
      expectKey = c === 0x7b;
      expectValue = c === 0x5b;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) continue;
      if (depth === tooLong) {
        const path = pathTo(depth, '');
        return problem(
          path,
          `${path} lists ${items[depth]} items; the limit is ${limits.maxListLength} (MAX_LIST_LENGTH)`,
          limits.maxListLength,
          'MAX_LIST_LENGTH',
        );
      }
      depth -= 1;
      if (depth < 2) counting = false;
      expectKey = false;
      expectValue = false;
    } else if (c === 0x2c) {
      expectKey = depth > 0 && !isArray[depth];
      expectValue = depth > 0 && isArray[depth] === 1;
    } else if (c === 0x3a) {
      expectValue = true;
    } else if (expectValue && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      // A number, true, false or null: one value, whose other characters need no look.
      const found = startValue(c);
      if (found) return found;
      expectValue = false;
      while (i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (
          next === 0x2c ||
          next === 0x5d ||
          next === 0x7d ||
          next === 0x20 ||
          next === 0x0a ||
          next === 0x0d ||
          next === 0x09
        )
          break;
        i += 1;
      }
    }
  }
  return null;
}

/** A JSON string literal's value, or undefined when it does not parse. */
function decoded(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/** Checks a query text's nesting before it is parsed. */
export function checkQueryText(query: string, limits: InputLimits): InputProblem | null {
  // Selections are bounded by MAX_DEPTH after parsing; this bound only keeps the parser's stack safe.
  const most = limits.maxDepth + limits.maxInputDepth + 2;
  const { all, inputs } = queryNesting(query, { all: most, inputs: limits.maxInputDepth });
  if (inputs > limits.maxInputDepth) {
    return problem(
      'query',
      `An argument of the query nests input objects and lists more than ${limits.maxInputDepth} levels deep; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`,
      limits.maxInputDepth,
      'MAX_INPUT_DEPTH',
    );
  }
  if (all > most)
    return problem(
      'query',
      `The query nests more than ${most} levels of braces, brackets and parentheses; the limit is ${most} (MAX_DEPTH + MAX_INPUT_DEPTH + 2)`,
      most,
      'MAX_DEPTH',
    );
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
  return keys
    .reverse()
    .reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

/** How a walk sees one kind of value (JSON variables, or literal ValueNodes). */
interface Shape<T> {
  string(value: T): string | undefined;
  list(value: T): readonly T[] | undefined;
  fields(value: T): ReadonlyArray<readonly [string, T]> | undefined;
  /** A list item that may repeat without a list bound: a number or a list (GeoJSON coordinates). */
  isCoordinate(value: T): boolean;
}

function walk<T>(
  roots: ReadonlyArray<readonly [string, T]>,
  shape: Shape<T>,
  limits: InputLimits,
): InputProblem | null {
  const stack: Item<T>[] = roots.map(([key, value]) => ({ value, parent: null, key, depth: 0 }));
  let values = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { value, depth } = item;
    values += 1;
    if (values > limits.maxInputValues) {
      return problem(
        pathOf(item),
        `The inputs hold more than ${limits.maxInputValues} values (at ${pathOf(item)}); the limit is ${limits.maxInputValues} (MAX_INPUT_VALUES)`,
        limits.maxInputValues,
        'MAX_INPUT_VALUES',
      );
    }
    const text = shape.string(value);
    if (text !== undefined) {
      if (text.length > limits.maxStringLength) {
        const path = pathOf(item);
        return problem(
          path,
          `${path} is a string of ${text.length} characters; the limit is ${limits.maxStringLength} (MAX_STRING_LENGTH)`,
          limits.maxStringLength,
          'MAX_STRING_LENGTH',
        );
      }
      continue;
    }
    const list = shape.list(value);
    const fields = list ? undefined : shape.fields(value);
    if (!list && !fields) continue;
    if (depth + 1 > limits.maxInputDepth) {
      const path = pathOf(item);
      return problem(
        path,
        `${path} nests input objects and lists more than ${limits.maxInputDepth} levels deep; the limit is ${limits.maxInputDepth} (MAX_INPUT_DEPTH)`,
        limits.maxInputDepth,
        'MAX_INPUT_DEPTH',
      );
    }
    if (list) {
      if (list.length > limits.maxListLength && !list.every((entry) => shape.isCoordinate(entry))) {
        const path = pathOf(item);
        return problem(
          path,
          `${path} lists ${list.length} items; the limit is ${limits.maxListLength} (MAX_LIST_LENGTH)`,
          limits.maxListLength,
          'MAX_LIST_LENGTH',
        );
      }
      for (let i = list.length - 1; i >= 0; i -= 1)
        stack.push({ value: list[i]!, parent: item, key: i, depth: depth + 1 });
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
  return walk(
    Object.entries(variables).map(([name, value]) => [`variables.${name}`, value] as const),
    JSON_SHAPE,
    limits,
  );
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
    for (const v of n.variableDefinitions ?? [])
      if (v.defaultValue) roots.push([`$${v.variable.name.value}`, v.defaultValue]);
    for (const child of n.selectionSet?.selections ?? []) pending.push({ node: child, field: here });
  }
  return walk(roots, LITERAL_SHAPE, limits);
}
