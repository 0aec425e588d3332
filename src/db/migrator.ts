/**
 * Applies the SQL migrations in db/migrations at start, in file-name order, each in its own
 * transaction together with its record in schema_migrations, so a migration is applied once,
 * completely or not at all. Umzug orders and tracks; the same files run on both drivers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Umzug, type UmzugStorage } from 'umzug';
import type { Logger } from '../logger';
import type { Db } from './db';
import { sql } from './sql';

/** Lock key that serialises concurrent migrators on one PostgreSQL server ("atlas" in ASCII). */
const MIGRATION_LOCK_KEY = 0x61746c6173;

async function ensureLedger(db: Db): Promise<void> {
  await db.query(
    'createMigrationLedger',
    sql.query`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`,
  );
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    'appliedMigrations',
    sql.query`select name from schema_migrations order by name`,
  );
  return rows.map((r) => r.name);
}

export async function migrate(db: Db, migrationsDir: string, log: Logger): Promise<string[]> {
  await ensureLedger(db);
  const files = readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const storage: UmzugStorage = {
    executed: () => appliedMigrations(db),
    // Recorded inside the migration's own transaction (below), so nothing to do here.
    logMigration: async () => undefined,
    unlogMigration: async () => {
      throw new Error('migrations are forward-only');
    },
  };
  const umzug = new Umzug({
    migrations: files.map((file) => ({
      name: file,
      up: () =>
        db.transaction(
          async (tx) => {
            if (db.driver === 'pg') {
              await tx.query(
                'lockMigrations',
                sql.query`select pg_advisory_xact_lock(${sql.value(MIGRATION_LOCK_KEY)})`,
              );
            }
            const done = await tx.query(
              'isMigrationApplied',
              sql.query`select 1 from schema_migrations where name = ${sql.value(file)}`,
            );
            if (done.length > 0) return; // another instance applied it while we waited for the lock
            await tx.exec(readFileSync(path.join(migrationsDir, file), 'utf8'));
            await tx.query(
              'recordMigration',
              sql.query`insert into schema_migrations (name) values (${sql.value(file)})`,
            );
          },
          { write: true },
        ),
    })),
    storage,
    logger: undefined,
  });
  const applied = await umzug.up();
  const names = applied.map((m) => m.name);
  if (names.length > 0) log.info({ module: 'migrator', applied: names }, 'migrations applied');
  return names;
}
