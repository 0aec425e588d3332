/**
 * Admission control: how much GraphQL work may wait for the database at once. A request is
 * admitted after its cost is known (limits.ts) and holds its slot until its response is sent.
 * At most `concurrency` requests run; at most `heavyConcurrency` of them cost `heavyCost` or more,
 * so heavy requests cannot take every slot; a freed slot goes to the oldest light request first.
 * At most `queue` requests wait, each at most `queueTimeoutMs`: past either bound the request is
 * answered at once with SERVER_BUSY (HTTP 503, Retry-After), never left hanging. Cached responses,
 * /healthz, /readyz and /metrics do not pass through here and keep answering.
 *
 * Before that, at the HTTP layer: request bodies above `largeBodyBytes` are read, parsed and
 * checked `largeBodyConcurrency` at a time (largeBodyGate). Parsing a body of hundreds of KB
 * (most of them hostile: inputs nested 100,000 deep, 20,000 or-branches) takes the event loop
 * for milliseconds each; one at a time, ordinary small requests pass between them.
 *
 * Written here rather than taken from a library: p-limit and p-queue (ESM only) bound running
 * work but neither bounds the queue with a per-waiter timeout and two priority lanes, which is
 * this whole module.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../common';

export interface AdmissionOptions {
  /** Requests running at once (default: the database pool's size). */
  concurrency: number;
  /** Of those, requests whose cost is at least heavyCost. */
  heavyConcurrency: number;
  /** Cost from which a request is heavy. */
  heavyCost: number;
  /**
   * The share of time heavy requests may hold their slots while light requests are about (one
   * was admitted in the last second), 0 < share <= 1 (1: no bound). After a heavy request held
   * its slot t ms, the next heavy one waits t × (1 − share) / share ms more, so heavy work cannot
   * keep the event loop busy back to back and an ordinary request finds it free. With no light
   * request about, heavy ones follow each other at once.
   */
  heavyShare: number;
  /** Requests waiting for a slot, both lanes together. */
  queue: number;
  /** Longest wait for a slot, ms. */
  queueTimeoutMs: number;
  /** Bodies larger than this (or of unknown length) are read and parsed `largeBodyConcurrency` at a time. */
  largeBodyBytes: number;
  largeBodyConcurrency: number;
}

/** The server cannot take the request now; retry after the given seconds. */
export class ServerBusyError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      extensions: {
        code: 'SERVER_BUSY',
        retryAfterSeconds,
        http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
    this.name = 'ServerBusyError';
  }
}

interface Waiter {
  heavy: boolean;
  grant: () => void;
  timer: NodeJS.Timeout;
}

export interface AdmissionStats {
  running: number;
  runningHeavy: number;
  waiting: number;
  rejected: number;
}

/** How recently a light request must have come for heavy ones to leave it room (heavyShare). */
const LIGHT_ABOUT_MS = 1000;

export class Admission {
  private running = 0;
  private runningHeavy = 0;
  private rejected = 0;
  private readonly light: Waiter[] = [];
  private readonly heavy: Waiter[] = [];
  /** When the heavy lane may start its next request (performance.now() ms), after its share. */
  private heavyResumesAt = 0;
  /** When a light request was last admitted (performance.now() ms). */
  private lightSeenAt = -Infinity;
  private resumeTimer: NodeJS.Timeout | undefined;

  constructor(readonly options: AdmissionOptions) {}

  stats(): AdmissionStats {
    return {
      running: this.running,
      runningHeavy: this.runningHeavy,
      waiting: this.light.length + this.heavy.length,
      rejected: this.rejected,
    };
  }

