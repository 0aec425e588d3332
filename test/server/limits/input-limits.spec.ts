/**
 * Input size: every input that multiplies work is bounded before it is parsed, coerced or run,
 * and each rejection is BAD_USER_INPUT naming the argument and the limit (HTTP 400), never a
 * stack overflow, a 500 or seconds of work. The hostile filters here are built in the test
 * (deep and/or/not nests, wide or lists, long strings); the districts they name are real.
 */
import fc from 'fast-check';
import type { Config } from '../../../src/config';
import { testLimits } from '../../support/config';
import { checkJsonBody, checkQueryText, checkVariables, queryNesting } from '../../../src/server/input-limits';
import { useTestServers } from '../../support/server';

const servers = useTestServers();
const start = async (options: Parameters<typeof servers.start>[0] = {}): Promise<string> =>
  (await servers.start(options)).base;

/** Posts a body, given as an object or (too deep for JSON.stringify) as its JSON text. */
async function post(base: string, body: unknown): Promise<{ status: number; body: any }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    // As GraphQL clients do today: under this type a request error is a 4xx (media-type.ts).
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}

/** The JSON body of LIST with a filter `levels` deep, written as text: { not: { not: … } }. */
const deepBody = (levels: number): string =>
  `{"query":${JSON.stringify(LIST)},"variables":{"filter":${'{"not":'.repeat(levels)}{"codes":["E06000001"]}${'}'.repeat(levels)}}}`;

const limits = testLimits;
const DEFAULT_LIMITS = testLimits();
const LIST =
  'query List($filter: AuthorityFilter) { authorities(first: 500, filter: $filter) { totalCount nodes { code } } }';

/** A filter `levels` deep: { not: { not: … { codes: [Hartlepool] } } }. */
function deepFilter(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { codes: ['E06000001'] };
  for (let i = 0; i < levels; i += 1) filter = { not: filter };
  return filter;
}

function expectInputError(result: { status: number; body: any }, limit: number, setting: RegExp): void {
  expect(result.status).toBe(400);
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit });
  expect(result.body.errors[0].message).toMatch(setting);
  expect(JSON.stringify(result.body)).not.toMatch(/stack|at .*\.js|RangeError/);
}

