/**
 * Prepares the one shared test database before any test runs: migrations and the committed seed,
 * through the project's own loader. With TEST_DATABASE_URL the real server is prepared; without
 * it the embedded seeded snapshot (src/imports/snapshot.ts) is made current, so every test file
 * can start from a copy. npm's prepare step usually built it at install already.
 */
import { openPg } from '../../src/db/pg.driver';
import { prepareDatabase } from '../../src/imports/prepare-database';
import { ensureSnapshot } from '../../src/imports/snapshot';
import { createLogger } from '../../src/logger';
import { MIGRATIONS_DIR, SEED_DIR, SNAPSHOT } from './paths';

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
  await ensureSnapshot(SNAPSHOT, log);
}
