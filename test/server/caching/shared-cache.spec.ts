/**
 * The shared (Redis) response cache and the metrics listener, as far as they can be shown without
 * a Redis server: with Redis unreachable every request is still answered (the cache is bypassed
 * and the failure counted), and /metrics can move to a port of its own that the API port does
 * not serve. Two instances sharing a real Redis, and Redis stopping under load, are
 * `npm run scale:test` (it starts its own redis-server).
 */
import { createServer as createNetServer } from 'node:net';
import { createHook } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSharedCache } from '../../../src/common';
import { freePort } from '../../support/processes';
import { useTestServers } from '../../support/server';

const servers = useTestServers();

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ask = (base: string, query: string): Promise<Response> =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('the shared cache when Redis is down', () => {
  it('answers every request, from the database and the in-memory cache, and counts the failures', async () => {
    const { base } = await servers.start({
      responseCacheBytes: 1 << 20,
      sharedCache: { url: `redis://127.0.0.1:${await closedPort()}`, ttlSeconds: 60, maxEntryBytes: 1 << 20 },
    });
    const outcomes: string[] = [];
    for (const code of ['E09000033', 'E09000028', 'E09000033']) {
      const response = await ask(base, `{ authority(code: "${code}") { name mobility { rank } } }`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { authority: { name: string } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.authority.name).toMatch(/Westminster|Southwark/);
      outcomes.push(response.headers.get('x-cache')!);
    }
    // The repeat is answered by the instance's own cache, as without Redis.
    expect(outcomes).toEqual(['MISS', 'MISS', 'HIT']);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(
      Number(/^atlas_shared_cache_total\{outcome="error"\} (\d+)/m.exec(metrics)?.[1] ?? 0),
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('stopping with Redis down', () => {
  it('leaves no timer behind to hold the process open (ioredis waits 2 s on a socket that never closes)', async () => {
    const cache = createSharedCache({
      url: `redis://127.0.0.1:${await closedPort()}`,
      ttlSeconds: 60,
      maxEntryBytes: 1024,
    });
    await sleep(5); // connecting
    // The timers close() starts, and whether any is still pending 400 ms later.
    const started: { _destroyed?: boolean }[] = [];
    const hook = createHook({
      init: (_id, type, _trigger, timer) =>
        void (type === 'Timeout' && started.push(timer as { _destroyed?: boolean })),
    }).enable();
    try {
      await cache.close();
    } finally {
      hook.disable();
    }
    await sleep(400);
    expect(started.filter((t) => !t._destroyed)).toHaveLength(0);
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics on a listener of its own, and not on the API port', async () => {
    const metricsPort = await freePort();
    const { base, server } = await servers.start({ metricsPort, metricsHost: '127.0.0.1' });
    expect(server.metricsAddress()?.port).toBe(metricsPort);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const own = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(own.status).toBe(200);
    expect(await own.text()).toMatch(/^atlas_memory_bytes\{part="v8_heap_used"\} \d+/m);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/graphql`)).status).toBe(404);
  });
});