describe('a JSON body, read without parsing it', () => {
  const body = (variables: string): string => `{"query":${JSON.stringify(LIST)},"variables":${variables}}`;
  // With MAX_INPUT_DEPTH 1 a body may nest 4 levels: the body, variables, a variable and one more.
  const shallow = limits({ maxInputDepth: 1 });

  it('counts the nesting of objects and arrays outside strings, strings with escaped quotes and backslashes', () => {
    expect(checkJsonBody(body('{"a":[{"b":1}]}'), shallow)).toBeNull();
    expect(checkJsonBody(body('{"a":[{"b":[1]}]}'), shallow)).toMatchObject({ setting: 'MAX_INPUT_DEPTH', limit: 1 });
    expect(checkJsonBody(body(String.raw`{"a":"{{{[[[","b":"\\"}`), shallow)).toBeNull(); // b is one escaped backslash, then the string ends
    expect(checkJsonBody(body(String.raw`{"a":"\"{{{[","c":[1]}`), shallow)).toBeNull(); // an escaped quote does not end the string
    expect(checkJsonBody(body(String.raw`{"a":"x\\\\","b":[[[2]]]}`), shallow)).toMatchObject({
      setting: 'MAX_INPUT_DEPTH',
    }); // two escaped backslashes, then the end
    expect(checkJsonBody(body(String.raw`{"a":"x\\\"{[[","b":[2]}`), shallow)).toBeNull(); // a backslash, then an escaped quote
  });

  it('refuses a body nested 100,000 deep at the first level past the bound', () => {
    const deep = body(`${'{"n":'.repeat(100000)}1${'}'.repeat(100000)}`);
    expect(checkJsonBody(deep, DEFAULT_LIMITS)).toMatchObject({
      argument: 'variables',
      setting: 'MAX_INPUT_DEPTH',
      message: expect.stringMatching(/more than 27 levels deep/),
    });
  });

  it('says what checkVariables says of the same variables: a list too long, a string too long, too many values', () => {
    const cases: Array<[unknown, Partial<Config['limits']>]> = [
      [{ filter: { or: Array.from({ length: 700 }, () => ({ rural: true })) } }, {}],
      [{ filter: { codes: Array.from({ length: 21 }, () => 'E06000001') } }, { maxListLength: 20 }],
      [{ filter: { and: [{ rural: true }, { nameContains: 'y'.repeat(1001) }] } }, {}],
      [{ flags: Array.from({ length: 501 }, () => false) }, {}],
      [
        {
          filter: {
            intersects: {
              type: 'LineString',
              coordinates: Array.from({ length: 20000 }, (_, i) => [-2 + i / 100000, 53]),
            },
          },
        },
        {},
      ],
    ];
    for (const [variables, overrides] of cases) {
      const fromText = checkJsonBody(JSON.stringify({ query: LIST, variables }), limits(overrides));
      const parsed = checkVariables(variables, limits(overrides));
      expect(fromText).not.toBeNull();
      expect(fromText).toMatchObject({ setting: parsed!.setting, limit: parsed!.limit });
      // The values bound names where the count passed it, which a walk from the other end sees elsewhere.
      if (parsed!.setting !== 'MAX_INPUT_VALUES') expect(fromText).toEqual(parsed);
    }
  });

  it('never refuses variables the check of the parsed variables lets through, and finds every list, string and value bound it finds (fast-check)', () => {
    // Tight bounds, so that arbitrary JSON passes some of them and not others.
    const tight = limits({ maxInputDepth: 4, maxListLength: 3, maxStringLength: 5, maxInputValues: 25 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 6 }), { maxKeys: 4 }),
        (variables) => {
          const fromText = checkJsonBody(JSON.stringify({ query: LIST, variables, operationName: 'List' }), tight);
          const parsed = checkVariables(variables, tight);
          if (fromText) expect(parsed).not.toBeNull();
          // The text allows one level more than the walk, which names the path of that level.
          if (parsed && parsed.setting !== 'MAX_INPUT_DEPTH') expect(fromText).not.toBeNull();
        },
      ),
      { numRuns: 3000, seed: 20161122 },
    );
  });

  it('lets through what the bounds allow: coordinates beyond the list bound, escapes that shorten a string, a long query, keys outside variables', () => {
    const coordinates = Array.from({ length: 600 }, (_, i) => [-2 + i / 100000, 53]);
    expect(
      checkJsonBody(
        JSON.stringify({ query: LIST, variables: { filter: { intersects: { type: 'LineString', coordinates } } } }),
        DEFAULT_LIMITS,
      ),
    ).toBeNull();
    // 400 characters written as 2,400 (\u0078 is x): the string, not its text, is measured.
    expect(checkJsonBody(body(`{"filter":{"nameContains":"${'\\u0078'.repeat(400)}"}}`), DEFAULT_LIMITS)).toBeNull();
    expect(
      checkJsonBody(
        JSON.stringify({
          query: `${LIST}${' '.repeat(5000)}`,
          extensions: { note: 'z'.repeat(5000), list: Array.from({ length: 600 }, () => 'a') },
        }),
        DEFAULT_LIMITS,
      ),
    ).toBeNull();
    expect(checkJsonBody('{"query": "{ a }", "variables": {"s": "unterminated', DEFAULT_LIMITS)).toBeNull(); // left to the JSON parser
  });
});

