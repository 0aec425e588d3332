/**
 * The routes beside /graphql: /healthz (the process is up), /readyz (database reachable and data
 * loaded; 503 while stopping), /metrics (Prometheus), and GraphiQL for browsers at /graphql.
 */
import type { Express } from 'express';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { graphiqlPage, mountGraphiqlAssets } from './graphiql';
import type { Metrics } from './metrics';
import { dataStatus } from './readiness.queries';

export interface RouteOptions {
  db: Db;
  log: Logger;
  metrics: Metrics;
  graphiql: boolean;
  /** True once the server has begun stopping: /readyz answers 503 so balancers move away. */
  isStopping: () => boolean;
}

export function mountRoutes(app: Express, o: RouteOptions): void {
  app.get('/metrics', async (_req, res) => {
    res.type(o.metrics.registry.contentType).send(await o.metrics.registry.metrics());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (o.isStopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await o.db.ping();
      const status = await dataStatus(o.db);
      const ready = status.authorities > 0 && status.editions > 0;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'no data loaded', ...status });
    } catch (err) {
      o.log.warn({ err: (err as Error).message }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  if (o.graphiql) {
    mountGraphiqlAssets(app);
    app.get('/graphql', (req, res, next) => {
      // Browsers asking for a page get GraphiQL; GET requests carrying a query go to Apollo.
      if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
        res.type('html').send(graphiqlPage('/graphql'));
        return;
      }
      next();
    });
  }
}
