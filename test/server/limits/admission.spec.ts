/**
 * Admission control: a bounded number of GraphQL requests run at once, heavy ones in a lane of
 * their own, light ones first when a slot frees; a full queue or a wait past its timeout is
 * answered at once with SERVER_BUSY (503, Retry-After), while health, metrics and cached
 * responses keep answering.
 */
import type { AddressInfo } from 'node:net';
import type { Db } from '../../../src/db/db';
import { Admission, ServerBusyError } from '../../../src/server/admission';
import { admissionFor, createServer, type AtlasServer } from '../../../src/server/http';
import { testConfig } from '../../support/config';
import { openTestDb, testLog } from '../../support/db';

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the admission queue', () => {
  it('runs at most `concurrency` requests, and at most `heavyConcurrency` heavy ones', async () => {
    const gate = new Admission({
      concurrency: 3,
      heavyConcurrency: 1,
      heavyCost: 100,
      heavyShare: 1,
      queue: 10,
      queueTimeoutMs: 60000,
      largeBodyBytes: 65536,
      largeBodyConcurrency: 1,
    });
    const heavy1 = await gate.acquire(500);
    let heavy2: (() => void) | undefined;
    void gate.acquire(500).then((r) => (heavy2 = r));
    const light1 = await gate.acquire(5);
    await settle();
    expect(heavy2).toBeUndefined();
    expect(gate.stats()).toMatchObject({ running: 2, runningHeavy: 1, waiting: 1 });
    heavy1();
    await settle();
    expect(heavy2).toBeDefined();
    expect(gate.stats()).toMatchObject({ running: 2, runningHeavy: 1, waiting: 0 });
    light1();
    heavy2!();
    expect(gate.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('gives a freed slot to a waiting light request before an older heavy one', async () => {
    const gate = new Admission({
      concurrency: 1,
      heavyConcurrency: 1,
      heavyCost: 100,
      heavyShare: 1,
      queue: 10,
      queueTimeoutMs: 60000,
      largeBodyBytes: 65536,
      largeBodyConcurrency: 1,
    });
    const first = await gate.acquire(5);
    const order: string[] = [];
    const heavy = gate.acquire(500).then((r) => (order.push('heavy'), r));
    const light = gate.acquire(5).then((r) => (order.push('light'), r));
    first();
    (await light)();
    (await heavy)();
    expect(order).toEqual(['light', 'heavy']);
  });

  it('lets heavy requests hold their slots for at most ADMISSION_HEAVY_SHARE of the time, and admits light ones meanwhile', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const gate = new Admission({
        concurrency: 2,
        heavyConcurrency: 1,
        heavyCost: 100,
        heavyShare: 0.25,
        queue: 10,
        queueTimeoutMs: 60000,
        largeBodyBytes: 65536,
        largeBodyConcurrency: 1,
      });
      // With no light request about, heavy ones follow each other at once.
      const alone = await gate.acquire(500);
      jest.advanceTimersByTime(40);
      alone();
      const heavy1 = await gate.acquire(500);
      (await gate.acquire(5))();
      jest.advanceTimersByTime(40);
      // Held 40 ms at a share of a quarter, with a light request about: the heavy lane rests 40 × 0.75 / 0.25 = 120 ms.
      heavy1();
      let heavy2: (() => void) | undefined;
      void gate.acquire(500).then((r) => (heavy2 = r));
      (await gate.acquire(5))();
      jest.advanceTimersByTime(119);
      await settle();
      expect(heavy2).toBeUndefined();
      jest.advanceTimersByTime(2);
      await settle();
      expect(heavy2).toBeDefined();
      heavy2!();
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses at once when the queue is full, and after the queue timeout, with SERVER_BUSY and a retry time', async () => {
    const gate = new Admission({
      concurrency: 1,
      heavyConcurrency: 1,
      heavyCost: 100,
      heavyShare: 1,
      queue: 1,
      queueTimeoutMs: 50,
      largeBodyBytes: 65536,
      largeBodyConcurrency: 1,
    });
    const held = await gate.acquire(1);
    const waiting = gate.acquire(1);
    const full = gate.acquire(1);
    await expect(full).rejects.toBeInstanceOf(ServerBusyError);
    await expect(full).rejects.toMatchObject({
      extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 1 },
      message: expect.stringMatching(/ADMISSION_QUEUE\)/),
    });
    await expect(waiting).rejects.toMatchObject({
      extensions: { code: 'SERVER_BUSY' },
      message: expect.stringMatching(/waited 50 ms .*ADMISSION_QUEUE_TIMEOUT_MS/),
    });
    expect(gate.stats()).toMatchObject({ running: 1, waiting: 0, rejected: 2 });
    held();
    // A slot freed twice is freed once.
    held();
    expect(gate.stats().running).toBe(0);
    (await gate.acquire(1))();
  });
});

