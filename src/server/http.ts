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
import { createGeometryCache } from '../authorities';
import { Admission, largeBodyGate, type AdmissionOptions } from './admission';
import { INPUT_LIMIT } from './body-errors';
import { checkJsonBody } from './input-limits';
import { ByteCache, createSharedCache, ReferenceCache, type SharedCacheOptions } from '../common';
import { DEFAULT_LIMITS, type Limits } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createApollo } from './apollo';
import { mountBodyErrors, RATE_LIMITED } from './body-errors';
import { createContext, type Context, type SharedCaches } from './context';
import { watchDataVersion, type DataVersion } from './data-version';
import { graphqlHandler, type CachedResponse } from './graphql-handler';
import { mountMaps } from '../maps';
import { createMetrics } from './metrics';
import { graphiqlPage, mountRoutes, wantsGraphiql } from './routes';

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
  /** Bytes of vector tiles kept in memory (keyed by data version); default 16 MiB, 0 = off. */
  tileCacheBytes?: number;
  /** The response cache instances share (Redis; CACHE_URL), behind the in-memory one. */
  sharedCache?: Omit<SharedCacheOptions, 'onOutcome' | 'onError'>;
  /** Serve /metrics on this port of its own instead of the API port (METRICS_PORT; 0 = on the API port). */
  metricsPort?: number;
  /** Address the metrics listener binds (METRICS_HOST). */
  metricsHost?: string;
  /** Cache-Control max-age of cacheable responses, seconds (default 60). */
  cacheMaxAgeSeconds?: number;
  /** How often the data version is polled besides LISTEN, ms (default 1000; 0 = LISTEN only). */
  dataVersionPollMs?: number;
  /** Admission control; concurrencies of 0 (the default) come from the database (admissionFor). */
  admission?: Partial<AdmissionOptions>;
  /** Requests a minute one client address may make (RATE_LIMIT_PER_MINUTE); 0 or absent: no limit. */
  rateLimitPerMinute?: number;
  /** The client's address from X-Forwarded-For (TRUST_PROXY), for the rate limit behind a load balancer. */
  trustProxy?: boolean;
}

/** Paths the per-client rate limit never counts. */
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Admission settings with the database's defaults filled in: the embedded database runs one
 * statement at a time, so 2 requests run (one heavy) and the rest wait where light ones can go
 * first; a pool runs as many as it has connections, a quarter of them heavy.
 */
export function admissionFor(db: Db, given: Partial<AdmissionOptions> = {}): AdmissionOptions {
  const concurrency = given.concurrency || (db.driver === 'pglite' ? 2 : Math.max(2, db.poolStats().total || 10));
  return {
    concurrency,
    heavyConcurrency: Math.min(concurrency, given.heavyConcurrency || Math.max(1, Math.floor(concurrency / 4))),
    heavyCost: given.heavyCost ?? 5000,
    heavyShare: given.heavyShare ?? 0.4,
    queue: given.queue ?? 100,
    queueTimeoutMs: given.queueTimeoutMs ?? 3000,
    largeBodyBytes: given.largeBodyBytes ?? 65536,
    largeBodyConcurrency: given.largeBodyConcurrency || 1,
  };
}

export interface AtlasServer {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
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

export async function createServer(options: ServerOptions): Promise<AtlasServer> {
  const { db, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const shared: SharedCaches = { reference: new ReferenceCache(options.referenceCacheMs ?? 0), geometry: createGeometryCache(options.geometryCacheBytes ?? 0) };
  const responses = new ByteCache<CachedResponse>(options.responseCacheBytes ?? 0, (entry) => entry.body.length);
  const dataVersion = await watchDataVersion(db, log.child({ module: 'data-version' }), options.dataVersionPollMs ?? 1000);
  let stopping = false;

  const app = Fastify({
    bodyLimit: limits.bodyLimitBytes,
    trustProxy: options.trustProxy ?? false,
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
      log.debug({ requestId: request.id, method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    });
  }
  // JSON bodies: nesting read before parsing (input-limits.ts), then Fastify's own parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const problem = checkJsonBody(body as string, limits);
    if (!problem) return parseJson(request, body as string, done);
    done(Object.assign(new Error(problem.message), { statusCode: 400, code: INPUT_LIMIT, problem }), undefined);
  });
  await app.register(cors, { origin: options.corsOrigins ?? '*', methods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 });
  if (options.rateLimitPerMinute) {
    // Per client address, in this instance's memory. Health, readiness and metrics are the
    // platform's, not a client's, and are never limited.
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: 60000,
      allowList: (request) => UNLIMITED_PATHS.has(request.url.split('?')[0]!),
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`More than ${context.max} requests a minute from this address (RATE_LIMIT_PER_MINUTE); retry in ${context.after}`), {
          statusCode: context.statusCode,
          code: RATE_LIMITED,
          retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
        }),
    });
  }

  const admitted = admissionFor(db, options.admission);
  const admission = new Admission(admitted);
  const metrics = createMetrics(db, admission, () => ({ response_cache: responses.stats().bytes, geometry_cache: shared.geometry.stats().bytes }));
  const largeBodies = largeBodyGate(app, admitted, metrics.rejected);
  const sharedCache = options.sharedCache
    ? createSharedCache({ ...options.sharedCache, onOutcome: metrics.sharedCacheOutcome, onError: (err) => log.warn({ err: err.message }, 'shared cache (Redis) unavailable: answering without it') })
    : undefined;
  // /metrics on a listener of its own, which a load balancer does not expose, when METRICS_PORT is set.
  const metricsServer = options.metricsPort
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
    introspection: options.introspection,
    statementTimeoutMs: options.statementTimeoutMs ?? 0,
  });

  mountRoutes(app, { db, log, metrics, graphiql: options.graphiql, isStopping: () => stopping, metricsOnApiPort: !metricsServer });

  const graphql = graphqlHandler({
    apollo,
    dataVersion,
    responses,
    shared: sharedCache,
    maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60,
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
    options.graphiql && wantsGraphiql(request.query, request.headers.accept) ? reply.type('text/html; charset=utf-8').send(page) : graphql(request, reply),
  );

  mountMaps(app, {
    log,
    context: (request, version) => createContext(db, log, String(request.id), shared, version),
    dataVersion: () => dataVersion.current(),
    admit: (cost) => admission.acquire(cost),
    maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60,
    tileCacheBytes: options.tileCacheBytes ?? 16 * 2 ** 20,
  });

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
      if (metricsServer) await new Promise<void>((resolve, reject) => metricsServer.once('error', reject).listen(options.metricsPort, options.metricsHost ?? host, () => resolve()));
      return app.server.address() as AddressInfo;
    },
    metricsAddress: () => (metricsServer?.address() as AddressInfo | null) ?? null,
    async stop() {
      stopping = true;
      // Requests still running after the grace period are cut off.
      const cutOff = setTimeout(() => app.server.closeAllConnections(), options.shutdownGraceMs).unref();
      await app.close(); // stops accepting, lets in-flight requests finish, closes idle sockets
      clearTimeout(cutOff);
      await apollo.stop();
      await dataVersion.stop();
      await sharedCache?.close();
      if (metricsServer?.listening) await new Promise((resolve) => metricsServer.close(resolve));
    },
  };
}
