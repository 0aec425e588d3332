/**
 * Brings a database to a serving state: migrations applied, and the committed seed loaded when
 * the database has none or an older one. Used at server start, by `npm run db:load` and by tests.
 */
import path from 'node:path';
import { type Db, migrate } from '../db';
import type { Logger } from '../logger';
import { currentSeed, loadSeed } from './load-seed';
import { readSeed, seedHash } from './seed.format';

export interface PrepareOptions {
  migrationsDir: string;
  seedDir: string;
  /** 'missing': load when absent or different from the committed seed; 'always': reload; 'never'. */
  load: 'missing' | 'always' | 'never';
}

export function defaultMigrationsDir(root: string): string {
  return path.join(root, 'db', 'migrations');
}

export async function prepareDatabase(db: Db, options: PrepareOptions, log: Logger): Promise<{ loaded: boolean }> {
  await migrate(db, options.migrationsDir, log);
  if (options.load === 'never') return { loaded: false };
  if (options.load === 'missing') {
    const hash = seedHash(options.seedDir);
    const current = await currentSeed(db);
    if (current?.hash === hash) {
      log.info({ module: 'seed', hash: hash.slice(0, 12), loadedAt: current.loadedAt }, 'seed already loaded');
      return { loaded: false };
    }
  }
  await loadSeed(db, readSeed(options.seedDir), log);
  return { loaded: true };
}
