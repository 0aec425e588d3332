/**
 * Limits and protections: query cost, depth and aliases, batched operations, statement timeout,
 * the read-only serving role, introspection and GraphiQL switches, CORS, security headers and
 * the Prometheus metrics.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../../../src/config';
import { openPg } from '../../../src/db/pg.driver';
import { openPglite } from '../../../src/db/pglite.driver';
import { sql } from '../../../src/db/sql';
import { createErrorFormatter } from '../../../src/server/format-error';
import { testLimits as limits } from '../../support/config';
import { openPrivateTestDb, testLog } from '../../support/db';
import { PGLITE_DUMP } from '../../support/paths';
import { useTestServers } from '../../support/server';

const servers = useTestServers({ graphiql: true });
const start = async (options: Partial<Config> = {}): Promise<string> => (await servers.start(options)).base;

async function post(base: string, body: unknown): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    // As GraphQL clients do today: under this type a request error is a 4xx (media-type.ts).
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('query limits', () => {
  it('rejects a query above the cost limit, saying its cost and the limit', async () => {
    const base = await start({ limits: limits({ maxCost: 5000 }) });
    const costly = await post(base, { query: '{ authorities(first: 500) { nodes { boundary } } }' });
    expect(costly.status).toBe(400);
    expect(costly.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', limit: 5000 } });
    // 1 for the page, 25 for each of 500 full boundaries; `nodes` is a property of the page (no resolver of its own): 0.
    expect(costly.body.errors[0].message).toMatch(/^The query costs 12501; the limit is 5000 \(MAX_COST\)/);
    // Geometry costs by what it returns: simplified boundaries fit where full ones do not.
    const simplified = await post(base, {
      query: '{ authorities(first: 300) { nodes { boundary(simplifyMetres: 2000) } } }',
    });
    expect(simplified.status).toBe(200);
    expect(simplified.body.data.authorities.nodes).toHaveLength(300);
  });

  it('costs a field by its own work: 1 for a resolver, nothing for a property of the object its parent fetched', async () => {
    const base = await start({ limits: limits({ maxCost: 2001 }) });
    // A dashboard's table: per district, region, mobility, classification and deprivation have
    // resolvers (1 each); the scalars, areaType and its levels, and imd are properties (0):
    // 1 + 500 x 4 = 2001, at the limit.
    const table = `authorities(first: 500) { nodes { code name population areaKm2 region { code name }
      mobility { score rank band quintile }
      classification { ruralUrbanCode rural industrial coastal coastlineKm areaType { supergroup { code } group { code } subgroup { code } } }
      deprivation { extent localConcentration imd { averageScore rankOfAverageScore } }`;
    const light = await post(base, { query: `{ ${table} } } }` });
    expect(light.status).toBe(200);
    expect(light.body.data.authorities.nodes).toHaveLength(326);
    // The node's id has a resolver of its own: 500 more.
    const withIds = await post(base, { query: `{ ${table} id } } }` });
    expect(withIds.status).toBe(400);
    expect(withIds.body.errors[0].message).toMatch(/^The query costs 2501; the limit is 2001 \(MAX_COST\)/);
  });

  it('costs one document again for each set of variables (the cost is remembered per document and variables)', async () => {
    const base = await start({ limits: limits({ maxCost: 5000 }) });
    const query = 'query Page($first: Int!) { authorities(first: $first) { nodes { boundary } } }';
    const small = await post(base, { query, variables: { first: 10 } });
    expect(small.status).toBe(200);
    expect(small.body.data.authorities.nodes).toHaveLength(10);
    const large = await post(base, { query, variables: { first: 500 } });
    expect(large.status).toBe(400);
    expect(large.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', limit: 5000 } });
    // And the first answer still stands for its own variables.
    expect((await post(base, { query, variables: { first: 10 } })).status).toBe(200);
  });

  it('lets the key nested question through at the default limits: all ranked districts with neighbours and nearest hotspot', async () => {
    const base = await start();
    const result = await post(base, {
      query:
        '{ authorities(first: 324, filter: { rankFrom: 1 }) { nodes { code region { name } neighbours { kind sharedBorderKm gapKm hops authority { code name region { name } } } nearestHotspot { distanceKm authority { code name region { name } } } } } }',
    });
    expect(result.status).toBe(200);
    expect(result.body.data.authorities.nodes).toHaveLength(324);
  });

  it('rejects a query nested deeper than the depth limit', async () => {
    const base = await start({ limits: limits({ maxDepth: 5 }) });
    const deep = await post(base, {
      query:
        '{ authority(code: "E09000028") { neighbours { authority { neighbours { authority { neighbours { authority { region { name } } } } } } } } }',
    });
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.body.errors[0].message).toMatch(/exceeds maximum operation depth of 5/);
  });

  it('rejects more aliases than the limit', async () => {
    const base = await start({ limits: limits({ maxAliases: 3 }) });
    const query = `{ ${[1, 2, 3, 4].map((i) => `a${i}: regions { name }`).join(' ')} }`;
    const result = await post(base, { query });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({
      message: 'The query uses 4 aliases; the limit is 3 (MAX_ALIASES)',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses batched operations', async () => {
    const base = await start();
    const result = await post(base, [{ query: '{ regions { name } }' }, { query: '{ editions { edition } }' }]);
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toMatch(/batch/i);
  });
});

describe('statement timeout', () => {
  it('sets the timeout on every connection, and PostgreSQL cancels a statement past it (error 57014)', async () => {
    const url = process.env.TEST_DATABASE_URL;
    const slow = url
      ? openPg({ connectionString: url, poolMax: 1, statementTimeoutMs: 200 }, testLog)
      : await openPglite(null, testLog, {
          statementTimeoutMs: 200,
          loadDataDir: new Blob([readFileSync(PGLITE_DUMP)]),
        });
    try {
      const setting = await slow.query<{ statement_timeout: string }>('show', sql.query`show statement_timeout`);
      expect(setting[0]?.statement_timeout).toBe('200ms');
      // PGlite runs in one WebAssembly thread without timer signals, so it cannot interrupt a
      // running statement; the real server does.
      if (slow.driver === 'pg')
        await expect(slow.query('sleep', sql.query`select pg_sleep(2)`)).rejects.toMatchObject({ code: '57014' });
    } finally {
      await slow.close();
    }
  });

  it('reports it to the client as STATEMENT_TIMEOUT with the limit, not as an internal error', () => {
    const format = createErrorFormatter(testLog, 200);
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    expect(format({ message: cancelled.message }, cancelled)).toMatchObject({
      message: 'A database statement took longer than the limit of 200 ms (STATEMENT_TIMEOUT_MS); narrow the query',
      extensions: { code: 'STATEMENT_TIMEOUT', limit: 200 },
    });
  });
});

describe('the time budget of a request', () => {
  it('starts no statement past REQUEST_BUDGET_MS + REQUEST_BUDGET_MS_PER_COST × its cost, and says so with TIME_BUDGET_EXCEEDED', async () => {
    // A budget of 0 ms: the request's first statement is already past it. Its cost: 1 for the
    // lookup, 0 for the name (a property of the district it fetched).
    const none = await start({ limits: limits({ requestBudgetMs: 0, requestBudgetMsPerCost: 0 }) });
    const refused = await post(none, { query: '{ authority(code: "E06000001") { name } }' });
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0]).toMatchObject({
      path: ['authority'],
      extensions: { code: 'TIME_BUDGET_EXCEEDED', limit: 0 },
    });
    expect(refused.body.errors[0].message).toMatch(
      /^The request ran past its time budget of 0 ms \(REQUEST_BUDGET_MS \+ REQUEST_BUDGET_MS_PER_COST × its cost of 1\)/,
    );
    // The defaults leave the heaviest questions room: all 326 full boundaries.
    const base = await start();
    const heavy = await post(base, { query: '{ authorities(first: 326) { nodes { code boundary } } }' });
    expect(heavy.status).toBe(200);
    expect(heavy.body.errors).toBeUndefined();
    expect(heavy.body.data.authorities.nodes).toHaveLength(326);
  });
});

describe('the per-client rate limit', () => {
  it('is off by default; when set, answers a client past it 429 RATE_LIMITED with Retry-After, and never limits health or metrics', async () => {
    const open = await start();
    for (let i = 0; i < 8; i += 1) expect((await post(open, { query: '{ editions { edition } }' })).status).toBe(200);
    const base = await start({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) {
      const ok = await post(base, { query: '{ editions { edition } }' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
    }
    const limited = await post(base, { query: '{ editions { edition } }' });
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(limited.body.errors[0].message).toMatch(
      /^More than 3 requests a minute from this address \(RATE_LIMIT_PER_MINUTE\); retry in /,
    );
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${base}${path}`)).status).toBe(200);
  });
});

describe('database outage', () => {
  it('reports a lost database connection as SERVICE_UNAVAILABLE, not as an internal error', () => {
    const format = createErrorFormatter(testLog, 200);
    for (const code of ['ECONNREFUSED', '57P01', '08006']) {
      const lost = Object.assign(new Error('connection lost'), { code });
      expect(format({ message: lost.message }, lost)).toMatchObject({
        message: 'The database is unavailable; retry shortly (see /readyz)',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });
});

describe('the read-only serving role', () => {
  it('can read every table and write none', async () => {
    const url = process.env.TEST_DATABASE_URL;
    const reader = url ? openPg({ connectionString: url, poolMax: 1 }, testLog) : await openPrivateTestDb();
    try {
      await reader.enterReadOnly('atlas_reader');
      const rows = await reader.query<{ n: number }>('count', sql.query`select count(*)::int as n from authorities`);
      expect(rows[0]?.n).toBe(326);
      await expect(reader.query('write', sql.query`delete from regions`)).rejects.toThrow(
        /read-only|permission denied/,
      );
      await expect(reader.query('ddl', sql.query`create table intruder (x int)`)).rejects.toThrow(
        /read-only|permission denied/,
      );
    } finally {
      await reader.close();
    }
  });
});

describe('production switches and headers', () => {
  it('turns introspection and GraphiQL off', async () => {
    const base = await start({ introspection: false, graphiql: false });
    const introspection = await post(base, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors[0].message).toMatch(/introspection/i);
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    expect((await fetch(`${base}/graphiql/graphiql.min.js`)).status).toBe(404);
  });

  it('sets security headers and a content security policy GraphiQL works under', async () => {
    const base = await start();
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-powered-by')).toBeNull();
    expect(await page.text()).not.toMatch(/<script>(?!<)/); // no inline script
  });

  it('answers CORS for the configured origins only', async () => {
    const base = await start({ corsOrigins: ['https://maps.example.org'] });
    const allowed = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://maps.example.org', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
    const other = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('metrics', () => {
  it('counts requests by operation, errors by code and reports the pool, in Prometheus format', async () => {
    const base = await start();
    await post(base, { query: 'query Regions { regions { name } }', operationName: 'Regions' });
    await post(base, { query: '{ authorities(first: 0) { totalCount } }' });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/atlas_graphql_requests_total\{operation="Regions",outcome="ok"\} 1/);
    expect(text).toMatch(/atlas_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/atlas_graphql_request_duration_seconds_count\{operation="Regions"\} 1/);
    expect(text).toMatch(/atlas_db_pool_connections\{state="total"\} \d+/);
    // The process's own figures come from its entry point (process.spec.ts), not from each server.
    expect(text).not.toMatch(/process_resident_memory_bytes/);
  });
});
