/**
 * The process around a data command (import, db:backup, db:restore). On PostgreSQL it opens the
 * database and runs the command, as many processes may. On the embedded database it first asks
 * who owns the directory: a running server takes the job over its local socket and runs it in its
 * own process, so the result is served at once and never lost to a second copy of the database;
 * another command holding it refuses this one, naming it; with no owner, the command claims the
 * directory and runs the job itself.
 */
import { commandWorkingDir, loadConfig, projectRoot } from '../../config';
import { currentOwner, type Db, DirectoryOwnedError, openDb, ownerIsAlive } from '../../db';
import { createLogger } from '../../logger';
import type { CommandIo } from '../command-io';
import { COMMAND_LABEL, DATA_COMMANDS, isUserError, type DataCommandName } from '../data-commands';
import { handOver, HandoverLostError, OwnerGoneError } from '../handover';
import { defaultMigrationsDir, prepareDatabase } from '../prepare-database';
import { defaultSnapshotPaths, readSnapshot } from '../snapshot';

/** How long a command waits for a server that owns the directory but is still starting. */
const SERVER_START_WAIT_MS = 120000;

async function run(name: DataCommandName, argv: string[], io: CommandIo): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const label = COMMAND_LABEL[name];
  const short = shortName(name);
  const runOn = async (db: Db): Promise<number> => {
    try {
      await prepareDatabase(
        db,
        { migrationsDir: defaultMigrationsDir(projectRoot()), seedDir: config.seedDir, load: 'missing' },
        log,
      );
      return await DATA_COMMANDS[name](argv, db, io);
    } finally {
      await db.close();
    }
  };
  if (config.databaseUrl)
    return runOn(
      await openDb(
        { databaseUrl: config.databaseUrl, poolMax: 2, pgliteDataDir: null, owner: { command: label } },
        log,
      ),
    );
  const dataDir = config.pgliteDataDir;
  for (let attempt = 0; attempt < 5; attempt++) {
    const owner = currentOwner(dataDir);
    if (owner?.socket) {
      io.out(
        `${short}: the embedded server (process ${owner.pid}) owns ${dataDir}: it runs this command and serves the result at once`,
      );
      try {
        const result = await handOver(owner.socket, { job: name, argv, cwd: io.cwd ?? process.cwd() }, io, {
          waitMs: SERVER_START_WAIT_MS,
          ownerAlive: () => ownerIsAlive(owner),
        });
        if ('exit' in result) return result.exit;
        throw result.user ? new UserMessage(result.error) : new Error(result.error);
      } catch (err) {
        if (err instanceof OwnerGoneError) continue;
        if (err instanceof HandoverLostError) {
          throw new UserMessage(
            `the server (process ${owner.pid}) closed the connection before it reported, so whether the ${short} was done is not known; check with { editions { edition } }`,
          );
        }
        throw err;
      }
    }
    if (owner) throw new DirectoryOwnedError(dataDir, owner);
    let db: Db;
    try {
      // A new directory starts from the seeded snapshot, as the server's first start does.
      db = await openDb(
        {
          databaseUrl: null,
          pgliteDataDir: dataDir,
          pgliteSnapshot: () => readSnapshot({ ...defaultSnapshotPaths(projectRoot()), seedDir: config.seedDir }),
          owner: { command: label },
        },
        log,
      );
    } catch (err) {
      if (err instanceof DirectoryOwnedError) continue; // claimed meanwhile: ask again who holds it
      throw err;
    }
    return runOn(db);
  }
  throw new UserMessage(`the owner of ${dataDir} kept changing; try again`);
}

const shortName = (name: DataCommandName): string => (name === 'import' ? 'import' : `db:${name}`);

/** A message that is the whole story (refusals, a job the server refused). */
class UserMessage extends Error {}

/** Runs data command `name` with this process's arguments and exits with its code. */
export function runDataCommandCli(name: DataCommandName): void {
  const label = shortName(name);
  run(name, process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), cwd: commandWorkingDir() }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      const plain = err instanceof UserMessage || err instanceof DirectoryOwnedError || isUserError(err);
      process.stderr.write(
        `${label} failed: ${plain ? (err as Error).message : ((err as Error).stack ?? String(err))}\n`,
      );
      process.exit(1);
    },
  );
}
