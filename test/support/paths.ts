/** Paths the tests share. */
import path from 'node:path';
import { defaultSnapshotPaths } from '../../src/imports/snapshot';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEED_DIR = path.join(ROOT, 'db', 'seed');
export const MIGRATIONS_DIR = path.join(ROOT, 'db', 'migrations');
/** The committed raw sources the loader reads (DATA_DIR overrides it, as it does for the loader). */
export const DATA_DIR = path.resolve(ROOT, process.env.DATA_DIR ?? path.join('db', 'sources'));
/**
 * The embedded test database: the seeded snapshot `npm start` restores too (src/imports/snapshot.ts),
 * built at install or by globalSetup, whichever comes first, and rebuilt when its key changes.
 */
export const SNAPSHOT = defaultSnapshotPaths(ROOT);
export const PGLITE_DUMP = SNAPSHOT.file;
