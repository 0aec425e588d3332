/**
 * The HTTP surface: health and readiness, GraphiQL for browsers, bad requests answered as
 * GraphQL errors with HTTP 400, internal errors masked, request ids, and a graceful stop that
 * lets in-flight requests finish.
 */
import { testConfig } from '../../support/config';
import type { AddressInfo } from 'node:net';
import type { Db, Queryable } from '../../../src/db/db';
import { createServer, type AtlasServer } from '../../../src/server/http';
import { openTestDb, testLog } from '../../support/db';

let db: Db;
let server: AtlasServer;
let base: string;

async function start(database: Db): Promise<{ server: AtlasServer; base: string }> {
  const s = await createServer({
    db: database,
    log: testLog,
    config: testConfig({ graphiql: true, introspection: true, shutdownGraceMs: 5000 }),
  });
  const address: AddressInfo = await s.listen(0, '127.0.0.1');
  return { server: s, base: `http://127.0.0.1:${address.port}` };
}

/** Posts as GraphQL clients do today, accepting application/graphql-response+json (media-type.ts). */
const post = (url: string, body: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });

beforeAll(async () => {
  db = await openTestDb();
  ({ server, base } = await start(db));
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('health and readiness', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports ready with the loaded data on /readyz', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', authorities: 326, editions: 1 });
  });
});

describe('GraphiQL', () => {
  it('serves GraphiQL to a browser at GET /graphql, with its assets from the app itself', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="graphiql"');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/); // nothing from the internet
    for (const asset of [
      '/graphiql/graphiql.min.js',
      '/graphiql/graphiql.min.css',
      '/graphiql/react.production.min.js',
      '/graphiql/react-dom.production.min.js',
    ]) {
      expect(html).toContain(asset);
      const response = await fetch(`${base}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL GET requests that carry a query', async () => {
    const response = await fetch(
      `${base}/graphql?query=${encodeURIComponent('{ authority(code: "E09000033") { name } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { authority: { name: 'Westminster' } } });
  });
});

describe('bad requests', () => {
  it('answers a body that is not JSON with HTTP 400 and a GraphQL error', async () => {
    const response = await post(base, '{"query": "{ regions { name }');
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('answers a malformed query with HTTP 400 GRAPHQL_PARSE_FAILED', async () => {
    const response = await post(base, JSON.stringify({ query: '{ authority(code: "E09000033") { name ' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/^Syntax Error/);
  });

  it('answers an unknown field with HTTP 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await post(base, JSON.stringify({ query: '{ authority(code: "E09000033") { salary } }' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers a variable of the wrong type with HTTP 400 BAD_USER_INPUT', async () => {
    const response = await post(
      base,
      JSON.stringify({ query: 'query($n: Int) { authorities(first: $n) { totalCount } }', variables: { n: 'ten' } }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an out-of-range argument with a BAD_USER_INPUT error naming it', async () => {
    const response = await post(base, JSON.stringify({ query: '{ authorities(first: 1000) { totalCount } }' }));
    const body = (await response.json()) as any;
    expect(body.errors[0]).toMatchObject({
      message: 'first must be a whole number between 1 and 500 (got 1000)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('answers an oversized body with HTTP 413', async () => {
    const response = await post(base, JSON.stringify({ query: `{ regions { name } } # ${'x'.repeat(1_100_000)}` }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('echoes a valid x-request-id, and makes one up otherwise', async () => {
    const given = await post(base, JSON.stringify({ query: '{ regions { name } }' }), { 'x-request-id': 'trace-123' });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await post(base, JSON.stringify({ query: '{ regions { name } }' }), {
      'x-request-id': 'bad id with spaces',
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('when the database fails', () => {
  it('masks the internal error with an id and reports not ready', async () => {
    const broken = await openTestDb();
    const { server: s, base: url } = await start(broken);
    try {
      await broken.close();
      const response = await post(url, JSON.stringify({ query: '{ regions { name } }' }));
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].message).toMatch(/^Internal error \(id [A-Za-z0-9_-]+\)$/);
      expect(JSON.stringify(body)).not.toMatch(/select|regions from|stack|\.ts:/i);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as any).status).toBe('database unreachable');
    } finally {
      await s.stop();
    }
  });
});

describe('graceful stop', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    // The real test database, with statements held at a gate the test opens (fault injection,
    // not a mock: every statement still runs against the database).
    const gate: { open?: () => void; entered?: () => void } = {};
    const entered = new Promise<void>((resolve) => (gate.entered = resolve));
    const opened = new Promise<void>((resolve) => (gate.open = resolve));
    const held: Db = {
      ...db,
      driver: db.driver,
      query: (async (name: string, query: Parameters<Queryable['query']>[1]) => {
        // The server's own bookkeeping (its data version) passes; the request's statements wait.
        if (name === 'currentDataVersion') return db.query(name, query);
        gate.entered?.();
        await opened;
        return db.query(name, query);
      }) as Db['query'],
      transaction: db.transaction.bind(db),
      ping: db.ping.bind(db),
      close: async () => undefined,
    };
    const { server: s, base: url } = await start(held);
    const inFlight = post(url, JSON.stringify({ query: '{ authority(code: "E09000033") { name } }' }));
    await entered;
    const stopped = s.stop();
    let stopDone = false;
    void stopped.then(() => (stopDone = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopDone).toBe(false); // still waiting for the request
    gate.open?.();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { authority: { name: 'Westminster' } } });
    await stopped;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
