/**
 * A throwaway PostgreSQL primary and streaming standby for the scale test: the machine's
 * PostgreSQL 15 binaries, run as the `postgres` user, on their own ports and sockets in a temp
 * folder, with PostGIS created on the primary (the standby replays it). Bounded: every wait gives
 * up after 60 s. Everything is removed by `destroy()`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
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

/** Runs a PostgreSQL binary as the postgres user (the test runs as root on our machines). */
function asPostgres(binary: string, args: string[]): void {
  const command = path.join(BIN, binary);
  if (userInfo().username === 'postgres') execFileSync(command, args, { stdio: 'ignore', timeout: 60000 });
  else execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore', timeout: 60000 });
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
  const start = (dir: string, port: number): void => asPostgres('pg_ctl', ['-D', dir, '-l', path.join(root, `${path.basename(dir)}.log`), '-w', '-t', '60', '-o', `-p ${port} -k ${root} -c listen_addresses=${HOST}`, 'start']);
  const stop = (dir: string): void => asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);

  asPostgres('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync']);
  writeFileSync(path.join(primary, 'postgresql.auto.conf'), 'wal_level = replica\nmax_wal_senders = 5\nhot_standby = on\nfsync = off\nsynchronous_commit = off\n', { flag: 'a' });
  start(primary, primaryPort);
  const admin = new Client({ host: HOST, port: primaryPort, user: 'postgres', database: 'postgres' });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  const db = new Client({ host: HOST, port: primaryPort, user: 'postgres', database });
  await db.connect();
  await db.query('create extension postgis');
  await db.end();
  asPostgres('pg_basebackup', ['-h', HOST, '-p', String(primaryPort), '-U', 'postgres', '-D', standby, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
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
      for (const [dir, up] of [[standby, standbyUp], [primary, true]] as const) {
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
