/**
 * One owner per embedded data directory. PGlite is PostgreSQL in this process's memory: two
 * processes on one directory each keep their own copy and the last to write wins, so an import
 * beside a running server was "loaded" and then lost. Every command that opens the directory
 * claims it first, and the claim is refused while another live process holds it.
 *
 * The claim is a file, `owner.json`, in a private folder beside the directory (`<dir>.owner/`,
 * mode 0700; `.data/pglite.owner/` by default). It names the owner's pid, its start time (so a
 * reused pid is not mistaken for it), its host and command, and the socket a serving owner takes
 * jobs on (server/handover). It is created whole or not at all (written aside, then hard-linked
 * into place, which fails when one is there). An owner that died without releasing it (kill -9,
 * a crash) leaves a stale claim: the next claimant checks that the pid is gone (or now belongs to
 * a process started at another time) and takes it over, logging so; a second lock, held only
 * for the moment of the takeover, keeps two claimants from both taking it.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger';

export interface OwnerRecord {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc/<pid>/stat), or null elsewhere. */
  startTicks: number | null;
  host: string;
  /** What the owner is: 'npm start', 'npm run import', … */
  command: string;
  /** ISO time the claim was made. */
  since: string;
  /** The Unix socket a serving owner takes jobs on (imports, backups, restores), or null. */
  socket: string | null;
}

export interface Ownership {
  readonly record: OwnerRecord;
  /** The private folder beside the data directory (mode 0700) the claim and socket live in. */
  readonly folder: string;
  /** Gives the directory up (removes the claim if it is still this process's). Idempotent. */
  release(): void;
}

/** The directory is held by another live process. */
export class DirectoryOwnedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: OwnerRecord,
  ) {
    super(
      `the embedded database at ${dataDir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}${owner.host === hostname() ? '' : `, on host ${owner.host}`}). ` +
        `PGlite allows one process per directory: stop that process first, wait for it to finish, or set PGLITE_DATA_DIR to another directory.`,
    );
    this.name = 'DirectoryOwnedError';
  }
}

/** The private folder beside `dataDir` the claim lives in. */
export function ownerFolder(dataDir: string): string {
  return `${path.resolve(dataDir)}.owner`;
}

const claimFile = (folder: string): string => path.join(folder, 'owner.json');

/** Sockets are named by paths of at most 107 bytes on Linux; longer ones go to a private folder under the temporary directory. */
const MAX_SOCKET_PATH = 100;

/** Where the owner of `dataDir` takes jobs: `<dir>.owner/jobs.sock`, or a private folder under tmp when that path is too long for a socket. */
export function ownerSocketPath(dataDir: string): string {
  const inside = path.join(ownerFolder(dataDir), 'jobs.sock');
  if (Buffer.byteLength(inside) <= MAX_SOCKET_PATH) return inside;
  const uid = process.getuid?.() ?? 0;
  const folder = path.join(tmpdir(), `mobility-atlas-${uid}`);
  return path.join(folder, `${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 24)}.sock`);
}

/** Makes `folder` (and its parents) with mode 0700, and checks it is a real folder of this user's, so no one else can reach what is in it. */
export function privateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const st = lstatSync(folder);
  const uid = process.getuid?.();
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid)) {
    throw new Error(
      `${folder} must be a folder owned by this user (uid ${uid}); it is not, so the embedded database's claim cannot be kept private`,
    );
  }
  if ((st.mode & 0o777) !== 0o700) chmodSync(folder, 0o700);
}

/** A process's start time (field 22 of /proc/<pid>/stat), or null where there is no /proc. */
function startTicksOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

