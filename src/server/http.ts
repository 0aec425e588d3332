/**
 * The HTTP server: Fastify 5, with request ids, security headers (helmet's, computed once at
 * start: with this configuration they are the same for every response, including a CSP GraphiQL
 * runs under) and CORS (@fastify/cors); the routes beside GraphQL (routes.ts); Apollo at
 * /graphql behind the response cache (graphql-handler.ts); the body-error and 404 handlers
 * (body-errors.ts); and a graceful stop that lets in-flight requests finish.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import helmet from 'helmet';
import type { Registry } from 'prom-client';
import { Admission, largeBodyGate, type AdmissionOptions } from './admission';
import { INPUT_LIMIT } from './body-errors';
import { checkJsonBody } from './input-limits';
import {
  ByteCache,
  createGeometryCache,
  DocumentCache,
  createSharedCache,
  ReferenceCache,
  type RequestContext,
  type RouteDeps,
  type SharedCaches,
} from '../common';
import type { Config } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { withMapLibrePolicy } from '../maps';
import { createApollo } from './apollo';
import { mountBodyErrors, RATE_LIMITED } from './body-errors';
import { createContext } from './context';
import { watchDataVersion, type DataVersion } from './data-version';
import { graphqlHandler, type CachedResponse } from './graphql-handler';
import { createMetrics } from './metrics';
import { MODULES } from './modules';
import { graphiqlPage, mountRoutes, wantsGraphiql } from './routes';

export interface ServerOptions {
  db: Db;
  log: Logger;
  /** The resolved configuration (config.ts, the one source of every default). */
  config: Config;
  /**
   * The process's own metrics (createProcessMetrics), which /metrics reports beside the server's;
   * the process's entry point makes them once. Without them /metrics has the server's own only.
   */
  processMetrics?: Registry;
}

/** Paths the per-client rate limit never counts. */
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Admission settings, with the concurrencies the configuration leaves at 0 taken from the
 * database: the embedded database runs one statement at a time, so 2 requests run (one heavy)
 * and the rest wait where light ones can go first; a pool runs as many as it has connections, a
 * quarter of them heavy.
 */
export function admissionFor(db: Db, given: Config['admission']): AdmissionOptions {
  const concurrency = given.concurrency || (db.driver === 'pglite' ? 2 : Math.max(2, db.poolStats().total || 10));
  return {
    ...given,
    concurrency,
    heavyConcurrency: Math.min(concurrency, given.heavyConcurrency || Math.max(1, Math.floor(concurrency / 4))),
  };
}

export interface AtlasServer {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** The data version the server answers for (refresh() after a change made in this process). */
  dataVersion: DataVersion;
  /** Admission control of its GraphQL requests. */
  admission: Admission;
  /** The gate request bodies larger than ADMISSION_LARGE_BODY_BYTES pass before they are read. */
  largeBodies: Admission;
  /** The metrics listener's address when /metrics has a port of its own (after listen). */
  metricsAddress(): AddressInfo | null;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The headers helmet sets with our policy, read off once: none of them depends on the request. */
function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
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
  })({ headers: {} } as never, response as never, () => undefined);
  return headers;
}