describe('the nesting of a query text, read without parsing it', () => {
  it('counts braces, brackets and parentheses, and input nesting inside argument lists only', () => {
    expect(queryNesting('{ a { b { c } } }')).toEqual({ all: 3, inputs: 0 });
    expect(queryNesting('{ a(f: { and: [{ x: 1 }] }) { b } }')).toEqual({ all: 5, inputs: 3 });
    expect(queryNesting('query Q($f: F = { a: [[1]] }) { a }')).toEqual({ all: 4, inputs: 3 });
  });

  it('ignores brackets inside strings, block strings (with escaped quotes) and comments', () => {
    expect(queryNesting('{ a(s: "{{{[[[((") }')).toEqual({ all: 2, inputs: 0 });
    expect(queryNesting('{ a(s: """ {{ \\""" [[[ """) }')).toEqual({ all: 2, inputs: 0 });
    expect(queryNesting('{ a # {{{{{{\n }')).toEqual({ all: 1, inputs: 0 });
    expect(queryNesting('{ a(s: "\\" {{{{") }')).toEqual({ all: 2, inputs: 0 });
  });

  it('stops at the first depth past a bound, however deep the text goes', () => {
    expect(
      queryNesting(`{ a(f: ${'{ n: '.repeat(1000)}1${' }'.repeat(1000)}) { b } }`, { all: Infinity, inputs: 24 }),
    ).toEqual({ all: 27, inputs: 25 });
    expect(queryNesting('{ a { b { c { d } } } }', { all: 2, inputs: Infinity }).all).toBe(3);
  });

  it('refuses input literals deeper than MAX_INPUT_DEPTH and any text deeper than the parser needs', () => {
    const deep = `{ authorities(filter: ${'{ not: '.repeat(30)}{ rural: true }${' }'.repeat(30)}) { totalCount } }`;
    expect(checkQueryText(deep, DEFAULT_LIMITS)).toMatchObject({
      argument: 'query',
      setting: 'MAX_INPUT_DEPTH',
      limit: DEFAULT_LIMITS.maxInputDepth,
    });
    const selections = `${'{ a '.repeat(60)}${'}'.repeat(60)}`;
    expect(checkQueryText(selections, DEFAULT_LIMITS)).toMatchObject({ setting: 'MAX_DEPTH' });
    expect(
      checkQueryText('{ authorities(filter: { not: { rural: true } }) { totalCount } }', DEFAULT_LIMITS),
    ).toBeNull();
  });
});

