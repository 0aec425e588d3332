/**
 * The HTTP server: Apollo Server 5 on Express 5 at /graphql, GraphiQL for browsers, /healthz
 * (the process is up) and /readyz (database reachable and data loaded), request ids, and a
 * graceful stop that lets in-flight requests finish.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { DEFAULT_LIMITS, type Limits } from '../config';
import { ReferenceCache } from '../common';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createContext, type Context } from './context';
import { createErrorFormatter } from './format-error';
import { graphiqlPage, mountGraphiqlAssets } from './graphiql';
import { dataStatus } from './readiness.queries';
import { aliasRule, costPlugin, depthRule } from './limits';
import { createMetrics } from './metrics';
import { getSchema } from './schema';

export interface ServerOptions {
  db: Db;
  log: Logger;
  graphiql: boolean;
  introspection: boolean;
  shutdownGraceMs: number;
  limits?: Limits;
  /** '*' (any origin, the default) or the allowed origins. */
  corsOrigins?: '*' | string[];
  /** The database's per-statement timeout, reported in STATEMENT_TIMEOUT errors. */
  statementTimeoutMs?: number;
  /** How long editions, regions and sources are cached across requests; 0 = not at all. */
  referenceCacheMs?: number;
}

export interface AtlasServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reports the number of SQL statements a GraphQL request issued, for clients and benchmarks. */
const statementCountHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('x-sql-statements', String(contextValue.statements.count));
      },
    };
  },
};

function graphqlErrorBody(message: string, code: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

export async function createServer(options: ServerOptions): Promise<AtlasServer> {
  const { db, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cache = new ReferenceCache(options.referenceCacheMs ?? 0);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let stopping = false;

  const schema = await getSchema();
  const metrics = createMetrics(db);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection,
    formatError: createErrorFormatter(log.child({ module: 'graphql' }), options.statementTimeoutMs ?? 0),
    includeStacktraceInErrorResponses: false,
    // Batched operations (a JSON array of requests) stay off: one operation per request.
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT (drain, close the database, exit); Apollo's own handlers would
    // race it and re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [depthRule(limits.maxDepth), aliasRule(limits.maxAliases)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs }),
      ApolloServerPluginLandingPageDisabled(),
      statementCountHeader,
      costPlugin(schema, limits),
      metrics.plugin,
    ],
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    const id = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    const started = performance.now();
    res.on('finish', () => {
      log.debug({ requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    next();
  });

  app.use(
    helmet({
      // GraphiQL's scripts come from this server only; CodeMirror sets inline styles.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
        },
      },
    }),
  );
  app.use(cors({ origin: options.corsOrigins ?? '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }));

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await db.ping();
      const status = await dataStatus(db);
      const ready = status.authorities > 0 && status.editions > 0;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'no data loaded', ...status });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  if (options.graphiql) {
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

  app.use(
    '/graphql',
    express.json({ limit: limits.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(db, log, String(res.locals.requestId), cache),
    }),
  );

  // A body that is not JSON, too large, or otherwise unreadable: a GraphQL-shaped 400/413.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (err.type === 'entity.too.large') {
      res.status(413).json(graphqlErrorBody(`Request body is larger than the limit of ${limits.bodyLimitBytes} bytes (BODY_LIMIT_BYTES)`, 'BAD_REQUEST'));
      return;
    }
    if (err.status && err.status >= 400 && err.status < 500) {
      res.status(400).json(graphqlErrorBody(`Request body is not valid JSON: ${err.type ?? 'unreadable'}`, 'BAD_REQUEST'));
      return;
    }
    const id = randomUUID();
    log.error({ errorId: id, err }, 'unhandled HTTP error');
    res.status(500).json(graphqlErrorBody(`Internal error (id ${id})`, 'INTERNAL_SERVER_ERROR'));
  });

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found; the API is at /graphql' });
  });

  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve(httpServer.address() as AddressInfo));
      }),
    async stop() {
      stopping = true;
      await apollo.stop(); // drains the HTTP server: closes idle sockets, waits for in-flight requests
    },
  };
}