export async function createServer({ db, log, config, processMetrics }: ServerOptions): Promise<AtlasServer> {
  const { limits } = config;
  const shared: SharedCaches = {
    reference: new ReferenceCache(config.referenceCacheMs),
    geometry: createGeometryCache(config.geometryCacheBytes),
    documents: new DocumentCache(config.referenceCacheMs),
  };
  const responses = new ByteCache<CachedResponse>(config.responseCacheBytes, (entry) => entry.body.length);
  const dataVersion = await watchDataVersion(db, log.child({ module: 'data-version' }), config.dataVersionPollMs);
  let stopping = false;

  const app = Fastify({
    bodyLimit: limits.bodyLimitBytes,
    trustProxy: config.trustProxy,
    logger: false,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // On stop: idle keep-alive sockets close at once; requests in flight finish.
    forceCloseConnections: 'idle',
  });
  const security = securityHeaders();
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(security).header('x-request-id', request.id);
  });
  if (log.isLevelEnabled('debug')) {
    app.addHook('onResponse', async (request, reply) => {
      log.debug(
        {
          requestId: request.id,
          method: request.method,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      );
    });
  }
  // JSON bodies: nesting read before parsing (input-limits.ts), then Fastify's own parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const problem = checkJsonBody(body as string, limits);
    if (!problem) return parseJson(request, body as string, done);
    done(Object.assign(new Error(problem.message), { statusCode: 400, code: INPUT_LIMIT, problem }), undefined);
  });
  await app.register(cors, { origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  if (config.rateLimitPerMinute) {
    // Per client address, in this instance's memory. Health, readiness and metrics are the
    // platform's, not a client's, and are never limited.
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60000,
      allowList: (request) => UNLIMITED_PATHS.has(request.url.split('?')[0]!),
      errorResponseBuilder: (_request, context) =>
        Object.assign(
          new Error(
            `More than ${context.max} requests a minute from this address (RATE_LIMIT_PER_MINUTE); retry in ${context.after}`,
          ),
          {
            statusCode: context.statusCode,
            code: RATE_LIMITED,
            retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
          },
        ),
    });
  }

  const admitted = admissionFor(db, config.admission);
  const admission = new Admission(admitted);
  const metrics = createMetrics({
    db,
    admission,
    memoryParts: () => ({
      response_cache: responses.stats().bytes,
      geometry_cache: shared.geometry.stats().bytes,
    }),
    processMetrics,
  });
  const largeBodies = largeBodyGate(app, admitted, metrics.rejected);
  const sharedCache = config.sharedCache
    ? createSharedCache({
        ...config.sharedCache,
        onOutcome: metrics.sharedCacheOutcome,
        onError: (err) => log.warn({ err: err.message }, 'shared cache (Redis) unavailable: answering without it'),
      })
    : undefined;
  // /metrics on a listener of its own, which a load balancer does not expose, when METRICS_PORT is set.
  const metricsServer = config.metricsPort
    ? http.createServer((req, res) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') return void res.writeHead(404).end();
        metrics.registry.metrics().then(
          (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
          () => res.writeHead(500).end(),
        );
      })
    : undefined;
  const apollo = await createApollo({
    log,
    limits,
    admission,
    metrics,
    introspection: config.introspection,
    statementTimeoutMs: config.statementTimeoutMs,
  });

  mountRoutes(app, {
    db,
    log,
    metrics,
    graphiql: config.graphiql,
    isStopping: () => stopping,
    metricsOnApiPort: !metricsServer,
  });

  const graphql = graphqlHandler({
    apollo,
    dataVersion,
    responses,
    shared: sharedCache,
    maxAgeSeconds: config.cacheMaxAgeSeconds,
    context: async (request, version) => createContext(db, log, String(request.id), shared, version),
    onCache: metrics.cacheOutcome,
    limits,
    onRejected: metrics.rejected,
    onRerun: metrics.rerun,
  });
  const page = graphiqlPage('/graphql');
  app.post('/graphql', graphql);
  app.get('/graphql', async (request, reply) =>
    // Browsers asking for a page get GraphiQL; GET requests carrying a query go to Apollo.
    config.graphiql && wantsGraphiql(request.query, request.headers.accept)
      ? reply
          .header(
            'content-security-policy',
            withMapLibrePolicy(String(reply.getHeader('content-security-policy') ?? "default-src 'self'")),
          )
          .type('text/html; charset=utf-8')
          .send(page)
      : graphql(request, reply),
  );

  // The routes beside GraphQL (maps: tiles, OGC API, the map page), from the domain modules.
  const routeDeps: RouteDeps = {
    config,
    log,
    context: (request, version) => createContext(db, log, String(request.id), shared, version),
    dataVersion: () => dataVersion.current(),
    admit: (cost) => admission.acquire(cost),
  };
  for (const module of MODULES) module.routes?.(app, routeDeps);

  mountBodyErrors(app, log, limits.bodyLimitBytes, metrics.rejected);
  await app.ready();

  return {
    httpServer: app.server,
    apollo,
    dataVersion,
    admission,
    largeBodies,
    async listen(port, host) {
      await app.listen({ port, host });
      if (metricsServer)
        await new Promise<void>((resolve, reject) =>
          metricsServer.once('error', reject).listen(config.metricsPort, config.metricsHost, () => resolve()),
        );
      return app.server.address() as AddressInfo;
    },
    metricsAddress: () => (metricsServer?.address() as AddressInfo | null) ?? null,
    async stop() {
      stopping = true;
      // Requests still running after the grace period are cut off.
      const cutOff = setTimeout(() => app.server.closeAllConnections(), config.shutdownGraceMs).unref();
      await app.close(); // stops accepting, lets in-flight requests finish, closes idle sockets
      clearTimeout(cutOff);
      await apollo.stop();
      await dataVersion.stop();
      await sharedCache?.close();
      if (metricsServer?.listening) await new Promise((resolve) => metricsServer.close(resolve));
    },
  };
}
