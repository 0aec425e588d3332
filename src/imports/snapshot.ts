/**
 * The seeded snapshot: an embedded database with every migration applied and the committed seed
 * loaded, as one PGlite dump (a tarball of its data directory). Migrating and seeding a new
 * embedded database takes about 20 s on a 2-core machine, most of it creating PostGIS and
 * deriving the neighbours; restoring the dump takes about 1 s. So it is built once, by npm's
 * `prepare` script at install (or by the test suite's set-up, whichever comes first), and
 * restored wherever a new embedded database is needed: the first `npm start`, a start after the
 * data directory was removed, and every test file.
 *
 * The dump is tied to a key: a hash of everything that shapes it (the PGlite and PostGIS
 * packages, the migrations, the seed and the code that applies them). A dump whose key differs
 * is never restored. The server still checks the loaded seed's hash after restoring, so a
 * changed seed is loaded as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openPglite } from '../db';
import type { Logger } from '../logger';
import { defaultMigrationsDir, prepareDatabase } from './prepare-database';

export interface SnapshotPaths {
  /** The repository (or installed) root the inputs are found under. */
  root: string;
  /** The dump; its key sits beside it in `<file>.key`. */
  file: string;
  seedDir: string;
}

export function defaultSnapshotPaths(root: string): SnapshotPaths {
  return {
    root,
    file: path.join(root, '.data', 'snapshot', 'pglite-seeded.tar'),
    seedDir: path.join(root, 'db', 'seed'),
  };
}

/**
 * What the seeded database is made from. The loading code is read from src/ when it is there
 * (a checkout, where the tests run it through ts-jest), else from the compiled dist/.
 */
export function snapshotKey(paths: SnapshotPaths): string {
  const { root } = paths;
  const files = (dir: string, ext?: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .sort()
          .map((f) => path.join(dir, f))
          .filter((f) => statSync(f).isFile() && (!ext || f.endsWith(ext)))
      : [];
  const code = existsSync(path.join(root, 'src', 'imports'))
    ? [...files(path.join(root, 'src', 'db')), ...files(path.join(root, 'src', 'imports'), '.ts')]
    : [...files(path.join(root, 'dist', 'db'), '.js'), ...files(path.join(root, 'dist', 'imports'), '.js')];
  // Each file is named by its place (seed/…, not the directory the seed was read from).
  const inputs: [string, string][] = [
    ...[
      path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'),
      path.join(root, 'node_modules', '@electric-sql', 'pglite-postgis', 'package.json'),
      ...code,
    ].map((f): [string, string] => [path.relative(root, f), f]),
    ...files(defaultMigrationsDir(root)).map((f): [string, string] => [`migrations/${path.basename(f)}`, f]),
    ...files(paths.seedDir).map((f): [string, string] => [`seed/${path.basename(f)}`, f]),
  ];
  const hash = createHash('sha256');
  for (const [name, file] of inputs) hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const keyFile = (paths: SnapshotPaths): string => `${paths.file}.key`;

/** True when the dump is there and was built from what is here now. */
export function snapshotIsCurrent(paths: SnapshotPaths, key = snapshotKey(paths)): boolean {
  return existsSync(paths.file) && existsSync(keyFile(paths)) && readFileSync(keyFile(paths), 'utf8') === key;
}

/** The current dump, or undefined when there is none or it was built from something else. */
export function readSnapshot(paths: SnapshotPaths): Blob | undefined {
  try {
    return snapshotIsCurrent(paths) ? new Blob([readFileSync(paths.file)]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the dump unless the current one is there. Written to temporary files and renamed, so a
 * reader sees the old dump or the new one, never a half-written one.
 */
export async function ensureSnapshot(paths: SnapshotPaths, log: Logger): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  const key = snapshotKey(paths);
  if (snapshotIsCurrent(paths, key)) return { built: false, ms: Math.round(performance.now() - started) };
  const db = await openPglite(null, log);
  try {
    await prepareDatabase(
      db,
      { migrationsDir: defaultMigrationsDir(paths.root), seedDir: paths.seedDir, load: 'always' },
      log,
    );
    const dump = await db.dump();
    mkdirSync(path.dirname(paths.file), { recursive: true });
    const suffix = `.${process.pid}.partial`;
    writeFileSync(paths.file + suffix, Buffer.from(await dump.arrayBuffer()));
    writeFileSync(keyFile(paths) + suffix, key);
    renameSync(paths.file + suffix, paths.file);
    renameSync(keyFile(paths) + suffix, keyFile(paths));
  } finally {
    await db.close();
  }
  return { built: true, ms: Math.round(performance.now() - started) };
}