describe('input size over HTTP', () => {
  let base: string;
  beforeAll(async () => {
    base = await start();
  });

  it('answers a filter nested 5,000 and 100,000 levels deep in the variables with BAD_USER_INPUT, not a stack overflow', async () => {
    for (const levels of [5000, 100000]) {
      const result = await post(base, deepBody(levels));
      // Refused from the body's text, before it is parsed into 100,000 objects.
      expectInputError(
        result,
        DEFAULT_LIMITS.maxInputDepth,
        /^The request body nests JSON objects and arrays more than 27 levels deep, so its variables nest more than 24 levels; the limit is 24 \(MAX_INPUT_DEPTH\)$/,
      );
    }
  });

  it('names the variable path of a nest just past MAX_INPUT_DEPTH', async () => {
    // 23 nots around { codes: [...] }: the codes list is the 25th level of variables.filter.
    const result = await post(base, { query: LIST, variables: { filter: deepFilter(23) } });
    expectInputError(
      result,
      DEFAULT_LIMITS.maxInputDepth,
      /^variables\.filter(\.not){23}\.codes nests input objects and lists more than 24 levels deep; the limit is 24 \(MAX_INPUT_DEPTH\)$/,
    );
    const within = await post(base, { query: LIST, variables: { filter: deepFilter(5) } });
    expect(within.status).toBe(200);
  });

  it('answers the same filter nested inline in the query text with BAD_USER_INPUT, unparsed', async () => {
    for (const levels of [5000, 100000]) {
      const query = `{ authorities(filter: ${'{ not: '.repeat(levels)}{ rural: true }${' }'.repeat(levels)}) { totalCount } }`;
      const result = await post(base, { query });
      expectInputError(
        result,
        DEFAULT_LIMITS.maxInputDepth,
        /nests input objects and lists more than 24 levels deep; the limit is 24 \(MAX_INPUT_DEPTH\)/,
      );
    }
  });

  it('refuses 20,000 or-branches at once (they cost seconds of SQL), naming the list and MAX_LIST_LENGTH', async () => {
    const or = Array.from({ length: 20000 }, () => ({ codes: ['E06000001'] }));
    const viaVariables = await post(base, { query: LIST, variables: { filter: { or } } });
    expectInputError(
      viaVariables,
      500,
      /^variables\.filter\.or lists 20000 items; the limit is 500 \(MAX_LIST_LENGTH\)/,
    );
    const literal = `{ authorities(filter: { or: [${'{ rural: true } '.repeat(2000)}] }) { totalCount } }`;
    expectInputError(
      await post(base, { query: literal }),
      500,
      /^authorities\.filter\.or lists 2000 items; the limit is 500 \(MAX_LIST_LENGTH\)/,
    );
  });

  it('counts every and/or/not branch of a filter against MAX_FILTER_NODES, inline or in variables', async () => {
    // 3 × 40 branches under one `and`: each list is short, together they are 124 filters.
    const or = Array.from({ length: 40 }, () => ({ codes: ['E06000001'] }));
    const filter = { and: [{ or }, { or }, { or }] };
    expectInputError(
      await post(base, { query: LIST, variables: { filter } }),
      100,
      /^filter has 124 filters counting every and\/or\/not branch; the limit is 100 \(MAX_FILTER_NODES\)/,
    );
  });

  it('refuses a string longer than MAX_STRING_LENGTH and more values than MAX_INPUT_VALUES', async () => {
    const long = await post(base, { query: LIST, variables: { filter: { nameContains: 'x'.repeat(5000) } } });
    expectInputError(
      long,
      1000,
      /^variables\.filter\.nameContains is a string of 5000 characters; the limit is 1000 \(MAX_STRING_LENGTH\)/,
    );
    // SYNTHETIC: a line of 20,000 positions (coordinates are exempt from the list bound, not from the value count).
    const coordinates = Array.from({ length: 20000 }, (_, i) => [-2 + i / 100000, 53]);
    const many = await post(base, {
      query: LIST,
      variables: { filter: { intersects: { type: 'LineString', coordinates } } },
    });
    expectInputError(many, 50000, /more than 50000 values .*\(MAX_INPUT_VALUES\)/);
  });

  it('checks an argument a cost depends on before the cost: first: 100000 is told the range of first', async () => {
    const result = await post(base, { query: '{ authorities(first: 100000) { nodes { code boundary } } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    expect(result.body.errors[0].message).toBe('first must be a whole number between 1 and 500 (got 100000)');
    const depth = await post(base, {
      query: '{ authority(code: "E06000001") { neighbours(depth: 50) { authority { code } } } }',
    });
    expect(depth.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'depth' } });
    expect(depth.body.errors[0].message).toMatch(/^depth must be a whole number between 1 and \d+ \(got 50\)$/);
  });

  it('still answers filters within the bounds, with the districts they name', async () => {
    const or = Array.from({ length: 12 }, (_, i) => ({ codes: [`E0600000${(i % 9) + 1}`] }));
    const result = await post(base, { query: LIST, variables: { filter: { and: [{ or }, deepFilter(4)] } } });
    expect(result.status).toBe(200);
    // not⁴(Hartlepool) is Hartlepool; with the or of E06000001..E06000009 that leaves Hartlepool.
    expect(result.body.data.authorities).toEqual({ totalCount: 1, nodes: [{ code: 'E06000001' }] });
  });
});

describe('the bounds are settings', () => {
  it('applies the configured MAX_FILTER_NODES, MAX_LIST_LENGTH and MAX_INPUT_DEPTH', async () => {
    const base = await start({ limits: limits({ maxFilterNodes: 2, maxListLength: 20, maxInputDepth: 6 }) });
    const three = { and: [{ rural: true }, { coastal: true }] };
    expectInputError(
      await post(base, { query: LIST, variables: { filter: three } }),
      2,
      /^filter has 3 filters .*the limit is 2 \(MAX_FILTER_NODES\)/,
    );
    const codes = Array.from({ length: 21 }, () => 'E06000001');
    expectInputError(
      await post(base, { query: LIST, variables: { filter: { codes } } }),
      20,
      /variables\.filter\.codes lists 21 items; the limit is 20/,
    );
    expectInputError(
      await post(base, { query: LIST, variables: { filter: deepFilter(6) } }),
      6,
      /the limit is 6 \(MAX_INPUT_DEPTH\)/,
    );
    const two = await post(base, { query: LIST, variables: { filter: { and: [{ rural: true }] } } });
    expect(two.status).toBe(200);
    expect(two.body.data.authorities.totalCount).toBeGreaterThan(0);
  });
});
