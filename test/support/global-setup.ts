/**
 * Prepares the one shared test database before any test runs: migrations and the committed seed,
 * through the project's own loader. With TEST_DATABASE_URL the real server is prepared; without
 * it an embedded PGlite database is built and dumped so every test file can start from a copy.
 * The dump is kept between runs while nothing that shapes it has changed (see dumpKey).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPg } from '../../src/db/pg.driver';
import { openPglite } from '../../src/db/pglite.driver';
import { prepareDatabase } from '../../src/imports/prepare-database';
import { createLogger } from '../../src/logger';
import { MIGRATIONS_DIR, PGLITE_DUMP, PGLITE_DUMP_KEY, ROOT, SEED_DIR } from './paths';

/**
 * What the seeded database is made from: the PGlite and PostGIS packages, the migrations, the
 * seed and the code that applies them. Any change to one of these builds the dump again.
 */
function dumpKey(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] => readdirSync(dir).sort().map((f) => path.join(dir, f));
  const inputs = [
    path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'),
    path.join(ROOT, 'node_modules', '@electric-sql', 'pglite-postgis', 'package.json'),
    ...files(MIGRATIONS_DIR),
    ...files(SEED_DIR),
    ...files(path.join(ROOT, 'src', 'db')),
    ...files(path.join(ROOT, 'src', 'imports')).filter((f) => f.endsWith('.ts')),
  ];
  for (const file of inputs) hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

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
  const key = dumpKey();
  if (existsSync(PGLITE_DUMP) && existsSync(PGLITE_DUMP_KEY) && readFileSync(PGLITE_DUMP_KEY, 'utf8') === key) return;
  const db = await openPglite(null, log);
  try {
    await prepareDatabase(db, { migrationsDir: MIGRATIONS_DIR, seedDir: SEED_DIR, load: 'always' }, log);
    const dump = await db.dump();
    mkdirSync(path.dirname(PGLITE_DUMP), { recursive: true });
    writeFileSync(PGLITE_DUMP, Buffer.from(await dump.arrayBuffer()));
    writeFileSync(PGLITE_DUMP_KEY, key);
  } finally {
    await db.close();
  }
}
