/**
 * Configuration: the only module that reads process.env. Parsed once with zod into a frozen,
 * typed Config; on failure every bad variable is listed with the form expected.
 */
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A PostgreSQL memory size as the embedded database's settings take it: '16MB'. */
export const MEMORY_SIZE = /^\d{1,6}(kB|MB|GB)$/;

/**
 * The topics the configuration reference (docs/configuration.md, written by `npm run docs:config`
 * from this schema) groups the variables by; src/server/config-docs.ts titles and orders them.
 */
export type ConfigTopic =
  'server' | 'database' | 'embedded' | 'data' | 'limits' | 'admission' | 'caches' | 'sharedCache' | 'observability';

/** A variable's entry in the configuration reference: its topic, and one sentence on what it does, for whom, in what unit. */
const about = (topic: ConfigTopic, description: string) => ({ topic, description });

const schema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4000)
    .meta(
      about(
        'server',
        'TCP port on which the HTTP API (GraphQL, tiles, OGC API, health checks) listens for clients; 0 lets the system pick a free one.',
      ),
    ),
  HOST: z
    .string()
    .min(1)
    .default('0.0.0.0')
    .meta(
      about(
        'server',
        'Interface address the HTTP API binds: 0.0.0.0 takes clients on every interface, 127.0.0.1 only those on the same machine.',
      ),
    ),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .meta(
      about(
        'database',
        'postgres:// URL of the PostgreSQL 15+ server with PostGIS 3 that holds the data (the primary, where migrations, imports and LISTEN run); unset, the server uses the embedded PGlite database under PGLITE_DATA_DIR.',
      ),
    ),
  DATABASE_READ_URLS: z
    .string()
    .refine(
      (v) => v.split(',').every((u) => /^postgres(ql)?:\/\/\S+$/.test(u.trim())),
      'must be a comma-separated list of postgres:// URLs (the read replicas)',
    )
    .optional()
    .meta(
      about(
        'database',
        'Comma-separated postgres:// URLs of read replicas that serve the queries in place of the primary (needs DATABASE_URL); unset, the primary serves everything.',
      ),
    ),
  DATABASE_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(10)
    .meta(
      about(
        'database',
        "Most connections in each pg pool (the primary's and each replica's), which also sets how many GraphQL requests run at once when ADMISSION_CONCURRENCY is 0; unused by the embedded database.",
      ),
    ),
  PGLITE_DATA_DIR: z
    .string()
    .min(1)
    .default('.data/pglite')
    .meta(
      about(
        'embedded',
        'Folder of the embedded PGlite database, relative to the repository root; a new one starts from the seeded snapshot (.data/snapshot/) when that is current.',
      ),
    ),
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(MEMORY_SIZE, 'must be a size such as 16MB')
    .default('16MB')
    .meta(
      about(
        'embedded',
        "PostgreSQL's shared_buffers inside the embedded database, a size in kB, MB or GB (PGlite's own default is 128MB; the data is about 20 MB).",
      ),
    ),
  PGLITE_WORK_MEM: z
    .string()
    .regex(MEMORY_SIZE, 'must be a size such as 4MB')
    .default('4MB')
    .meta(
      about(
        'embedded',
        "PostgreSQL's work_mem inside the embedded database, the memory one sort or hash may use before it spills to disk, a size in kB, MB or GB.",
      ),
    ),
  DATA_DIR: z
    .string()
    .min(1)
    .default('db/sources')
    .meta(
      about(
        'data',
        'Folder of the raw public source files that npm run data:build turns into the seed, relative to the repository root.',
      ),
    ),
  SEED_DIR: z
    .string()
    .min(1)
    .default('db/seed')
    .meta(
      about(
        'data',
        'Folder of the committed seed that the server and npm run db:load load and npm run data:build writes, relative to the repository root.',
      ),
    ),
  LOAD_SEED_ON_START: booleanFlag
    .default(true)
    .meta(
      about(
        'data',
        'At start, load the seed when the database has none or an older one, and let a new embedded database restore the seeded snapshot (boolean).',
      ),
    ),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .meta(
      about(
        'observability',
        'Least severe pino level written to stdout as JSON lines; debug also logs every request and every SQL statement with its name and duration.',
      ),
    ),
  GRAPHIQL: booleanFlag
    .default(true)
    .meta(about('server', "Serve the GraphiQL IDE to developers' browsers that open GET /graphql (boolean).")),
  INTROSPECTION: booleanFlag
    .default(true)
    .meta(
      about(
        'server',
        "Answer GraphQL schema introspection, which GraphiQL and clients' code generators need (boolean).",
      ),
    ),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(600000)
    .default(10000)
    .meta(
      about(
        'server',
        'Milliseconds that SIGTERM or SIGINT lets in-flight requests finish before their connections are cut, for rolling restarts by an orchestrator.',
      ),
    ),
  MAX_DEPTH: z.coerce
    .number()
    .int()
    .min(2)
    .max(100)
    .default(12)
    .meta(
      about(
        'limits',
        "Deepest selection nesting a client's GraphQL query may have; a deeper query is refused before it runs.",
      ),
    ),
  MAX_COST: z.coerce
    .number()
    .int()
    .min(10)
    .max(10000000)
    .default(50000)
    .meta(
      about(
        'limits',
        "Largest estimated cost, in cost units, a client's GraphQL query may have; a costlier query is refused before it runs.",
      ),
    ),
  MAX_ALIASES: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(30)
    .meta(
      about(
        'limits',
        'Most field aliases one GraphQL query may use, so a client cannot ask for an expensive field many times under other names.',
      ),
    ),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(104857600)
    .default(1048576)
    .meta(about('limits', 'Largest HTTP request body a client may send, in bytes; a larger one is answered 413.')),
  MAX_INPUT_DEPTH: z.coerce
    .number()
    .int()
    .min(4)
    .max(200)
    .default(24)
    .meta(
      about(
        'limits',
        'Deepest nesting of input objects and lists in one argument or variable, checked before the input is parsed or coerced.',
      ),
    ),
  MAX_INPUT_VALUES: z.coerce
    .number()
    .int()
    .min(100)
    .max(10000000)
    .default(50000)
    .meta(
      about(
        'limits',
        "Most values (objects, lists and scalars) in all of a request's variables, or in all its literal arguments.",
      ),
    ),
  MAX_STRING_LENGTH: z.coerce
    .number()
    .int()
    .min(16)
    .max(10000000)
    .default(1000)
    .meta(about('limits', 'Longest string a client may pass as input, in characters.')),
  MAX_LIST_LENGTH: z.coerce
    .number()
    .int()
    .min(10)
    .max(1000000)
    .default(500)
    .meta(
      about(
        'limits',
        'Most items in one input list of objects or strings (codes, and/or branches, ruralUrban, …); lists of coordinates are exempt.',
      ),
    ),
  MAX_FILTER_NODES: z.coerce
    .number()
    .int()
    .min(1)
    .max(100000)
    .default(100)
    .meta(about('limits', 'Most AuthorityFilter objects in one argument, counting every and/or/not branch.')),
  REQUEST_BUDGET_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600000)
    .default(5000)
    .meta(
      about(
        'limits',
        "A request's time budget in milliseconds from its admission on, before REQUEST_BUDGET_MS_PER_COST is added for its cost; past it no further SQL statement starts and the client gets an error.",
      ),
    ),
  REQUEST_BUDGET_MS_PER_COST: z.coerce
    .number()
    .min(0)
    .max(1000)
    .default(0.1)
    .meta(
      about(
        'limits',
        'Milliseconds of time budget a request gains for each unit of its query cost (fractions allowed).',
      ),
    ),
  ADMISSION_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(0)
    .meta(
      about(
        'admission',
        "GraphQL requests that may work against the database at once; 0 takes the pool's size (DATABASE_POOL_MAX, at least 2), or 2 on the embedded database.",
      ),
    ),
  ADMISSION_HEAVY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(0)
    .meta(
      about(
        'admission',
        'Of those, how many may be heavy (cost of ADMISSION_HEAVY_COST or more), so heavy requests cannot take every slot; 0 means a quarter of them, at least 1.',
      ),
    ),
  ADMISSION_HEAVY_COST: z.coerce
    .number()
    .int()
    .min(1)
    .max(10000000)
    .default(5000)
    .meta(about('admission', 'Query cost, in cost units, from which admission control treats a request as heavy.')),
  ADMISSION_HEAVY_SHARE: z.coerce
    .number()
    .gt(0)
    .max(1)
    .default(0.4)
    .meta(
      about(
        'admission',
        'Share of the time (above 0, up to 1) heavy requests may hold their slots while light requests are about, so ordinary clients find the server free; 1 sets no bound.',
      ),
    ),
  ADMISSION_QUEUE: z.coerce
    .number()
    .int()
    .min(0)
    .max(100000)
    .default(100)
    .meta(
      about(
        'admission',
        'Requests that may wait for a turn, both lanes together; any more are answered at once with SERVER_BUSY (HTTP 503 with Retry-After).',
      ),
    ),
  ADMISSION_QUEUE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(600000)
    .default(3000)
    .meta(
      about(
        'admission',
        'Longest wait for a turn, in milliseconds, before the request is answered with SERVER_BUSY (HTTP 503 with Retry-After).',
      ),
    ),
  ADMISSION_LARGE_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(104857600)
    .default(65536)
    .meta(
      about(
        'admission',
        'Request bodies larger than this many bytes (or of unknown length) are read and parsed ADMISSION_LARGE_BODY_CONCURRENCY at a time, so large hostile bodies cannot hold up ordinary requests.',
      ),
    ),
  ADMISSION_LARGE_BODY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(1)
    .meta(about('admission', 'Large request bodies (over ADMISSION_LARGE_BODY_BYTES) read and parsed at once.')),
  STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600000)
    .default(10000)
    .meta(
      about(
        'database',
        'Milliseconds one SQL statement may run in the database before PostgreSQL cancels it (statement_timeout).',
      ),
    ),
  SLOW_STATEMENT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(600000)
    .default(500)
    .meta(
      about(
        'observability',
        'SQL statements that take at least this many milliseconds are logged at warn with their name and row count.',
      ),
    ),
  READ_ONLY_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL role name')
    .default('atlas_reader')
    .meta(
      about(
        'database',
        'SQL role the serving connections switch to, allowed only to SELECT (migration 0007 creates it); none serves as the login role itself.',
      ),
    ),
  CORS_ORIGINS: z
    .string()
    .min(1)
    .default('*')
    .meta(
      about(
        'server',
        'Browser origins allowed to call the API from other sites (CORS): * for any, or a comma-separated list such as https://example.org,https://example.com.',
      ),
    ),
  CACHE_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL (the shared response cache)')
    .optional()
    .meta(
      about(
        'sharedCache',
        'redis:// or rediss:// URL of the Redis response cache that instances behind a load balancer share; unset, each instance caches on its own.',
      ),
    ),
  SHARED_CACHE_TTL_S: z.coerce
    .number()
    .int()
    .min(1)
    .max(604800)
    .default(3600)
    .meta(about('sharedCache', 'Seconds an entry lives in the shared cache (only with CACHE_URL).')),
  SHARED_CACHE_MAX_ENTRY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(536870912)
    .default(1048576)
    .meta(
      about(
        'sharedCache',
        'Responses larger than this many bytes are not sent to the shared cache (only with CACHE_URL).',
      ),
    ),
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(0)
    .meta(
      about(
        'observability',
        "Port of a listener of its own that serves Prometheus /metrics out of a load balancer's reach; 0 serves /metrics on the API port.",
      ),
    ),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .max(10000000)
    .default(0)
    .meta(
      about(
        'server',
        'Requests a minute one client address may make to this instance before it answers 429 (counted in its memory; /healthz, /readyz and /metrics are never limited); 0 sets no limit.',
      ),
    ),
  TRUST_PROXY: booleanFlag
    .default(false)
    .meta(
      about(
        'server',
        "Behind a load balancer or reverse proxy, take each client's address from X-Forwarded-For, as RATE_LIMIT_PER_MINUTE counts by it (boolean).",
      ),
    ),
  METRICS_HOST: z
    .string()
    .min(1)
    .default('127.0.0.1')
    .meta(
      about(
        'observability',
        'Address the metrics listener of METRICS_PORT binds; 127.0.0.1 admits only scrapers on the same machine.',
      ),
    ),
  REFERENCE_CACHE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600000)
    .default(5000)
    .meta(
      about(
        'caches',
        'Milliseconds editions, regions and sources, and what a request works out from its document alone (how a list is built), stay cached across requests, per data version so an import shows at once; 0 turns these caches off.',
      ),
    ),
  RESPONSE_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(4294967296)
    .default(33554432)
    .meta(
      about(
        'caches',
        "Bytes of whole responses kept in this process's memory, for GraphQL (keyed by data version, query and variables) and, as much again, for the OGC API's pages (by data version, Accept and URL); 32 MiB by default, 0 turns both caches off.",
      ),
    ),
  GEOMETRY_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(4294967296)
    .default(33554432)
    .meta(
      about(
        'caches',
        'Bytes of boundary GeoJSON kept in memory across requests, keyed by data version and output (simplification, precision, CRS); 32 MiB by default, 0 turns this cache off.',
      ),
    ),
  TILE_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(4294967296)
    .default(16777216)
    .meta(
      about(
        'caches',
        'Bytes of vector tiles kept in memory, keyed by data version and edition; 16 MiB by default, 0 turns this cache off.',
      ),
    ),
  CACHE_MAX_AGE_S: z.coerce
    .number()
    .int()
    .min(0)
    .max(86400)
    .default(60)
    .meta(
      about(
        'caches',
        'Seconds browsers and CDNs may reuse a cacheable response of GraphQL, tiles or the OGC API (Cache-Control: public, max-age).',
      ),
    ),
  DATA_VERSION_POLL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600000)
    .default(1000)
    .meta(
      about(
        'caches',
        'Milliseconds between polls of the data version besides LISTEN/NOTIFY, the fallback by which the caches see an import whose notification was lost; 0 relies on LISTEN only.',
      ),
    ),
});

