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

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_READ_URLS: z
    .string()
    .refine((v) => v.split(',').every((u) => /^postgres(ql)?:\/\/\S+$/.test(u.trim())), 'must be a comma-separated list of postgres:// URLs (the read replicas)')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  PGLITE_SHARED_BUFFERS: z.string().regex(MEMORY_SIZE, 'must be a size such as 16MB').default('16MB'),
  PGLITE_WORK_MEM: z.string().regex(MEMORY_SIZE, 'must be a size such as 4MB').default('4MB'),
  DATA_DIR: z.string().min(1).default('db/sources'),
  SEED_DIR: z.string().min(1).default('db/seed'),
  LOAD_SEED_ON_START: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHIQL: booleanFlag.default(true),
  INTROSPECTION: booleanFlag.default(true),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600000).default(10000),
  MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  MAX_COST: z.coerce.number().int().min(10).max(10000000).default(50000),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(104857600).default(1048576),
  MAX_INPUT_DEPTH: z.coerce.number().int().min(4).max(200).default(24),
  MAX_INPUT_VALUES: z.coerce.number().int().min(100).max(10000000).default(50000),
  MAX_STRING_LENGTH: z.coerce.number().int().min(16).max(10000000).default(1000),
  MAX_LIST_LENGTH: z.coerce.number().int().min(10).max(1000000).default(500),
  MAX_FILTER_NODES: z.coerce.number().int().min(1).max(100000).default(100),
  REQUEST_BUDGET_MS: z.coerce.number().int().min(0).max(3600000).default(5000),
  REQUEST_BUDGET_MS_PER_COST: z.coerce.number().min(0).max(1000).default(0.1),
  ADMISSION_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(0),
  ADMISSION_HEAVY_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(0),
  ADMISSION_HEAVY_COST: z.coerce.number().int().min(1).max(10000000).default(5000),
  ADMISSION_HEAVY_SHARE: z.coerce.number().gt(0).max(1).default(0.4),
  ADMISSION_QUEUE: z.coerce.number().int().min(0).max(100000).default(100),
  ADMISSION_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600000).default(3000),
  ADMISSION_LARGE_BODY_BYTES: z.coerce.number().int().min(1024).max(104857600).default(65536),
  ADMISSION_LARGE_BODY_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(1),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  SLOW_STATEMENT_MS: z.coerce.number().int().min(1).max(600000).default(500),
  READ_ONLY_ROLE: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL role name').default('atlas_reader'),
  CORS_ORIGINS: z.string().min(1).default('*'),
  CACHE_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'must be a redis:// or rediss:// URL (the shared response cache)')
    .optional(),
  SHARED_CACHE_TTL_S: z.coerce.number().int().min(1).max(604800).default(3600),
  SHARED_CACHE_MAX_ENTRY_BYTES: z.coerce.number().int().min(1024).max(536870912).default(1048576),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10000000).default(0),
  TRUST_PROXY: booleanFlag.default(false),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  REFERENCE_CACHE_MS: z.coerce.number().int().min(0).max(3600000).default(5000),
  RESPONSE_CACHE_BYTES: z.coerce.number().int().min(0).max(4294967296).default(33554432),
  GEOMETRY_CACHE_BYTES: z.coerce.number().int().min(0).max(4294967296).default(33554432),
  TILE_CACHE_BYTES: z.coerce.number().int().min(0).max(4294967296).default(16777216),
  CACHE_MAX_AGE_S: z.coerce.number().int().min(0).max(86400).default(60),
  DATA_VERSION_POLL_MS: z.coerce.number().int().min(0).max(3600000).default(1000),
});

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
  admission: { concurrency: number; heavyConcurrency: number; heavyCost: number; heavyShare: number; queue: number; queueTimeoutMs: number; largeBodyBytes: number; largeBodyConcurrency: number };
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
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`),
    );
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URLS && !e.DATABASE_URL) throw new ConfigError(['DATABASE_READ_URLS: needs DATABASE_URL, the primary (migrations, imports and LISTEN go there)']);
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
    sharedCache: e.CACHE_URL ? Object.freeze({ url: e.CACHE_URL, ttlSeconds: e.SHARED_CACHE_TTL_S, maxEntryBytes: e.SHARED_CACHE_MAX_ENTRY_BYTES }) : null,
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
    corsOrigins: e.CORS_ORIGINS === '*' ? '*' : e.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
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