/** Is the process the record names still running? A record from another host is taken to be alive (it cannot be checked from here). */
export function ownerIsAlive(owner: OwnerRecord): boolean {
  if (owner.host !== hostname()) return true;
  if (!Number.isInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // ESRCH: no such process. EPERM: the pid exists (another user's process); its start time decides.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.startTicks === null) return true;
  const ticks = startTicksOf(owner.pid);
  return ticks === null || ticks === owner.startTicks;
}

function readRecord(file: string): OwnerRecord | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const record = JSON.parse(text) as OwnerRecord;
    if (Number.isInteger(record.pid) && typeof record.command === 'string') return record;
  } catch {
    // Unreadable: claims are linked into place whole, so this is not one of ours being written.
  }
  return {
    pid: -1,
    startTicks: null,
    host: hostname(),
    command: 'unknown (unreadable owner.json)',
    since: '?',
    socket: null,
  };
}

/** The live owner of `dataDir`, or null when no live process holds it. */
export function currentOwner(dataDir: string): OwnerRecord | null {
  const record = readRecord(claimFile(ownerFolder(dataDir)));
  return record && ownerIsAlive(record) ? record : null;
}

const sameRecord = (a: OwnerRecord, b: OwnerRecord): boolean =>
  a.pid === b.pid && a.startTicks === b.startTicks && a.since === b.since && a.host === b.host;

/** How long the takeover lock may be held before it is itself taken to be stale. */
const TAKEOVER_STALE_MS = 10000;

export interface ClaimOptions {
  /** What the claimant is, shown to whoever is refused: 'npm start', 'npm run import'. */
  command: string;
  /** A serving owner names the socket it will take jobs on (ownerSocketPath). */
  socket?: string | null;
}

/**
 * Claims `dataDir` for this process, or throws DirectoryOwnedError naming the live owner.
 * A stale claim (its process is gone) is taken over with a warning in the log.
 */
export function claimDirectory(dataDir: string, options: ClaimOptions, log: Logger): Ownership {
  const folder = ownerFolder(dataDir);
  privateFolder(folder);
  const file = claimFile(folder);
  const record: OwnerRecord = {
    pid: process.pid,
    startTicks: startTicksOf(process.pid),
    host: hostname(),
    command: options.command,
    since: new Date().toISOString(),
    socket: options.socket ?? null,
  };
  const aside = path.join(folder, `owner.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(aside, `${JSON.stringify(record)}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(aside, file);
        return ownership(record, folder, file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const held = readRecord(file);
      if (held === null) continue; // released meanwhile: try again
      if (ownerIsAlive(held)) throw new DirectoryOwnedError(dataDir, held);
      takeOver(folder, file, held, log, dataDir);
    }
    throw new Error(
      `could not claim the embedded database at ${dataDir}: its claim (${file}) kept changing; try again`,
    );
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Removes a stale claim, unless another claimant replaced it meanwhile. */
function takeOver(folder: string, file: string, stale: OwnerRecord, log: Logger, dataDir: string): void {
  const lock = path.join(folder, 'takeover.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Another claimant is taking over; a takeover lock left by a claimant that died is cleared.
    try {
      if (Date.now() - statSync(lock).mtimeMs > TAKEOVER_STALE_MS) rmSync(lock, { force: true });
    } catch {
      // gone already
    }
    return;
  }
  try {
    const now = readRecord(file);
    if (now && sameRecord(now, stale)) {
      // Renamed aside first, so the claim file is never half-removed.
      const gone = path.join(folder, `owner.stale.${process.pid}`);
      renameSync(file, gone);
      rmSync(gone, { force: true });
      log.warn(
        { dataDir, stalePid: stale.pid, staleCommand: stale.command, staleSince: stale.since },
        'took over the embedded database from a process that is no longer running (it did not release it: killed or crashed)',
      );
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

function ownership(record: OwnerRecord, folder: string, file: string): Ownership {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    const now = readRecord(file);
    if (now && sameRecord(now, record)) {
      try {
        unlinkSync(file);
      } catch {
        // gone already
      }
    }
  };
  // A process that exits without closing its database (process.exit on a fatal error) still
  // gives the directory up; one that is killed leaves a stale claim the next one takes over.
  process.once('exit', release);
  return { record, folder, release };
}
