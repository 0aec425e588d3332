/**
 * Prometheus metrics (prom-client) at /metrics: GraphQL requests and latency by operation,
 * errors by code, database pool usage (one registry per server), and the process's own figures
 * (prom-client's defaults: CPU, memory, handles, event-loop lag, GC), made once per process.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestContext, SharedOutcome } from '../common';
import type { Db } from '../db';
import type { Admission } from './admission';

export interface Metrics {
  registry: Registry;
  plugin: ApolloServerPlugin<RequestContext>;
  /** Counts what the response cache did with a request. */
  cacheOutcome: (outcome: 'hit' | 'shared_hit' | 'miss' | 'bypass') => void;
  /** Counts an outcome of the shared (Redis) cache. */
  sharedCacheOutcome: (outcome: SharedOutcome) => void;
  /** Counts an error given before Apollo saw the request (the query text refused unparsed). */
  rejected: (code: string) => void;
  /** Counts a request answered again because the data changed while it ran. */
  rerun: () => void;
}

/** Bytes held by the parts of the process the memory gauge reports beside V8's own figures. */
export type MemoryParts = () => Record<string, number>;

/**
 * The process's own metrics, for its entry point to make once and hand to its server. prom-client
 * watches garbage collection with a PerformanceObserver and the event loop with a delay monitor,
 * and never lets either go: made per server, every server a process ever started would keep its
 * observer, and with it all it could reach, for the life of the process.
 */
export function createProcessMetrics(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface MetricsOptions {
  db: Db;
  admission?: Admission;
  memoryParts?: MemoryParts;
  /** The process's own (createProcessMetrics), reported beside the server's; without them, the server's only. */
  processMetrics?: Registry;
}

export function createMetrics({ db, admission, memoryParts, processMetrics }: MetricsOptions): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: 'atlas_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok or error).',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'atlas_graphql_request_duration_seconds',
    help: 'GraphQL request duration by operation name.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'atlas_graphql_errors_total',
    help: 'GraphQL errors by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const statements = new Counter({
    name: 'atlas_sql_statements_total',
    help: 'SQL statements issued by GraphQL requests.',
    registers: [registry],
  });
  const cache = new Counter({
    name: 'atlas_response_cache_requests_total',
    help: 'GraphQL requests by response cache outcome: hit (answered from memory), shared_hit (answered from the shared Redis cache), miss (answered and kept), bypass (not cacheable: errors, or the data changed meanwhile).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'atlas_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting); the embedded database has one.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = db.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });

  new Gauge({
    name: 'atlas_memory_bytes',
    help: 'Where the memory goes, by part: v8_heap_used, array_buffers (outside the V8 heap; the embedded database keeps its files there), embedded_database_heap (the WebAssembly memory of PGlite, which grows and never shrinks), response_cache and geometry_cache (bytes held).',
    labelNames: ['part'],
    registers: [registry],
    collect() {
      const m = process.memoryUsage();
      this.set({ part: 'v8_heap_used' }, m.heapUsed);
      this.set({ part: 'array_buffers' }, m.arrayBuffers);
      this.set({ part: 'embedded_database_heap' }, db.memoryBytes?.() ?? 0);
      for (const [part, bytes] of Object.entries(memoryParts?.() ?? {})) this.set({ part }, bytes);
    },
  });

  if (admission) {
    new Gauge({
      name: 'atlas_admission_requests',
      help: 'GraphQL requests in admission control by state: running, running_heavy (cost at least ADMISSION_HEAVY_COST), waiting.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const s = admission.stats();
        this.set({ state: 'running' }, s.running);
        this.set({ state: 'running_heavy' }, s.runningHeavy);
        this.set({ state: 'waiting' }, s.waiting);
      },
    });
  }

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, operationName, errors: failures }) {
          const operation = operationName ?? request.operationName ?? 'anonymous';
          const seconds = (performance.now() - started) / 1000;
          requests.inc({ operation, outcome: failures?.length ? 'error' : 'ok' });
          duration.observe({ operation }, seconds);
          statements.inc(contextValue.statements.count);
          for (const e of failures ?? []) errors.inc({ code: String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          contextValue.log.debug(
            {
              operation,
              ms: Math.round(seconds * 1000),
              statements: contextValue.statements.count,
              cost: contextValue.cost,
              errors: failures?.length ?? 0,
            },
            'graphql request',
          );
        },
      };
    },
  };
  const shared = new Counter({
    name: 'atlas_shared_cache_total',
    help: 'Shared (Redis) cache operations by outcome: hit, miss, stored, too_large (not sent: over SHARED_CACHE_MAX_ENTRY_BYTES), error (Redis down, slow or refusing: the request went on without it).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const reruns = new Counter({
    name: 'atlas_graphql_reruns_total',
    help: 'GraphQL requests worked out again because a data change committed while they ran (their statements could have read both sides of it).',
    registers: [registry],
  });
  return {
    // The same metric objects, so the merged registry reports their current values.
    registry: processMetrics ? Registry.merge([processMetrics, registry]) : registry,
    plugin,
    cacheOutcome: (outcome) => cache.inc({ outcome }),
    sharedCacheOutcome: (outcome) => shared.inc({ outcome }),
    rejected: (code) => errors.inc({ code }),
    rerun: () => reruns.inc(),
  };
}
