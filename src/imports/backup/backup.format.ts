/**
 * The backup file: every edition a user imported (the shipped edition is the project's seed and
 * is rebuilt from it), with its provenance, scores, life stages and indicators. A logical backup
 * rather than a copy of the database's files, so it restores into either database (a backup of
 * the embedded one loads into PostgreSQL and back) and into later PGlite and PostgreSQL versions,
 * whose files are not compatible with older ones.
 *
 * Layout: gzip of two lines. The first is a header (format, version, when, from which database,
 * the editions, and the SHA-256 and length of the second line); the second is the editions as
 * JSON. gzip's CRC and length catch a truncated or damaged file, the SHA-256 an edited one; the
 * content is then checked against a zod schema. Nothing is replaced until all of that passes.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { EDITION_MAX, EDITION_MIN } from '../../mobility/mobility.rules';
import { LIFE_STAGE_CODES } from '../edition/mapping';
import type { DistrictFigures } from '../edition/validate-edition';
import type { EditionMeta, IndicatorDefinition } from '../edition/write-edition';

export const BACKUP_FORMAT = 'mobility-atlas-backup';
export const BACKUP_VERSION = 1;

export interface BackupEdition {
  meta: EditionMeta;
  indicators: IndicatorDefinition[];
  rows: DistrictFigures[];
}

export interface Backup {
  createdAt: string;
  database: 'pg' | 'pglite';
  editions: BackupEdition[];
}

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  database: z.enum(['pg', 'pglite']),
  editions: z.array(z.number().int()),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const lifeStage = z.enum(LIFE_STAGE_CODES);
const text = z.string().min(1).max(10000);
const edition = z.object({
  meta: z.object({
    edition: z.number().int().min(EDITION_MIN).max(EDITION_MAX),
    title: text,
    publisher: text,
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    licence: text,
    attribution: text,
    url: z.string().max(10000).nullable(),
  }),
  indicators: z.array(z.object({ code: text, name: text, lifeStage, unit: text, higherIsBetter: z.boolean() })),
  rows: z
    .array(
      z.object({
        code: z.string().regex(/^E\d{8}$/),
        score: z.number(),
        rank: z.number().int().min(1),
        lifeStages: z.array(z.object({ lifeStage, score: z.number(), rank: z.number().int().min(1) })),
        indicators: z.array(z.object({ code: text, value: z.number().nullable() })),
      }),
    )
    .min(1),
});
const payload = z.array(edition);

/** The backup as the bytes of its file. */
export function encodeBackup(backup: Backup): Buffer {
  const body = JSON.stringify(backup.editions);
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: backup.createdAt,
    database: backup.database,
    editions: backup.editions.map((e) => e.meta.edition),
    bytes: Buffer.byteLength(body),
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  return gzipSync(`${JSON.stringify(head)}\n${body}\n`);
}

/** A file that is not a complete, unaltered backup of this format; the message says what is wrong. */
export class BackupFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file} is not a usable backup: ${problem}; nothing was changed`);
    this.name = 'BackupFileError';
  }
}

const issues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
    .join('; ');

/** Reads the bytes of a backup file, checking each layer; throws BackupFileError naming the first problem. */
export function decodeBackup(bytes: Buffer, file: string): Backup {
  let unzipped: string;
  try {
    unzipped = gunzipSync(bytes).toString('utf8');
  } catch (err) {
    throw new BackupFileError(
      file,
      `it does not decompress (${(err as Error).message}): truncated, damaged or not a backup`,
    );
  }
  const newline = unzipped.indexOf('\n');
  if (newline < 0) throw new BackupFileError(file, 'it has no header line');
  let head: z.infer<typeof header>;
  try {
    const parsed = header.safeParse(JSON.parse(unzipped.slice(0, newline)));
    if (!parsed.success)
      throw new BackupFileError(
        file,
        `its header is not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} header (${issues(parsed.error)})`,
      );
    head = parsed.data;
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    throw new BackupFileError(file, 'its header line is not JSON');
  }
  const body = unzipped.slice(newline + 1).replace(/\n$/, '');
  if (Buffer.byteLength(body) !== head.bytes)
    throw new BackupFileError(
      file,
      `its content has ${Buffer.byteLength(body)} bytes where the header says ${head.bytes}`,
    );
  if (createHash('sha256').update(body).digest('hex') !== head.sha256)
    throw new BackupFileError(file, 'its content does not match the SHA-256 in its header');
  let editions: BackupEdition[];
  try {
    const parsed = payload.safeParse(JSON.parse(body));
    if (!parsed.success)
      throw new BackupFileError(file, `its editions do not match the format (${issues(parsed.error)})`);
    editions = parsed.data;
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    throw new BackupFileError(file, 'its content is not JSON');
  }
  const years = editions.map((e) => e.meta.edition);
  if (years.join() !== head.editions.join())
    throw new BackupFileError(
      file,
      `its header lists editions ${head.editions.join(', ')} but it holds ${years.join(', ')}`,
    );
  if (new Set(years).size !== years.length) throw new BackupFileError(file, 'it holds an edition twice');
  return { createdAt: head.createdAt, database: head.database, editions };
}
