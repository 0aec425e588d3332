/**
 * `db:backup <file>` and `db:restore <file> [--dry-run]`, apart from the process around them
 * (cli/ runs them on the configured database, or hands them to the embedded server that owns it).
 * A backup is written aside and renamed into place, so the file is whole or absent; a restore
 * checks the whole file (and every district code in it against this database) before it
 * replaces anything, then replaces the imported editions in one transaction.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Db } from '../../db';
import type { CommandIo } from '../command-io';
import { SourceError } from '../source-error';
import { BackupFileError, decodeBackup, encodeBackup, type BackupEdition } from './backup.format';
import { knownDistrictCodes, readImportedEditions, restoreEditions } from './backup.sql';

const describe = (editions: BackupEdition[]): string =>
  editions.length === 0
    ? 'no imported editions'
    : editions.map((e) => `${e.meta.edition} (${e.rows.length} districts)`).join(', ');

function writeWhole(file: string, bytes: Buffer): void {
  const aside = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const fd = openSync(aside, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(aside, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(aside, file);
}

/** `db:backup <file>`: every imported edition into one file. */
export async function runBackupCommand(argv: string[], db: Db, io: CommandIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 1)
    throw new SourceError('arguments', null, 'give the file to write: npm run db:backup -- <file>');
  const file = path.resolve(io.cwd ?? process.cwd(), positionals[0]!);
  const editions = await readImportedEditions(db);
  const bytes = encodeBackup({ createdAt: new Date().toISOString(), database: db.driver, editions });
  writeWhole(file, bytes);
  io.out(`db:backup: wrote ${describe(editions)} to ${file} (${bytes.length} bytes)`);
  io.out(
    'db:backup: the shipped edition is part of the seed and is rebuilt from the project; a backup holds what was imported',
  );
  return 0;
}

/** `db:restore <file> [--dry-run]`: the imported editions become exactly the backup's. */
export async function runRestoreCommand(argv: string[], db: Db, io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1)
    throw new SourceError('arguments', null, 'give the backup to restore: npm run db:restore -- <file>');
  const file = path.resolve(io.cwd ?? process.cwd(), positionals[0]!);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new BackupFileError(
      file,
      `it cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  const backup = decodeBackup(bytes, file);
  const known = await knownDistrictCodes(db);
  for (const e of backup.editions) {
    const unknown = e.rows.filter((r) => !known.has(r.code)).map((r) => r.code);
    if (unknown.length > 0)
      throw new BackupFileError(
        file,
        `edition ${e.meta.edition} ranks districts this database does not have: ${unknown.slice(0, 5).join(', ')}`,
      );
    const ranks = e.rows.map((r) => r.rank);
    if (Math.max(...ranks) > e.rows.length)
      throw new BackupFileError(file, `edition ${e.meta.edition} has a rank above its ${e.rows.length} districts`);
  }
  if (values['dry-run']) {
    io.out(
      `db:restore: dry run: ${file} is a whole backup of ${describe(backup.editions)} (made ${backup.createdAt} from the ${backup.database === 'pg' ? 'PostgreSQL' : 'embedded'} database); nothing was changed`,
    );
    return 0;
  }
  const removed = await restoreEditions(db, backup.editions);
  io.out(`db:restore: restored ${describe(backup.editions)} from ${file} (made ${backup.createdAt})`);
  if (removed.length > 0)
    io.out(`db:restore: removed imported editions the backup does not hold: ${removed.join(', ')}`);
  return 0;
}
