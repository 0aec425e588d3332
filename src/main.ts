/**
 * Starts Mobility Atlas: configuration, database (embedded PGlite unless DATABASE_URL is set),
 * migrations and seed, then the HTTP server. SIGTERM/SIGINT stop it gracefully. An embedded
 * server owns its data directory (db/ownership.ts) and runs the imports, backups and restores
 * that local commands hand it (imports/handover.ts), so they are served at once and never lost.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig, projectRoot } from './config';
import { DirectoryOwnedError, openDb, openPg, ownerSocketPath, withReadReplicas } from './db';
import {
  DATA_COMMANDS,
  defaultMigrationsDir,
  defaultSnapshotPaths,
  prepareDatabase,
  readSnapshot,
  serveJobs,
  type JobServer,
} from './imports';
import { createLogger } from './logger';
import { createProcessMetrics, createServer } from './server';

async function main(): Promise<void> {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  log.info(
    {
      config: {
        port: config.port,
        host: config.host,
        database: config.databaseUrl ? 'postgres (DATABASE_URL)' : `embedded PGlite at ${config.pgliteDataDir}`,
        seedDir: config.seedDir,
        loadSeedOnStart: config.loadSeedOnStart,
        graphiql: config.graphiql,
        introspection: config.introspection,
      },
    },
    'starting',
  );
  const jobSocket = config.databaseUrl ? null : ownerSocketPath(config.pgliteDataDir);
  let primary;
  try {
    primary = await openDb(
      {
        databaseUrl: config.databaseUrl,
        poolMax: config.databasePoolMax,
        pgliteDataDir: config.pgliteDataDir,
        pgliteMemory: config.pgliteMemory,
        // A new embedded database starts from the seeded snapshot when it is current (it is built
        // at install); the seed check below still loads a seed that differs from it.
        pgliteSnapshot: config.loadSeedOnStart
          ? () => readSnapshot({ ...defaultSnapshotPaths(projectRoot()), seedDir: config.seedDir })
          : undefined,
        statementTimeoutMs: config.statementTimeoutMs,
        slowStatementMs: config.slowStatementMs,
        owner: { command: 'npm start', socket: jobSocket },
      },
      log,
    );
  } catch (err) {
    if (!(err instanceof DirectoryOwnedError)) throw err;
    log.fatal({ owner: err.owner }, err.message);
    process.exit(1);
  }
  await prepareDatabase(
    primary,
    {
      migrationsDir: defaultMigrationsDir(projectRoot()),
      seedDir: config.seedDir,
      load: config.loadSeedOnStart ? 'missing' : 'never',
    },
    log,
  );
  // Read replicas, when given, serve the queries; the primary keeps migrations, imports and LISTEN.
  const db =
    config.databaseReadUrls.length > 0
      ? withReadReplicas(
          primary,
          config.databaseReadUrls.map((url) => {
            const { hostname, port } = new URL(url);
            const name = `${hostname}:${port || 5432}`;
            return {
              name,
              db: openPg(
                {
                  connectionString: url,
                  poolMax: config.databasePoolMax,
                  statementTimeoutMs: config.statementTimeoutMs,
                  slowStatementMs: config.slowStatementMs,
                },
                log.child({ module: 'db', replica: name }),
              ),
            };
          }),
          log.child({ module: 'replicas' }),
        )
      : primary;
  if (config.readOnlyRole !== 'none') {
    try {
      await db.enterReadOnly(config.readOnlyRole);
      log.info({ role: config.readOnlyRole }, 'serving through the read-only role');
    } catch (err) {
      log.fatal(
        { err: (err as Error).message, role: config.readOnlyRole },
        'cannot switch to the read-only role; create it (migration 0007 does when allowed) or set READ_ONLY_ROLE=none',
      );
      process.exit(1);
    }
  }
  const server = await createServer({ db, log, config, processMetrics: createProcessMetrics() });
  const address = await server.listen(config.port, config.host);
  // Imports, backups and restores from local commands run here, on the primary, in write
  // transactions; the data version is read again before the command hears back, so what it
  // reports done is what the server serves.
  let jobs: JobServer | null = null;
  if (jobSocket) {
    const writer = primary;
    jobs = await serveJobs(
      jobSocket,
      async (request, io) => {
        try {
          return await DATA_COMMANDS[request.job](request.argv, writer, io);
        } finally {
          await server.dataVersion.refresh();
        }
      },
      log.child({ module: 'jobs' }),
    );
  }
  log.info(
    { url: `http://localhost:${address.port}/graphql`, startupMs: Math.round(performance.now() - startedAt) },
    'Mobility Atlas is serving',
  );

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight requests');
    try {
      await jobs?.close();
      await server.stop();
      await db.close();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Mobility Atlas failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