  /** Waits for a slot for a request of this cost; resolves to the function that frees it (call it once). */
  acquire(cost: number): Promise<() => void> {
    const heavy = cost >= this.options.heavyCost;
    if (!heavy) this.lightSeenAt = performance.now();
    if (this.fits(heavy) && (heavy ? this.heavy.length === 0 && this.light.length === 0 : this.light.length === 0))
      return Promise.resolve(this.take(heavy));
    if (this.light.length + this.heavy.length >= this.options.queue) {
      this.rejected += 1;
      return Promise.reject(
        new ServerBusyError(
          `The server has ${this.options.queue} requests waiting, its limit (ADMISSION_QUEUE); retry in 1 s`,
          1,
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const lane = heavy ? this.heavy : this.light;
      const waiter: Waiter = {
        heavy,
        grant: () => resolve(this.take(heavy)),
        timer: setTimeout(() => {
          const at = lane.indexOf(waiter);
          if (at >= 0) lane.splice(at, 1);
          this.rejected += 1;
          reject(
            new ServerBusyError(
              `The request waited ${this.options.queueTimeoutMs} ms for the database without a turn (ADMISSION_QUEUE_TIMEOUT_MS); retry in 1 s`,
              1,
            ),
          );
        }, this.options.queueTimeoutMs),
      };
      waiter.timer.unref();
      lane.push(waiter);
    });
  }

  private fits(heavy: boolean): boolean {
    return (
      this.running < this.options.concurrency &&
      (!heavy || (this.runningHeavy < this.options.heavyConcurrency && this.heavyRested()))
    );
  }

  /** Whether the heavy lane has rested enough; if not, wakes the queue when it has. */
  private heavyRested(): boolean {
    const wait = this.heavyResumesAt - performance.now();
    if (wait <= 0) return true;
    if (!this.resumeTimer) {
      this.resumeTimer = setTimeout(() => {
        this.resumeTimer = undefined;
        this.next();
      }, Math.ceil(wait));
      this.resumeTimer.unref();
    }
    return false;
  }

  private take(heavy: boolean): () => void {
    this.running += 1;
    if (heavy) this.runningHeavy += 1;
    const since = performance.now();
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.running -= 1;
      if (heavy) {
        this.runningHeavy -= 1;
        const share = this.options.heavyShare;
        const now = performance.now();
        if (share < 1 && now - this.lightSeenAt < LIGHT_ABOUT_MS) {
          this.heavyResumesAt = Math.max(this.heavyResumesAt, now) + ((now - since) * (1 - share)) / share;
        }
      }
      this.next();
    };
  }

  /** Gives free slots to waiters: light ones first, then heavy ones while the heavy lane has room. */
  private next(): void {
    while (this.running < this.options.concurrency) {
      const lane = this.light.length > 0 ? this.light : this.heavy.length > 0 && this.fits(true) ? this.heavy : null;
      if (!lane) return;
      const waiter = lane.shift()!;
      clearTimeout(waiter.timer);
      waiter.grant();
    }
  }
}

/**
 * Holds POST bodies larger than `options.largeBodyBytes` (or without a length) before they are
 * read, `options.largeBodyConcurrency` at a time, queued as the GraphQL admission is; a full queue
 * or an expired wait is a 503 SERVER_BUSY with Retry-After, and the body is never read.
 */
export function largeBodyGate(
  app: FastifyInstance,
  options: AdmissionOptions,
  onRejected?: (code: string) => void,
): Admission {
  const gate = new Admission({
    ...options,
    concurrency: options.largeBodyConcurrency,
    heavyConcurrency: options.largeBodyConcurrency,
    heavyCost: Number.MAX_SAFE_INTEGER,
  });
  const held = new WeakMap<FastifyRequest, () => void>();
  app.addHook('preParsing', (request, reply, payload, done) => {
    const length = Number(request.headers['content-length']);
    // Most requests are small: passed on at once, without a promise.
    if (request.method !== 'POST' || (Number.isFinite(length) && length <= options.largeBodyBytes))
      return done(null, payload);
    gate.acquire(0).then(
      (release) => {
        held.set(request, release);
        done(null, payload);
      },
      (err: unknown) => {
        if (!(err instanceof ServerBusyError)) return done(err as Error);
        onRejected?.('SERVER_BUSY');
        const body = { errors: [{ message: err.message, extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 1 } }] };
        void reply
          .code(503)
          .header('retry-after', '1')
          .header('connection', 'close')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify(body));
      },
    );
  });
  const free = (request: FastifyRequest, _reply: unknown, done: () => void): void => {
    held.get(request)?.();
    held.delete(request);
    done();
  };
  app.addHook('onResponse', free);
  app.addHook('onRequestAbort', (request, done) => free(request, undefined, done));
  return gate;
}

/**
 * Admission as an Apollo Server plugin: an operation the cost plugin accepted (it sets
 * `contextValue.cost`; that plugin is listed first and its hook is synchronous) waits here for a
 * turn before it executes; the turn is given back when its response is sent. A turn granted
 * after the response went (another plugin refused the operation meanwhile) is given back at once.
 */
export function admissionPlugin(admission: Admission): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let turn: Promise<() => void> | undefined;
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.cost === undefined) return;
          turn = admission.acquire(contextValue.cost);
          await turn;
        },
        async willSendResponse() {
          void turn?.then(
            (release) => release(),
            () => undefined,
          );
        },
      };
    },
  };
}
