/**
 * Hostile and malformed input, generated with fast-check: random and mutated queries, wrong
 * variable types, out-of-range numbers, invalid GeoJSON, SQL fragments, huge strings and deep
 * nesting, sent over HTTP. Every response must be a well-formed GraphQL result or error (never a
 * 500, a stack trace or SQL), the server must keep answering, and memory must stay bounded.
 */
import { testConfig } from '../../support/config';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { Db } from '../../../src/db/db';
import { createServer, type AtlasServer } from '../../../src/server/http';
import { openTestDb, testLog } from '../../support/db';

let db: Db;
let server: AtlasServer;
let base: string;

beforeAll(async () => {
  db = await openTestDb();
  server = await createServer({
    db,
    log: testLog,
    config: testConfig({ graphiql: true, introspection: true, shutdownGraceMs: 1000 }),
  });
  const address: AddressInfo = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const VALID_QUERIES = [
  '{ authority(code: "E09000033") { name mobility { rank band } } }',
  '{ authorities(first: 5, filter: { region: "London" }) { totalCount nodes { code } } }',
  '{ authorityAt(lon: -0.1281, lat: 51.508) { name } }',
  '{ authority(code: "E09000028") { neighbours(depth: 2) { kind authority { code } } nearestHotspot { distanceKm } } }',
  '{ summary(groupBy: REGION) { total { districts } } }',
];

const SQL_FRAGMENTS = [
  "'; drop table authorities; --",
  '" or 1=1 --',
  "') union select * from pg_shadow --",
  '$1',
  '\\x00',
  '%',
  '_',
  "E09000033' --",
];

const sqlish = fc.constantFrom(...SQL_FRAGMENTS);
const weirdString = fc.oneof(
  fc.string({ maxLength: 50 }),
  sqlish,
  fc.string({ minLength: 1000, maxLength: 20000 }),
  fc.constant('\u0000\uffff\ud800'),
);
const weirdNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -2147483648, max: 2147483647 }),
  fc.constantFrom(1e308, -1e308, 0, -0, 2 ** 31, -(2 ** 31) - 1),
);
const jsonValue = fc.jsonValue({ maxDepth: 4 });

/** Mutates a valid query: deletes, duplicates or replaces a slice of characters. */
const mutatedQuery = fc
  .tuple(fc.constantFrom(...VALID_QUERIES), fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 10 }))
  .map(([q, at, len, insert]) => {
    const i = at % q.length;
    return q.slice(0, i) + insert + q.slice(i + len);
  });

const deepQuery = fc.integer({ min: 5, max: 60 }).map((depth) => {
  let inner = 'code';
  for (let i = 0; i < depth; i += 1) inner = `neighbours { authority { ${inner} } }`;
  return `{ authority(code: "E09000028") { ${inner} } }`;
});

const geojson = fc.oneof(
  jsonValue,
  fc.record({
    type: fc.constantFrom('Polygon', 'Point', 'LineString', 'MultiPolygon', 'Feature', 'Nope'),
    coordinates: jsonValue,
  }),
  fc.record({
    type: fc.constant('Polygon'),
    coordinates: fc.array(fc.array(fc.tuple(weirdNumber, weirdNumber), { maxLength: 6 }), { maxLength: 3 }),
  }),
);

/** A request body: anything from garbage text to plausible GraphQL with hostile variables. */
const requestBody = fc.oneof(
  fc.string({ maxLength: 200 }).map((s) => ({ raw: s })),
  jsonValue.map((v) => ({ raw: JSON.stringify(v) })),
  mutatedQuery.map((query) => ({ json: { query } })),
  deepQuery.map((query) => ({ json: { query } })),
  fc
    .record({ code: weirdString })
    .map((variables) => ({ json: { query: 'query($code: ID) { authority(code: $code) { name } }', variables } })),
  fc
    .record({ name: weirdString })
    .map((variables) => ({ json: { query: 'query($name: String) { authority(name: $name) { code } }', variables } })),
  fc
    .record({ first: fc.oneof(weirdNumber, weirdString, jsonValue), after: fc.oneof(weirdString, jsonValue) })
    .map((variables) => ({
      json: {
        query: 'query($first: Int, $after: String) { authorities(first: $first, after: $after) { totalCount } }',
        variables,
      },
    })),
  fc.record({ lon: weirdNumber, lat: weirdNumber }).map((variables) => ({
    json: { query: 'query($lon: Float, $lat: Float) { authorityAt(lon: $lon, lat: $lat) { code } }', variables },
  })),
  fc.record({ g: geojson }).map((variables) => ({
    json: { query: 'query($g: GeoJSON) { authorities(filter: { intersects: $g }) { totalCount } }', variables },
  })),
  fc.record({ km: weirdNumber, depth: weirdNumber, gap: weirdNumber }).map(({ km, depth, gap }) => ({
    json: {
      query:
        'query($km: Float!, $depth: Int, $gap: Float) { authorities(filter: { withinKm: { km: $km, authority: "E09000028" } }) { nodes { neighbours(depth: $depth, maxWaterGapKm: $gap) { hops } } } }',
      variables: { km, depth, gap },
    },
  })),
  fc.record({ filter: jsonValue }).map((variables) => ({
    json: { query: 'query($filter: AuthorityFilter) { authorities(filter: $filter) { totalCount } }', variables },
  })),
  fc.record({ bbox: fc.array(weirdNumber, { maxLength: 6 }) }).map((variables) => ({
    json: { query: 'query($bbox: [Float!]) { authorities(filter: { bbox: $bbox }) { totalCount } }', variables },
  })),
  // Input size (issue 12): nesting through variables and inline, wide lists, huge strings and geometries.
  fc
    .tuple(fc.integer({ min: 1, max: 100000 }), fc.constantFrom('{"not":', '{"and":[', '{"or":['))
    .map(([levels, open]) => {
      const close = open.endsWith('[') ? ']}' : '}';
      return {
        raw: `{"query":"query($f: AuthorityFilter) { authorities(filter: $f) { totalCount } }","variables":{"f":${open.repeat(levels)}{"rural":true}${close.repeat(levels)}}}`,
      };
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 50000 }), fc.constantFrom('{ not: ', '{ and: [', '{ or: ['))
    .map(([levels, open]) => {
      const close = open.endsWith('[') ? '] }' : ' }';
      return {
        json: {
          query: `{ authorities(filter: ${open.repeat(levels)}{ rural: true }${close.repeat(levels)}) { totalCount } }`,
        },
      };
    }),
  fc
    .tuple(fc.integer({ min: 1, max: 20000 }), fc.constantFrom('or', 'and', 'codes', 'ruralUrban'))
    .map(([n, field]) => {
      const item =
        field === 'codes' ? 'E06000001' : field === 'ruralUrban' ? 'URBAN_WITH_CITY_AND_TOWN' : { rural: true };
      return {
        json: {
          query: 'query($f: AuthorityFilter) { authorities(filter: $f) { totalCount } }',
          variables: { f: { [field]: Array.from({ length: n }, () => item) } },
        },
      };
    }),
  fc.integer({ min: 1, max: 300000 }).map((n) => ({
    json: {
      query: 'query($f: AuthorityFilter) { authorities(filter: $f) { totalCount } }',
      variables: { f: { nameContains: 'ab'.repeat(n).slice(0, n) } },
    },
  })),
  // SYNTHETIC geometry: a line of n positions across England.
  fc.integer({ min: 2, max: 40000 }).map((n) => ({
    json: {
      query: 'query($g: GeoJSON) { authorities(filter: { intersects: $g }) { totalCount } }',
      variables: {
        g: { type: 'LineString', coordinates: Array.from({ length: n }, (_, i) => [-3 + (2 * i) / n, 52 + i / n]) },
      },
    },
  })),
);