/** The environment's schema, for the configuration reference (src/server/config-docs.ts); loadConfig parses with it. */
export function configSchema(): typeof schema {
  return schema;
}

export type Config = Readonly<{
  port: number;
  host: string;
  /** null: use the embedded PGlite database under pgliteDataDir. */
  databaseUrl: string | null;
  databasePoolMax: number;
  /** Read replicas that serve queries (DATABASE_READ_URLS); empty: the primary serves all. */
  databaseReadUrls: readonly string[];
  pgliteDataDir: string;
  /** PostgreSQL's memory settings inside the embedded database (PGlite). */
  pgliteMemory: Readonly<{ sharedBuffers: string; workMem: string }>;
  dataDir: string;
  seedDir: string;
  loadSeedOnStart: boolean;
  logLevel: string;
  graphiql: boolean;
  introspection: boolean;
  shutdownGraceMs: number;
  limits: Limits;
  statementTimeoutMs: number;
  slowStatementMs: number;
  /** Role the serving connection switches to: SELECT only (created by a migration). */
  readOnlyRole: string;
  /** '*' or a list of allowed origins. */
  corsOrigins: '*' | string[];
  /** Editions, regions and sources are cached this long across requests (0 = off). */
  referenceCacheMs: number;
  /** Bytes of whole GraphQL responses kept in memory, keyed by the data version (0 = off). */
  responseCacheBytes: number;
  /** Bytes of boundary GeoJSON kept across requests, keyed by the data version (0 = off). */
  geometryCacheBytes: number;
  /** Bytes of vector tiles kept in memory; 0 = off. */
  tileCacheBytes: number;
  /** The shared response cache (Redis), or null without CACHE_URL. */
  sharedCache: Readonly<{ url: string; ttlSeconds: number; maxEntryBytes: number }> | null;
  /** /metrics on a port of its own (0: on the API port) and the address it binds. */
  metricsPort: number;
  /** Requests a minute one client (IP address) may make; 0: no limit. */
  rateLimitPerMinute: number;
  /** Take the client's address from X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  metricsHost: string;
  /** Cache-Control max-age of cacheable responses, seconds. */
  cacheMaxAgeSeconds: number;
  /** Polling interval of the data version, besides LISTEN/NOTIFY (0 = LISTEN only). */
  dataVersionPollMs: number;
  /** Admission control (server/admission.ts); a concurrency of 0 means: from the database. */
  admission: {
    concurrency: number;
    heavyConcurrency: number;
    heavyCost: number;
    heavyShare: number;
    queue: number;
    queueTimeoutMs: number;
    largeBodyBytes: number;
    largeBodyConcurrency: number;
  };
}>;

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  bodyLimitBytes: number;
  /** Nesting of input objects and lists in an argument or variable (checked before coercion). */
  maxInputDepth: number;
  /** Values (objects, lists, scalars) in all of a request's variables, or all its literal arguments. */
  maxInputValues: number;
  /** Characters of one string input. */
  maxStringLength: number;
  /** Items of one input list of objects or strings (codes, and/or, ruralUrban, …); coordinates excepted. */
  maxListLength: number;
  /** AuthorityFilter objects in one argument, counting every and/or/not branch. */
  maxFilterNodes: number;
  /**
   * A request's time budget from its turn (admission) on: requestBudgetMs plus
   * requestBudgetMsPerCost for each unit of its cost. Past it, no further statement starts.
   */
  requestBudgetMs: number;
  requestBudgetMsPerCost: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment (process.env by default); throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URLS && !e.DATABASE_URL)
    throw new ConfigError([
      'DATABASE_READ_URLS: needs DATABASE_URL, the primary (migrations, imports and LISTEN go there)',
    ]);
  const root = projectRoot();
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolMax: e.DATABASE_POOL_MAX,
    databaseReadUrls: Object.freeze(e.DATABASE_READ_URLS ? e.DATABASE_READ_URLS.split(',').map((u) => u.trim()) : []),
    pgliteDataDir: path.resolve(root, e.PGLITE_DATA_DIR),
    pgliteMemory: Object.freeze({ sharedBuffers: e.PGLITE_SHARED_BUFFERS, workMem: e.PGLITE_WORK_MEM }),
    dataDir: path.resolve(root, e.DATA_DIR),
    seedDir: path.resolve(root, e.SEED_DIR),
    loadSeedOnStart: e.LOAD_SEED_ON_START,
    logLevel: e.LOG_LEVEL,
    graphiql: e.GRAPHIQL,
    introspection: e.INTROSPECTION,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    limits: Object.freeze({
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      maxAliases: e.MAX_ALIASES,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      maxInputDepth: e.MAX_INPUT_DEPTH,
      maxInputValues: e.MAX_INPUT_VALUES,
      maxStringLength: e.MAX_STRING_LENGTH,
      maxListLength: e.MAX_LIST_LENGTH,
      maxFilterNodes: e.MAX_FILTER_NODES,
      requestBudgetMs: e.REQUEST_BUDGET_MS,
      requestBudgetMsPerCost: e.REQUEST_BUDGET_MS_PER_COST,
    }),
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    slowStatementMs: e.SLOW_STATEMENT_MS,
    readOnlyRole: e.READ_ONLY_ROLE,
    referenceCacheMs: e.REFERENCE_CACHE_MS,
    responseCacheBytes: e.RESPONSE_CACHE_BYTES,
    geometryCacheBytes: e.GEOMETRY_CACHE_BYTES,
    tileCacheBytes: e.TILE_CACHE_BYTES,
    sharedCache: e.CACHE_URL
      ? Object.freeze({
          url: e.CACHE_URL,
          ttlSeconds: e.SHARED_CACHE_TTL_S,
          maxEntryBytes: e.SHARED_CACHE_MAX_ENTRY_BYTES,
        })
      : null,
    metricsPort: e.METRICS_PORT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    metricsHost: e.METRICS_HOST,
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE_S,
    dataVersionPollMs: e.DATA_VERSION_POLL_MS,
    admission: Object.freeze({
      concurrency: e.ADMISSION_CONCURRENCY,
      heavyConcurrency: e.ADMISSION_HEAVY_CONCURRENCY,
      heavyCost: e.ADMISSION_HEAVY_COST,
      heavyShare: e.ADMISSION_HEAVY_SHARE,
      queue: e.ADMISSION_QUEUE,
      queueTimeoutMs: e.ADMISSION_QUEUE_TIMEOUT_MS,
      largeBodyBytes: e.ADMISSION_LARGE_BODY_BYTES,
      largeBodyConcurrency: e.ADMISSION_LARGE_BODY_CONCURRENCY,
    }),
    corsOrigins:
      e.CORS_ORIGINS === '*'
        ? '*'
        : e.CORS_ORIGINS.split(',')
            .map((o) => o.trim())
            .filter(Boolean),
  });
}

/**
 * The folder a command was run from, which the file names it is given are relative to: npm runs
 * scripts in the package root and names the caller's folder in INIT_CWD.
 */
export function commandWorkingDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

/**
 * Where derived files are cached (the trimmed PostGIS bundle): ATLAS_CACHE_DIR, else
 * node_modules/.cache/mobility-atlas. Read apart from loadConfig, since the embedded driver needs
 * it before (and without) the server's configuration.
 */
export function cacheDir(): string {
  return process.env.ATLAS_CACHE_DIR || path.join(projectRoot(), 'node_modules', '.cache', 'mobility-atlas');
}

/** The configuration with every default (an empty environment): what tests and tools start from. */
export function defaultConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig(env);
}

/** The repository root: relative paths in the configuration are resolved against it. */
export function projectRoot(): string {
  // Compiled code lives in dist/, sources in src/: both sit one level below the root.
  return path.resolve(__dirname, '..');
}
