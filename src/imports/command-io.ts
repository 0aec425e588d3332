/**
 * What a data command (import, db:backup, db:restore) is given besides its arguments and database:
 * where to report, and the folder the user's file names are relative to. The same command runs
 * in its own process (cli/) or inside the embedded server that owns the database (handover.ts).
 */
import type { Db } from '../db';

export interface CommandIo {
  /** Where report lines go (stdout, or the socket back to the CLI). */
  out: (line: string) => void;
  /** The folder relative file names are resolved against (the CLI's); default process.cwd(). */
  cwd?: string;
}

/** Runs the command on `db`; resolves to the exit code (0 done, 1 refused with a report). */
export type DataCommand = (argv: string[], db: Db, io: CommandIo) => Promise<number>;
