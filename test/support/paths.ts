/** Paths the tests share. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_DIR = path.join(ROOT, 'db', 'seed');
export const MIGRATIONS_DIR = path.join(ROOT, 'db', 'migrations');
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(ROOT, process.env.DATA_DIR) : path.resolve(ROOT, '..', 'shared', 'data');
/** The embedded test database, migrated and seeded once by globalSetup, as a PGlite dump. */
export const PGLITE_DUMP = path.join(ROOT, '.data', 'test', 'pglite-seeded.tar');
