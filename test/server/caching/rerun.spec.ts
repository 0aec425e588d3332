/**
 * A request that runs while a data change commits is worked out again, once the instance serves
 * the change: its statements are separate snapshots, and some could have read each side of it.
 * One that arrives while a change is on its way waits for it.
 * This pins down graphql-handler.ts on a small synthetic schema of this file's own (one field that
 * says which data version it was worked out for, and can make a change arrive while it runs),
 * with a data version that moves when the test says; the real server's version, NOTIFY and
 * replicas are covered by response-cache.spec.ts and `npm run scale:test`.
 */
import { ApolloServer } from '@apollo/server';
import Fastify, { type FastifyInstance } from 'fastify';
import { ByteCache } from '../../../src/common';
import { testLimits } from '../../support/config';
import type { RequestContext } from '../../../src/common';
import type { DataVersion } from '../../../src/server/data-version';
import { ServerBusyError } from '../../../src/server/admission';
import { graphqlHandler, type CachedResponse } from '../../../src/server/graphql-handler';

/** A data version the test moves: `announce()` counts a change and `settled()` waits for `move()`. */
function testVersion(start: number) {
  let version = start;
  let changes = 0;
  let moved: Promise<void> = Promise.resolve();
  let finish = (): void => undefined;
  let pending = false;
  const dv: DataVersion = {
    current: () => version,
    refresh: async () => version,
    changes: () => changes,
    pending: () => pending,
    settled: () => moved,
    stop: async () => undefined,
  };
  return {
    dv,
    announce(): void {
      changes += 1;
      pending = true;
      moved = new Promise((resolve) => (finish = resolve));
    },
    move(): void {
      version += 1;
      changes += 1;
      pending = false;
      finish();
    },
  };
}

let app: FastifyInstance;
let base: string;
let apollo: ApolloServer<RequestContext>;
const version = testVersion(7);
let runs: number[] = [];
let reruns = 0;
/** What the field does while it runs the next time: e.g. announce a change and move a little later. */
let during: (() => void) | null = null;

beforeAll(async () => {
  apollo = new ApolloServer<RequestContext>({
    typeDefs: 'type Query { workedOutFor(question: Int): Int }',
    // As the admission plugin does when no slot comes in time: a query aliased `refused` is
    // refused before it runs (after doing what the test says, e.g. letting a change commit).
    plugins: [
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ request }) {
              if (!request.query?.includes('refused')) return;
              const act = during;
              during = null;
              act?.();
              throw new ServerBusyError('the server is busy', 1);
            },
          };
        },
      },
    ],
    resolvers: {
      Query: {
        workedOutFor: async (_: unknown, __: unknown, context: RequestContext) => {
          runs.push(context.dataVersion);
          const act = during;
          during = null;
          act?.();
          await new Promise((r) => setTimeout(r, 5));
          return context.dataVersion;
        },
      },
    },
  });
  await apollo.start();
  app = Fastify();
  app.post(
    '/graphql',
    graphqlHandler({
      apollo,
      // Only what the handler and this schema read.
      context: async (_request, dataVersion) =>
        ({ dataVersion, response: { hasErrors: false } }) as unknown as RequestContext,
      dataVersion: version.dv,
      responses: new ByteCache<CachedResponse>(1 << 20, (e) => e.body.length),
      maxAgeSeconds: 60,
      limits: testLimits(),
      onRerun: () => (reruns += 1),
    }),
  );
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await apollo.stop();
});
beforeEach(() => {
  runs = [];
  reruns = 0;
});

async function ask(
  question: number,
): Promise<{ status: number; headers: Record<string, string | undefined>; body: unknown }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ workedOutFor(question: ${question}) }` }),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(
      ['x-cache', 'etag', 'cache-control'].map((h) => [h, response.headers.get(h) ?? undefined]),
    ),
    body: await response.json(),
  };
}

describe('a data change while a request runs', () => {
  it('leaves a request that saw no change alone: worked out once, cached', async () => {
    const first = await ask(1);
    expect(first.body).toEqual({ data: { workedOutFor: 7 } });
    expect(runs).toEqual([7]);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.headers.etag).toMatch(/^"7-/);
    expect((await ask(1)).headers['x-cache']).toBe('HIT');
    expect(reruns).toBe(0);
  });

  it('works the request out again for the new version, once the instance has moved to it', async () => {
    // The change is announced while the field runs; the instance moves 50 ms later (a replica replaying it).
    during = () => {
      version.announce();
      setTimeout(() => version.move(), 50);
    };
    const answer = await ask(2);
    expect(runs).toEqual([7, 8]);
    expect(reruns).toBe(1);
    expect(answer.body).toEqual({ data: { workedOutFor: 8 } });
    // Kept for the version it was worked out for, and served from memory after.
    expect(answer.headers.etag).toMatch(/^"8-/);
    const again = await ask(2);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.headers.etag).toBe(answer.headers.etag);
  });

  it('holds a request that arrives while a change is on its way until the instance serves it, then works it out once', async () => {
    version.announce();
    const from = version.dv.current();
    setTimeout(() => version.move(), 50);
    const answer = await ask(4);
    expect(runs).toEqual([from + 1]);
    expect(reruns).toBe(0);
    expect(answer.body).toEqual({ data: { workedOutFor: from + 1 } });
    expect(answer.headers.etag).toMatch(new RegExp(`^"${from + 1}-`));
  });

  it('answers the second try even when another change comes during it, and keeps nothing', async () => {
    during = () => {
      version.announce();
      version.move();
      // During the second try, one more change: it is not tried a third time, and it is not cached.
      during = () => {
        version.announce();
        version.move();
      };
    };
    const first = ask(3);
    const answer = await first;
    expect(runs).toEqual([9, 10]);
    expect(reruns).toBe(1);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { workedOutFor: 10 } });
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers.etag).toBeUndefined();
  });

  it('answers a request refused before it ran (SERVER_BUSY) as it is, though a change committed meanwhile', async () => {
    during = () => {
      version.announce();
      setTimeout(() => version.move(), 20);
    };
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ refused: workedOutFor(question: 5) }' }),
    });
    expect(response.status).toBe(503);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('SERVER_BUSY');
    expect(runs).toEqual([]);
    expect(reruns).toBe(0);
  });
});