describe('admission in the server', () => {
  let db: Db;
  let server: AtlasServer;
  let base: string;
  beforeAll(async () => {
    db = await openTestDb();
    const config = testConfig({ responseCacheBytes: 1 << 20 });
    server = await createServer({
      db,
      log: testLog,
      config: { ...config, admission: { ...config.admission, concurrency: 1, queue: 1, queueTimeoutMs: 200 } },
    });
    const address: AddressInfo = await server.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  const post = async (query: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      cache: response.headers.get('x-cache'),
      body: (await response.json()) as any,
    };
  };

  it('defaults to 2 requests at once on the embedded database and the pool size on PostgreSQL', () => {
    const given = testConfig().admission;
    expect(admissionFor(db, given)).toMatchObject(
      db.driver === 'pglite'
        ? { concurrency: 2, heavyConcurrency: 1 }
        : { concurrency: expect.any(Number), heavyConcurrency: expect.any(Number) },
    );
    expect(admissionFor(db, { ...given, concurrency: 8 })).toMatchObject({
      concurrency: 8,
      heavyConcurrency: 2,
      heavyCost: 5000,
    });
  });

  it('answers SERVER_BUSY (503, Retry-After) while its slots and queue are taken; health and cached answers go on', async () => {
    const cached = await post('{ authority(code: "E06000001") { name } }');
    expect(cached.body.data.authority.name).toBe('Hartlepool');
    // The test takes the only slot, as a long request would.
    const held = await server.admission.acquire(1);
    const queued = post('{ authority(code: "E06000002") { name } }');
    // Wait until it is queued, then one more finds the queue full.
    for (let i = 0; i < 100 && server.admission.stats().waiting === 0; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    const full = await post('{ authority(code: "E06000003") { name } }');
    expect(full.status).toBe(503);
    expect(full.retryAfter).toBe('1');
    expect(full.body.errors[0]).toMatchObject({ extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 1 } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const again = await post('{ authority(code: "E06000001") { name } }');
    expect(again).toMatchObject({ status: 200, cache: 'HIT' });
    const timedOut = await queued;
    expect(timedOut.status).toBe(503);
    expect(timedOut.body.errors[0].message).toMatch(/waited 200 ms/);
    held();
    const after = await post('{ authority(code: "E06000002") { name } }');
    expect(after.body.data.authority.name).toBe('Middlesbrough');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/atlas_graphql_errors_total\{code="SERVER_BUSY"\} 2/);
    expect(metrics).toMatch(/atlas_admission_requests\{state="running"\} 0/);
  });

  it('reads bodies over ADMISSION_LARGE_BODY_BYTES one at a time, while small requests pass', async () => {
    const held = await server.largeBodies.acquire(0);
    // A valid query padded past 64 KiB with spaces.
    const large = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ authority(code: "E06000004") { name } }${' '.repeat(70000)}` }),
    });
    for (let i = 0; i < 100 && server.largeBodies.stats().waiting === 0; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(server.largeBodies.stats().waiting).toBe(1);
    const small = await post('{ authority(code: "E06000005") { name } }');
    expect(small.body.data.authority.name).toBe('Darlington');
    held();
    const answered = await large;
    expect(answered.status).toBe(200);
    expect(((await answered.json()) as any).data.authority.name).toBe('Stockton-on-Tees');
    expect(server.largeBodies.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('answers a large body SERVER_BUSY, unread, when the large-body queue is full or its wait runs out', async () => {
    const held = await server.largeBodies.acquire(0);
    const large = (code: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ authority(code: "${code}") { name } }${' '.repeat(70000)}` }),
      });
    const waiting = large('E06000004');
    for (let i = 0; i < 100 && server.largeBodies.stats().waiting === 0; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    const full = await large('E06000005');
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('1');
    expect(((await full.json()) as any).errors[0].extensions.code).toBe('SERVER_BUSY');
    const timedOut = await waiting;
    expect(timedOut.status).toBe(503);
    expect(((await timedOut.json()) as any).errors[0].message).toMatch(/waited 200 ms/);
    held();
    expect(server.largeBodies.stats()).toMatchObject({ running: 0, waiting: 0 });
    expect((await large('E06000004')).status).toBe(200);
  });
});
