/**
 * Prepares the one shared test database before any test runs: migrations and the committed seed,
 * through the project's own loader. With TEST_DATABASE_URL the real server is prepared; without
 * it an embedded PGlite database is built and dumped so every test file can start from a copy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPg } from '../../src/db/pg.driver';
import { openPglite } from '../../src/db/pglite.driver';
import { prepareDatabase } from '../../src/imports/prepare-database';
import { createLogger } from '../../src/logger';
import { MIGRATIONS_DIR, PGLITE_DUMP, SEED_DIR } from './paths';

export default async function globalSetup(): Promise<void> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'warn');
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const db = openPg({ connectionString: url, poolMax: 2 }, log);
    try {
      await prepareDatabase(db, { migrationsDir: MIGRATIONS_DIR, seedDir: SEED_DIR, load: 'missing' }, log);
    } finally {
      await db.close();
    }
    return;
  }
  const db = await openPglite(null, log);
  try {
    await prepareDatabase(db, { migrationsDir: MIGRATIONS_DIR, seedDir: SEED_DIR, load: 'always' }, log);
    const dump = await db.dump();
    mkdirSync(path.dirname(PGLITE_DUMP), { recursive: true });
    writeFileSync(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}