type Body = { raw: string } | { json: unknown };

async function send(body: Body): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: 'raw' in body ? body.raw : JSON.stringify(body.json),
  });
  return { status: response.status, text: await response.text() };
}

function assertWellFormed(body: Body, response: { status: number; text: string }): void {
  const context = JSON.stringify(body).slice(0, 300);
  expect({ context, status: [200, 400, 413].includes(response.status) }).toEqual({ context, status: true });
  const parsed = JSON.parse(response.text) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  expect({ context, shape: parsed.data !== undefined || Array.isArray(parsed.errors) }).toEqual({
    context,
    shape: true,
  });
  for (const e of parsed.errors ?? []) {
    expect(typeof e.message).toBe('string');
    expect({ context, code: typeof e.extensions?.code }).toEqual({ context, code: 'string' });
    expect({ context, internal: e.extensions?.code }).not.toEqual({ context, internal: 'INTERNAL_SERVER_ERROR' });
    // No stack trace and no database error text (messages may quote the caller's own input).
    expect(e.message).not.toMatch(
      /\n\s+at |node_modules|\.ts:\d+|syntax error at or near|violates .* constraint|relation ".*" does not exist|invalid input syntax/i,
    );
  }
}

describe('bad input', () => {
  it('answers thousands of generated hostile requests with well-formed results or errors, and keeps serving', async () => {
    const rssBefore = process.memoryUsage().rss;
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(requestBody, async (body) => {
        sent += 1;
        assertWellFormed(body, await send(body));
      }),
      { numRuns: 1500, seed: 20161122 },
    );
    expect(sent).toBe(1500);
    // Still healthy and correct afterwards.
    const after = await send({ json: { query: VALID_QUERIES[0] } });
    expect(JSON.parse(after.text)).toEqual({
      data: { authority: { name: 'Westminster', mobility: { rank: 1, band: 'HOTSPOT' } } },
    });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // Memory stays bounded (the whole suite, server and database share this process).
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
  });

  it('answers a burst of heavy requests with results or SERVER_BUSY (503, Retry-After), and an ordinary question meanwhile', async () => {
    const heavy = [
      '{ authorities(first: 326) { nodes { code boundary } } }',
      '{ authorities(first: 100, filter: { band: COLDSPOT }) { nodes { code neighbours { authority { code nearestHotspot { distanceKm } } } } } }',
      '{ authorities(first: 500, filter: { withinKm: { km: 200, lon: -1.8904, lat: 52.4862 } }) { nodes { code boundary(simplifyMetres: 500) } } }',
    ];
    const burst = Array.from({ length: 24 }, (_, i) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: heavy[i % heavy.length] }),
      }),
    );
    const ordinary = await send({ json: { query: '{ authority(code: "E06000001") { name } }' } });
    expect(JSON.parse(ordinary.text)).toEqual({ data: { authority: { name: 'Hartlepool' } } });
    const statuses = new Set<string>();
    for (const response of await Promise.all(burst)) {
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      if (response.status === 503) {
        expect(body.errors?.[0]?.extensions?.code).toBe('SERVER_BUSY');
        expect(response.headers.get('retry-after')).toBe('1');
      } else {
        expect(response.status).toBe(200);
        expect(body.errors).toBeUndefined();
      }
      statuses.add(String(response.status));
    }
    expect(statuses.has('200')).toBe(true);
  });
});
