// The throwaway databases the benchmark tools make on a local PostgreSQL: the URL of one by name,
// and one (re)created and loaded with the seed by the project's own loader (dist/ must be built).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `adminUrl` with its database replaced by `name`. */
export function databaseUrl(adminUrl, name) {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops and creates the database `name` (the role of `adminUrl` must be allowed to), then loads the seed. */
export async function createSeededDatabase(adminUrl, name, log) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  log('loading the seed into', name);
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'imports', 'cli', 'db-load.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl(adminUrl, name), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
}
