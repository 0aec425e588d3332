/**
 * `npm run db:load [-- --seed <dir>]`: applies migrations and loads the committed seed into the
 * configured database (DATABASE_URL, or the embedded one), in one transaction, even when the
 * same seed is already loaded. The embedded directory must not be in use (a running server loads
 * a changed seed when it starts): it is refused, naming the process that holds it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../../config';
import { DirectoryOwnedError, openDb } from '../../db';
import { createLogger } from '../../logger';
import { defaultMigrationsDir, prepareDatabase } from '../prepare-database';
import { SourceError } from '../source-error';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string' } } });
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDb(
    {
      databaseUrl: config.databaseUrl,
      poolMax: 2,
      pgliteDataDir: config.pgliteDataDir,
      owner: { command: 'npm run db:load' },
    },
    log,
  );
  try {
    await prepareDatabase(
      db,
      {
        migrationsDir: defaultMigrationsDir(projectRoot()),
        seedDir: values.seed ? path.resolve(values.seed) : config.seedDir,
        load: 'always',
      },
      log,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: unknown) => {
  const plain = err instanceof SourceError || err instanceof DirectoryOwnedError;
  process.stderr.write(`db:load failed: ${plain ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`);
  process.exit(1);
});
