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
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { createGeometryCache } from '../authorities';
import { ByteCache, ReferenceCache } from '../common';
import { DEFAULT_LIMITS, type Limits } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createApollo } from './apollo';
import { mountBodyErrors } from './body-errors';
import { createContext, type Context, type SharedCaches } from './context';
import { watchDataVersion, type DataVersion } from './data-version';
import { graphqlHandler, type CachedResponse } from './graphql-handler';
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
  /** Bytes of whole responses kept in memory (the response cache); 0 = off (the default). */
  responseCacheBytes?: number;
  /** Bytes of boundary GeoJSON kept across requests; 0 = off (the default). */
  geometryCacheBytes?: number;
  /** Cache-Control max-age of cacheable responses, seconds (default 60). */
  cacheMaxAgeSeconds?: number;
  /** How often the data version is polled besides LISTEN, ms (default 1000; 0 = LISTEN only). */
  dataVersionPollMs?: number;
}

export interface AtlasServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** The data version the server answers for (refresh() after a change made in this process). */
  dataVersion: DataVersion;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function createServer(options: ServerOptions): Promise<AtlasServer> {
  const { db, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const shared: SharedCaches = { reference: new ReferenceCache(options.referenceCacheMs ?? 0), geometry: createGeometryCache(options.geometryCacheBytes ?? 0) };
  const responses = new ByteCache<CachedResponse>(options.responseCacheBytes ?? 0, (entry) => entry.body.length);
  const dataVersion = await watchDataVersion(db, log.child({ module: 'data-version' }), options.dataVersionPollMs ?? 1000);
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
    graphqlHandler({
      apollo,
      dataVersion,
      responses,
      maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60,
      context: async (res, version) => createContext(db, log, String(res.locals.requestId), shared, version),
      onCache: metrics.cacheOutcome,
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
    dataVersion,
    async stop() {
      stopping = true;
      await apollo.stop(); // drains the HTTP server: closes idle sockets, waits for in-flight requests
      await dataVersion.stop();
    },
  };
}
