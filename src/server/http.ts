/**
 * The HTTP server: Express 5 with request ids, security headers (helmet, with a CSP GraphiQL runs
 * under) and CORS; the routes beside GraphQL (routes.ts); Apollo at /graphql (apollo.ts); the
 * body-error and 404 handlers (body-errors.ts); and a graceful stop that lets in-flight requests
 * finish.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ReferenceCache } from '../common';
import { DEFAULT_LIMITS, type Limits } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createApollo } from './apollo';
import { mountBodyErrors } from './body-errors';
import { createContext, type Context } from './context';
import { createMetrics } from './metrics';
import { mountRoutes } from './routes';

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

export async function createServer(options: ServerOptions): Promise<AtlasServer> {
  const { db, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const cache = new ReferenceCache(options.referenceCacheMs ?? 0);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let stopping = false;

  const metrics = createMetrics(db);
  const apollo = await createApollo({
    httpServer,
    log,
    limits,
    metrics,
    introspection: options.introspection,
    shutdownGraceMs: options.shutdownGraceMs,
    statementTimeoutMs: options.statementTimeoutMs ?? 0,
  });

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

  mountRoutes(app, { db, log, metrics, graphiql: options.graphiql, isStopping: () => stopping });

  app.use(
    '/graphql',
    express.json({ limit: limits.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(db, log, String(res.locals.requestId), cache),
    }),
  );

  mountBodyErrors(app, log, limits.bodyLimitBytes);

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
