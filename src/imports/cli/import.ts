/**
 * `npm run import -- <file.xlsx|file.csv> --edition 2017 [--mapping mapping.yaml] [--dry-run]
 *    [--title ... --publisher ... --published-on YYYY-MM-DD --licence ... --attribution ... --url ...]`
 * `npm run import -- --remove 2017`
 * Loads an edition of the Social Mobility Index into the configured database (DATABASE_URL or the
 * embedded one): everything is validated first and every problem reported with its sheet, row and
 * column; then the edition is written in one transaction. Exit 0 on success, 1 on problems.
 */
import { loadConfig, projectRoot } from '../../config';
import { openDb } from '../../db';
import { createLogger } from '../../logger';
import { runImportCommand } from '../edition/import-command';
import { defaultMigrationsDir, prepareDatabase } from '../prepare-database';
import { SourceError } from '../source-error';

async function main(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDb({ databaseUrl: config.databaseUrl, poolMax: 2, pgliteDataDir: config.pgliteDataDir }, log);
  try {
    await prepareDatabase(db, { migrationsDir: defaultMigrationsDir(projectRoot()), seedDir: config.seedDir, load: 'missing' }, log);
    return await runImportCommand(process.argv.slice(2), db, {
      out: (line) => process.stdout.write(`${line}\n`),
      // Fault injection for tests: hold the transaction open so a test can kill the process in it.
      holdMs: Number(process.env.IMPORT_HOLD_MS ?? 0),
    });
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${err instanceof SourceError ? err.message : ((err as Error).stack ?? String(err))}\n`);
    process.exit(1);
  },
);
