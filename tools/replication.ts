/**
 * A throwaway PostgreSQL primary and streaming standby for the scale test: the machine's
 * PostgreSQL 15 binaries, run as the `postgres` user, on their own ports and sockets in a temp
 * folder, with PostGIS created on the primary (the standby replays it). The replication role and
 * the standby are made by deploy/postgres/'s scripts, the ones deploy/compose.yml runs, so the
 * test covers them. Bounded: every step gives up after 120 s. `destroy()` removes everything.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from './harness';
import { freePort, HOST } from './harness';

const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface Cluster {
  primaryUrl: string;
  standbyUrl: string;
  /** Stops the standby (fast shutdown) and starts it again. */
  stopStandby(): void;
  startStandby(): void;
  destroy(): void;
}

/** Runs a PostgreSQL binary (or a script, with the binaries first on PATH) as the postgres user (the test runs as root on our machines). */
function asPostgres(binary: string, args: string[], env: Record<string, string> = {}): void {
  const command = path.isAbsolute(binary) ? binary : path.join(BIN, binary);
  const vars = Object.entries({ PATH: `${BIN}:${process.env.PATH ?? '/usr/bin:/bin'}`, ...env }).map(
    ([k, v]) => `${k}=${v}`,
  );
  if (userInfo().username === 'postgres')
    execFileSync('env', [...vars, command, ...args], { stdio: 'ignore', timeout: 120000 });
  else
    execFileSync('runuser', ['-u', 'postgres', '--', 'env', ...vars, command, ...args], {
      stdio: 'ignore',
      timeout: 120000,
    });
}

/** A copy, in `dir` (which the postgres user can read), of a script deploy/compose.yml runs. */
function script(dir: string, name: string): string {
  const copy = path.join(dir, name);
  copyFileSync(path.join(projectRoot(), 'deploy', 'postgres', name), copy);
  chmodSync(copy, 0o755);
  return copy;
}

export async function createCluster(database = 'atlas'): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-replication-'));
  chmodSync(root, 0o755);
  const pwent = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const pgid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(root, Number(pwent), pgid);
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const primary = path.join(root, 'primary');
  const standby = path.join(root, 'standby');
  const start = (dir: string, port: number): void =>
    asPostgres('pg_ctl', [
      '-D',
      dir,
      '-l',
      path.join(root, `${path.basename(dir)}.log`),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=${HOST}`,
      'start',
    ]);
  const stop = (dir: string): void => asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);

  asPostgres('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync']);
  writeFileSync(
    path.join(primary, 'postgresql.auto.conf'),
    'wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = off\nsynchronous_commit = off\n',
    { flag: 'a' },
  );
  start(primary, primaryPort);
  const admin = new Client({ host: HOST, port: primaryPort, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const db = new Client({ host: HOST, port: primaryPort, user: 'postgres', database });
  await db.connect();
  await db.query('create extension postgis');
  await db.end();
  // The Compose file's own scripts: a replication role with a password, and a pg_hba line for it
  // (initdb's trust lines for replication are dropped first, so the standby signs in with it).
  const hba = path.join(primary, 'pg_hba.conf');
  writeFileSync(
    hba,
    readFileSync(hba, 'utf8')
      .split('\n')
      .filter((line) => !/^host\s+replication\s/.test(line))
      .join('\n'),
  );
  const replication = { REPLICATION_USER: 'atlas_replicator', REPLICATION_PASSWORD: randomBytes(12).toString('hex') };
  asPostgres(script(root, 'primary-init.sh'), [], {
    ...replication,
    PGDATA: primary,
    POSTGRES_USER: 'postgres',
    POSTGRES_DB: database,
    PGHOST: HOST,
    PGPORT: String(primaryPort),
  });
  asPostgres('pg_ctl', ['-D', primary, 'reload']);
  asPostgres(script(root, 'standby-init.sh'), [], {
    ...replication,
    PGDATA: standby,
    PRIMARY_HOST: HOST,
    PRIMARY_PORT: String(primaryPort),
  });
  start(standby, standbyPort);
  let standbyUp = true;
  return {
    primaryUrl: `postgres://postgres@${HOST}:${primaryPort}/${database}`,
    standbyUrl: `postgres://postgres@${HOST}:${standbyPort}/${database}`,
    stopStandby() {
      stop(standby);
      standbyUp = false;
    },
    startStandby() {
      start(standby, standbyPort);
      standbyUp = true;
    },
    destroy() {
      for (const [dir, up] of [
        [standby, standbyUp],
        [primary, true],
      ] as const) {
        try {
          if (up) stop(dir);
        } catch {
          /* already down */
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
