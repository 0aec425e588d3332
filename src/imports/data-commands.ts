/**
 * The commands that write what users load, by name: `import`, `db:backup`, `db:restore`. A CLI
 * runs one on the configured database, or hands it to the embedded server that owns the
 * directory, which runs the same function in its own process (handover.ts).
 */
import { runBackupCommand, runRestoreCommand } from './backup/backup-command';
import { BackupFileError } from './backup/backup.format';
import type { DataCommand } from './command-io';
import { runImportCommand } from './edition/import-command';
import { SourceError } from './source-error';

export const DATA_COMMANDS = {
  import: runImportCommand,
  backup: runBackupCommand,
  restore: runRestoreCommand,
} satisfies Record<string, DataCommand>;

export type DataCommandName = keyof typeof DATA_COMMANDS;

export const isDataCommand = (name: unknown): name is DataCommandName =>
  typeof name === 'string' && Object.hasOwn(DATA_COMMANDS, name);

/** What the user runs, for messages. */
export const COMMAND_LABEL: Record<DataCommandName, string> = {
  import: 'npm run import',
  backup: 'npm run db:backup',
  restore: 'npm run db:restore',
};

/** An error whose message is the whole story for the user (a bad file or argument): shown without a stack. */
export const isUserError = (err: unknown): err is Error => err instanceof SourceError || err instanceof BackupFileError;
