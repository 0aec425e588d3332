/**
 * The routes beside /graphql: /healthz (the process is up), /readyz (database reachable and data
 * loaded; 503 while stopping), /metrics (Prometheus; on its own port when METRICS_PORT is set), and GraphiQL for browsers at /graphql with
 * its assets, all served from this process.
 */
import type { FastifyInstance } from 'fastify';
import { isReplicated, type Db } from '../db';
import type { Logger } from '../logger';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import type { Metrics } from './metrics';
import { dataStatus } from './readiness.queries';

export interface RouteOptions {
  db: Db;
  log: Logger;
  metrics: Metrics;
  graphiql: boolean;
  /** True once the server has begun stopping: /readyz answers 503 so balancers move away. */
  isStopping: () => boolean;
  /** False when /metrics has a listener of its own (METRICS_PORT). */
  metricsOnApiPort: boolean;
}

/** A browser asking for a page (and no query) gets GraphiQL at GET /graphql. */
export function wantsGraphiql(query: unknown, accept: string | undefined): boolean {
  const asked = query !== null && typeof query === 'object' && ('query' in query || 'extensions' in query);
  return !asked && /text\/html/.test(accept ?? '') && !/^application\/json/.test(accept ?? '');
}

export function mountRoutes(app: FastifyInstance, o: RouteOptions): void {
  if (o.metricsOnApiPort) {
    app.get('/metrics', async (_req, reply) => {
      reply.type(o.metrics.registry.contentType);
      return o.metrics.registry.metrics();
    });
  }

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    if (o.isStopping()) return reply.code(503).send({ status: 'stopping' });
    try {
      await o.db.ping();
      const status = await dataStatus(o.db);
      const ready = status.authorities > 0 && status.editions > 0;
      // With read replicas, one down leaves the instance ready (the others or the primary answer), but degraded.
      const replicas = isReplicated(o.db) ? o.db.replicas() : undefined;
      const degraded = replicas?.some((r) => !r.healthy) ? { degraded: true, replicas } : replicas ? { replicas } : {};
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'no data loaded', ...status, ...degraded });
    } catch (err) {
      o.log.warn({ err: (err as Error).message }, 'readiness check failed: database unreachable');
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  if (o.graphiql) {
    for (const [url, asset] of graphiqlAssets()) {
      app.get(url, async (_req, reply) =>
        reply.type(asset.type).header('cache-control', 'public, max-age=86400, immutable').send(asset.body),
      );
    }
  }
}

export { graphiqlPage };
