/**
 * Caching what only an import changes: whole responses keyed by the data version and the
 * request, ETag and Cache-Control with 304 on If-None-Match, GET and automatic persisted queries,
 * boundary GeoJSON kept across requests, and a data change making all of it unreachable at once.
 */
import { createHash } from 'node:crypto';
import { sql } from '../../../src/db/sql';
import type { Config } from '../../../src/config';
import type { AtlasServer } from '../../../src/server/http';
import { testLimits } from '../../support/config';
import { useTestServers } from '../../support/server';

const servers = useTestServers({ responseCacheBytes: 1 << 20 });
const start = (options: Partial<Config> = {}): Promise<{ server: AtlasServer; base: string }> => servers.start(options);

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** A response body as plain JSON. */
const json = (r: Response): Promise<any> => r.json();

const WESTMINSTER = '{ authority(code: "E09000033") { name mobility { rank band } } }';

describe('the response cache', () => {
  it('answers a repeated question from memory, with the same body, an ETag and Cache-Control', async () => {
    const { base } = await start({ cacheMaxAgeSeconds: 120 });
    const first = await post(base, { query: WESTMINSTER });
    const second = await post(base, { query: WESTMINSTER });
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
    expect(await json(second)).toEqual(await json(first));
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('etag')).toMatch(/^"\d+-[A-Za-z0-9_-]{22}"$/);
    expect(second.headers.get('cache-control')).toBe('public, max-age=120');
    // The hit ran no SQL: only a miss reports its statements.
    expect(Number(first.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    expect(second.headers.get('x-sql-statements')).toBeNull();
  });

  it('answers If-None-Match with the current ETag by 304 Not Modified, without a body', async () => {
    const { base } = await start();
    const first = await post(base, { query: WESTMINSTER });
    const etag = first.headers.get('etag')!;
    const again = await post(base, { query: WESTMINSTER }, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await post(base, { query: WESTMINSTER }, { 'if-none-match': '"0-stale"' });
    expect(stale.status).toBe(200);
  });

  it('keys by variables: each set gets its own answer', async () => {
    const { base } = await start();
    const query = 'query One($code: ID!) { authority(code: $code) { name } }';
    const a = await post(base, { query, variables: { code: 'E09000033' } });
    const b = await post(base, { query, variables: { code: 'E09000028' } });
    expect([a.headers.get('x-cache'), b.headers.get('x-cache')]).toEqual(['MISS', 'MISS']);
    expect([(await json(a)).data.authority.name, (await json(b)).data.authority.name]).toEqual([
      'Westminster',
      'Southwark',
    ]);
  });

  it('never keeps an answer with errors', async () => {
    const { base } = await start();
    for (let i = 0; i < 2; i += 1) {
      const r = await post(base, { query: '{ authorities(first: 1000) { totalCount } }' });
      expect((await json(r)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.headers.get('x-cache')).toBeNull();
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('serves GET requests, which browsers and CDNs can cache', async () => {
    const { base } = await start();
    const url = `${base}/graphql?query=${encodeURIComponent(WESTMINSTER)}`;
    const first = await fetch(url);
    const second = await fetch(url);
    expect((await json(first)).data.authority).toEqual({ name: 'Westminster', mobility: { rank: 1, band: 'HOTSPOT' } });
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
  });

  it('serves automatic persisted queries: a hash alone once the query is known', async () => {
    const { base } = await start();
    const hash = createHash('sha256').update(WESTMINSTER).digest('hex');
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const unknown = await fetch(`${base}/graphql?extensions=${extensions}`);
    expect((await json(unknown)).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(base, {
      query: WESTMINSTER,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect((await json(registered)).data.authority.name).toBe('Westminster');
    const byHash = await fetch(`${base}/graphql?extensions=${extensions}`);
    expect((await json(byHash)).data.authority.name).toBe('Westminster');
  });

  it('is switched off by a size of 0: every answer is worked out, and marked no-store', async () => {
    const { base } = await start({ responseCacheBytes: 0 });
    for (let i = 0; i < 2; i += 1) {
      const r = await post(base, { query: WESTMINSTER });
      expect(r.headers.get('x-cache')).toBeNull();
      expect(Number(r.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    }
  });
});

/** An AuthorityFilter `levels` deep: { not: { not: … } }. */
const nested = (levels: number): object => (levels === 0 ? { codes: ['E09000033'] } : { not: nested(levels - 1) });

describe('both media types of GraphQL over HTTP', () => {
  const LEGACY = 'application/json';
  const MODERN = 'application/graphql-response+json';
  const BAD = [
    ['a document that does not parse', { query: '{ authority(code: "E09000033") { name ' }, 'GRAPHQL_PARSE_FAILED'],
    [
      'a field that does not exist',
      { query: '{ authority(code: "E09000033") { salary } }' },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a variable that does not coerce',
      { query: 'query($n: Int) { authorities(first: $n) { totalCount } }', variables: { n: 'ten' } },
      'BAD_USER_INPUT',
    ],
    ['an argument out of its range', { query: '{ authorities(first: 1000) { totalCount } }' }, 'BAD_USER_INPUT'],
    [
      'a query over the cost limit',
      { query: '{ authorities(first: 500) { nodes { boundary } } }' },
      'QUERY_TOO_COSTLY',
    ],
    [
      'variables nested past MAX_INPUT_DEPTH (refused before Apollo sees them)',
      { query: 'query($f: AuthorityFilter) { authorities(filter: $f) { totalCount } }', variables: { f: nested(30) } },
      'BAD_USER_INPUT',
    ],
  ] as const;

  it.each(BAD)(
    'answers %s with 200 under application/json and 400 under application/graphql-response+json',
    async (_what, body, code) => {
      const { base } = await start({ limits: testLimits({ maxCost: 5000 }) });
      for (const [accept, status] of [
        [LEGACY, 200],
        [MODERN, 400],
      ] as const) {
        const response = await post(base, body, { accept });
        expect({ accept, status: response.status, type: response.headers.get('content-type') }).toEqual({
          accept,
          status,
          type: `${accept}; charset=utf-8`,
        });
        expect((await json(response)).errors[0].extensions.code).toBe(code);
      }
    },
  );

  it('chooses application/json for a client that accepts anything or says nothing, and follows q-values', async () => {
    const { base } = await start();
    const typeFor = async (accept?: string): Promise<string | null> =>
      (await post(base, { query: WESTMINSTER }, accept ? { accept } : {})).headers.get('content-type');
    expect(await typeFor()).toBe('application/json; charset=utf-8');
    expect(await typeFor('*/*')).toBe('application/json; charset=utf-8');
    expect(await typeFor('application/graphql-response+json, application/json;q=0.9')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(await typeFor('application/json, application/graphql-response+json;q=0.5')).toBe(
      'application/json; charset=utf-8',
    );
  });

  it('caches each media type apart, with its own ETag, and says it varies by Accept', async () => {
    const { base } = await start();
    const legacy = await post(base, { query: WESTMINSTER }, { accept: LEGACY });
    const modern = await post(base, { query: WESTMINSTER }, { accept: MODERN });
    const modernAgain = await post(base, { query: WESTMINSTER }, { accept: MODERN });
    expect([legacy, modern, modernAgain].map((r) => r.headers.get('x-cache'))).toEqual(['MISS', 'MISS', 'HIT']);
    expect(modernAgain.headers.get('content-type')).toBe(`${MODERN}; charset=utf-8`);
    expect(modernAgain.headers.get('vary')).toMatch(/accept/i);
    expect(await json(modernAgain)).toEqual(await json(legacy));
    const notModified = await fetch(`${base}/graphql?query=${encodeURIComponent(WESTMINSTER)}`, {
      headers: { accept: MODERN, 'if-none-match': modern.headers.get('etag')! },
    });
    expect(notModified.status).toBe(304);
  });
});

describe('the data version', () => {
  it('moves when the data changes, announced by NOTIFY, and cached answers give way at once', async () => {
    // Polling off: the version can only arrive by the notification the trigger sends at commit.
    const { server, base } = await start({ dataVersionPollMs: 0 });
    const before = server.dataVersion.current();
    const changesBefore = server.dataVersion.changes();
    const first = await post(base, { query: WESTMINSTER });
    expect(first.headers.get('x-cache')).toBe('MISS');
    // A write to a served table (one that changes nothing) is enough to bump the version.
    await servers.db.transaction((tx) =>
      tx.query('touchRegions', sql.query`update regions set name = name where code = 'E12000007'`),
    );
    for (let i = 0; i < 100 && server.dataVersion.current() === before; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    expect(server.dataVersion.current()).toBeGreaterThan(before);
    // Seen and moved to: counted for the requests that ran meanwhile, and nothing left on its way.
    expect(server.dataVersion.changes()).toBeGreaterThanOrEqual(changesBefore + 2);
    expect(server.dataVersion.pending()).toBe(false);
    const after = await post(base, { query: WESTMINSTER });
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });
});

describe('the OGC API pages', () => {
  it('come from the same response cache on repeat, with no statement, until the data changes', async () => {
    const { server, base } = await start({ dataVersionPollMs: 0 });
    const url = `${base}/ogc/collections/authorities/items?band=COLDSPOT&limit=50`;
    const first = await fetch(url);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(Number(first.headers.get('x-sql-statements'))).toBeGreaterThan(0);
    const body = await first.text();
    const again = await fetch(url);
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('x-sql-statements')).toBe('0');
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await again.text()).toBe(body);
    // Its HTML is kept apart from its JSON.
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('x-cache')).toBe('MISS');
    // A CSV (streamed) is worked out each time.
    expect((await fetch(`${url}&f=csv`)).headers.get('x-cache')).toBeNull();

    const before = server.dataVersion.current();
    await servers.db.transaction((tx) =>
      tx.query('touchRegions', sql.query`update regions set name = name where code = 'E12000007'`),
    );
    for (let i = 0; i < 100 && server.dataVersion.current() === before; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    const after = await fetch(url);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });
});

describe('the geometry cache', () => {
  it('simplifies each boundary once: a second request for the same output fetches no geometry', async () => {
    const { base } = await start({ responseCacheBytes: 0, geometryCacheBytes: 1 << 24 });
    const query = '{ authority(code: "E06000009") { boundary(simplifyMetres: 250, precision: 5) } }';
    const first = await post(base, { query });
    const second = await post(base, { query });
    expect(await json(second)).toEqual(await json(first));
    expect(Number(second.headers.get('x-sql-statements'))).toBe(Number(first.headers.get('x-sql-statements')) - 1);
  });
});
