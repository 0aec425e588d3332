/** Paths the tests share. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_DIR = path.join(ROOT, 'db', 'seed');
export const MIGRATIONS_DIR = path.join(ROOT, 'db', 'migrations');
/** The committed raw sources the loader reads (DATA_DIR overrides it, as it does for the loader). */
export const DATA_DIR = path.resolve(ROOT, process.env.DATA_DIR ?? path.join('db', 'sources'));
/** The embedded test database, migrated and seeded once by globalSetup, as a PGlite dump. */
export const PGLITE_DUMP = path.join(ROOT, '.data', 'test', 'pglite-seeded.tar');
/** What the dump was built from (a hash); globalSetup rebuilds the dump when it changes. */
export const PGLITE_DUMP_KEY = `${PGLITE_DUMP}.key`;
