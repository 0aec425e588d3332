/**
 * Importing an edition into a database of its own, with `npm run import` (the built CLI, run as a
 * child process on the embedded database on disk, as a user runs it) and with the same command in
 * process (the command without the process around it, so most cases need no database reopened):
 * the shipped 2016 figures re-imported from a spreadsheet written here give identical answers; a
 * faulty file gets a full report and changes nothing; an import killed half way changes nothing;
 * re-imports replace atomically; --dry-run and --remove. Values marked SYNTHETIC are made up to
 * exercise the pipeline and are never shipped as data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Db } from '../../src/db/db';
import { openPg } from '../../src/db/pg.driver';
import { openPglite } from '../../src/db/pglite.driver';
import { runBackupCommand, runRestoreCommand } from '../../src/imports/backup/backup-command';
import { runImportCommand } from '../../src/imports/edition/import-command';
import { MAPPING_SCHEMA } from '../../src/imports/edition/mapping';
import { prepareDatabase } from '../../src/imports/prepare-database';
import {
  AuthorityCountDocument,
  BandChangesBetweenEditionsDocument,
  EditionNumbersDocument,
  EditionTitlesAndLicencesDocument,
  EverythingAnEditionHoldsDocument,
  LifeStagesAndIndicatorsDocument,
  MobilityChangeDocument,
  MobilityOfDistrictsDocument,
} from '../generated/graphql';
import { restoreTestDb, testLog } from '../support/db';
import { createTestApi, type TestApi } from '../support/graphql';
import { MIGRATIONS_DIR, ROOT, SEED_DIR } from '../support/paths';
import { rawCsv } from '../support/raw';

const CLI = path.join(ROOT, 'dist', 'imports', 'cli', 'import.js');
const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-import-'));
let env: Record<string, string>;
let dropDatabase: (() => Promise<void>) | null = null;

/** A database of this file's own: imports change editions, which other test files read. */
beforeAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `atlas_import_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const own = new URL(url);
    own.pathname = `/${name}`;
    env = { DATABASE_URL: own.toString() };
    const db = openPg({ connectionString: env.DATABASE_URL!, poolMax: 2 }, testLog);
    await prepareDatabase(db, { migrationsDir: MIGRATIONS_DIR, seedDir: SEED_DIR, load: 'missing' }, testLog);
    await db.close();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    // The seeded embedded database of globalSetup, restored into a directory as `npm start` keeps it.
    env = { PGLITE_DATA_DIR: path.join(scratch, 'pglite') };
    await restoreTestDb(env.PGLITE_DATA_DIR!);
  }
});

afterAll(async () => {
  await dropDatabase?.();
  rmSync(scratch, { recursive: true, force: true });
});

function runImport(
  args: string[],
  extra: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env, ...extra, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const openImportDb = async (): Promise<Db> =>
  env.DATABASE_URL
    ? openPg({ connectionString: env.DATABASE_URL, poolMax: 2 }, testLog)
    : openPglite(env.PGLITE_DATA_DIR!, testLog);

/** Opens the import database, runs `fn` against the API over it, and closes it again. */
async function withApi<T>(fn: (api: TestApi) => Promise<T>): Promise<T> {
  const db = await openImportDb();
  const api = await createTestApi(db);
  try {
    return await fn(api);
  } finally {
    await api.server.stop();
    await db.close();
  }
}

const editionsOf = async (api: TestApi): Promise<number[]> =>
  (await api.data(EditionNumbersDocument)).editions.map((e) => e.edition);

/** The SMI 2016 rows as the published spreadsheet names them (raw file, with its short names). */
const published = rawCsv('smi/smi2016_overall_with_codes_regions.csv').map((r) => ({
  code: r.lad16cd!,
  name: r.smi_source_name!,
  score: Number(r.smi2016_score),
  rank: Number(r.smi2016_rank),
}));

async function writeXlsx(file: string, sheet: string, header: string[], rows: (string | number)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet);
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  await workbook.xlsx.writeFile(file);
}

const MAPPING = `# Mapping for a spreadsheet laid out like the published SMI table (used by this test)
sheet: Social mobility index
district: { nameColumn: Local authority }
overall: { score: Overall score, rank: Overall rank }
`;

const allMobility = (api: TestApi, edition: number) => api.data(MobilityOfDistrictsDocument, { first: 500, edition });

describe('npm run import, as a child process on the database on disk', () => {
  it('re-imports the shipped 2016 figures from an XLSX keyed by name and gives identical answers', async () => {
    const file = path.join(scratch, 'smi2016.xlsx');
    await writeXlsx(
      file,
      'Social mobility index',
      ['Local authority', 'Overall score', 'Overall rank'],
      published.map((p) => [p.name, p.score, p.rank]),
    );
    writeFileSync(path.join(scratch, 'mapping.yaml'), MAPPING);
    const result = runImport([
      file,
      '--edition',
      '2015',
      '--mapping',
      path.join(scratch, 'mapping.yaml'),
      '--title',
      'SMI 2016 re-imported',
      '--published-on',
      '2016-01-31',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/loaded edition 2015: 324 districts/);
    await withApi(async (api) => {
      const shipped = await allMobility(api, 2016);
      const imported = await allMobility(api, 2015);
      expect(imported).toEqual(shipped);
      const { editions } = await api.data(EditionTitlesAndLicencesDocument);
      expect(editions).toEqual([
        {
          edition: 2016,
          title: 'The Social Mobility Index',
          rankedCount: 324,
          latest: true,
          source: { licence: 'Open Government Licence v3.0' },
        },
        {
          edition: 2015,
          title: 'SMI 2016 re-imported',
          rankedCount: 324,
          latest: false,
          source: { licence: 'Open Government Licence v3.0' },
        },
      ]);
    });
  });

  it('leaves the previous data serving when an import is killed half way', async () => {
    // The preload holds the import's transaction open (the product has no such hook).
    const child = spawn(
      process.execPath,
      [
        '-r',
        path.join(ROOT, 'test', 'support', 'hold-import.cjs'),
        CLI,
        path.join(scratch, 'smi2016.xlsx'),
        '--edition',
        '2013',
        '--mapping',
        path.join(scratch, 'mapping.yaml'),
      ],
      {
        env: { ...process.env, ...env, LOG_LEVEL: 'warn', HOLD_IMPORT_MS: '60000' },
      },
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('holding the transaction open')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`import exited (${code}) before holding: ${out}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await withApi(async (api) => {
      expect(await editionsOf(api)).toEqual([2016, 2015]);
      const { authorities } = await api.data(AuthorityCountDocument, { filter: { rankFrom: 1 } });
      expect(authorities.totalCount).toBe(324);
    });
  });

  it('exits 1 naming every problem of a mapping that does not match its JSON Schema', () => {
    writeFileSync(
      path.join(scratch, 'bad.json'),
      JSON.stringify({ district: {}, overall: { rank: 'r' }, colour: 'blue' }),
    );
    const result = runImport([
      path.join(scratch, 'smi2016.xlsx'),
      '--edition',
      '2013',
      '--mapping',
      path.join(scratch, 'bad.json'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bad\.json: does not match the mapping schema: .*must NOT have additional properties.*\/district must NOT have fewer than 1 properties.*\/overall must have required property 'score'/,
    );
  });
});

describe('importing an edition (the same command, in process)', () => {
  let db: Db;
  let api: TestApi;
  beforeAll(async () => {
    db = await openImportDb();
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await api?.server.stop();
    await db?.close();
  });

  /** Runs the import command on the open database, collecting what it reports. */
  const runInProcess = async (args: string[]): Promise<{ code: number; stdout: string }> => {
    const lines: string[] = [];
    const code = await runImportCommand(args, db, { out: (line) => lines.push(line) });
    return { code, stdout: lines.join('\n') };
  };

  it('computes ranks from scores when the file has none (CSV keyed by code)', async () => {
    const file = path.join(scratch, 'scores.csv');
    writeFileSync(file, ['code,score', ...published.map((p) => `${p.code},${p.score}`)].join('\n'));
    writeFileSync(
      path.join(scratch, 'scores.json'),
      JSON.stringify({ district: { codeColumn: 'code' }, overall: { score: 'score' } }),
    );
    const result = await runInProcess([file, '--edition', '2014', '--mapping', path.join(scratch, 'scores.json')]);
    expect(result.stdout).toMatch(/note: overall ranks computed from scores \(higher is better\); no ties/);
    expect(await allMobility(api, 2014)).toEqual(await allMobility(api, 2016));
    expect((await runInProcess(['--remove', '2014'])).stdout).toMatch(/removed edition 2014/);
  });

  it('reports every problem of a faulty file with sheet, row and column, and changes nothing', async () => {
    const before = await editionsOf(api);
    const rows: (string | number)[][] = published
      .filter((p) => p.code !== 'E07000191')
      .map((p) => [p.name, p.score, p.rank]);
    rows[0] = ['Atlantis', rows[0]![1]!, rows[0]![2]!]; // unknown name (row 2)
    rows[4] = [rows[4]![0]!, 'n/a', rows[4]![2]!]; // text in a score (row 6)
    rows.push([published[1]!.name, published[1]!.score, published[1]!.rank]); // a duplicate (last row)
    const file = path.join(scratch, 'faulty.xlsx');
    await writeXlsx(file, 'Social mobility index', ['Local authority', 'Overall score', 'Overall rank'], rows);
    const result = await runInProcess([file, '--edition', '2013', '--mapping', path.join(scratch, 'mapping.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/nothing was written/);
    expect(result.stdout).toContain(
      'Social mobility index row 2 column "Local authority": name "Atlantis" is not an English district of 2016',
    );
    expect(result.stdout).toContain(
      'Social mobility index row 6 column "Overall score": score must be a number, got "n/a"',
    );
    expect(result.stdout).toMatch(
      new RegExp(
        `Social mobility index row ${rows.length + 1} column "Local authority": ${published[1]!.code} appears again \\(first at row 3\\)`,
      ),
    );
    expect(result.stdout).toMatch(/no row for 2 district\(s\): .*E07000191/);
    expect(await editionsOf(api)).toEqual(before);
  });

  it('validates only with --dry-run', async () => {
    const result = await runInProcess([
      path.join(scratch, 'smi2016.xlsx'),
      '--edition',
      '2013',
      '--mapping',
      path.join(scratch, 'mapping.yaml'),
      '--dry-run',
    ]);
    expect(result.stdout).toMatch(/dry run: 324 districts of edition 2013 are valid; nothing was written/);
    expect(await editionsOf(api)).not.toContain(2013);
  });

  it('replaces an edition atomically on re-import, and tracks moves between editions (SYNTHETIC variant)', async () => {
    // SYNTHETIC: the 2016 figures with Westminster (rank 1) and West Somerset (rank 324) swapped.
    const swapped = published.map((p) =>
      p.code === 'E09000033'
        ? { ...p, score: -89.36, rank: 324 }
        : p.code === 'E07000191'
          ? { ...p, score: 117.84, rank: 1 }
          : p,
    );
    const file = path.join(scratch, 'synthetic-swap.xlsx');
    await writeXlsx(
      file,
      'Social mobility index',
      ['Local authority', 'Overall score', 'Overall rank'],
      swapped.map((p) => [p.name, p.score, p.rank]),
    );
    expect(
      (await runInProcess([file, '--edition', '2015', '--mapping', path.join(scratch, 'mapping.yaml')])).stdout,
    ).toMatch(/loaded edition 2015/);
    const data = await api.data(BandChangesBetweenEditionsDocument, {
      code: 'E09000033',
      from: 2016,
      to: 2015,
      band: 'COLDSPOT',
    });
    expect(data.district!.mobilityChange).toEqual({
      rankFrom: 1,
      rankTo: 324,
      rankChange: -323,
      bandFrom: 'HOTSPOT',
      bandTo: 'COLDSPOT',
    });
    expect(data.entered.nodes.map((n) => n.code)).toEqual(['E09000033']);
    expect(data.left.nodes.map((n) => n.code)).toEqual(['E07000191']);
    const unknown = await api.run(MobilityChangeDocument, { code: 'E09000033', from: 2016, to: 2011 });
    expect(unknown.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^to 2011 is not loaded; loaded editions: 2015, 2016$/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('loads life stages and indicators when the file has them (SYNTHETIC values)', async () => {
    // SYNTHETIC: life-stage scores and one indicator derived from the overall score, only to
    // exercise the pipeline.
    const file = path.join(scratch, 'synthetic-stages.csv');
    const header = 'code,score,rank,early,school,youth,work,ind1';
    const lines = published.map(
      (p) =>
        `${p.code},${p.score},${p.rank},${p.score / 2},${p.score / 3},${p.score / 4},${p.score / 5},${p.rank % 7 === 0 ? '' : p.rank}`,
    );
    writeFileSync(file, [header, ...lines].join('\n'));
    writeFileSync(
      path.join(scratch, 'stages.yaml'),
      `district: { codeColumn: code }
overall: { score: score, rank: rank }
lifeStages:
  EARLY_YEARS: { score: early }
  SCHOOL: { score: school }
  YOUTH: { score: youth }
  WORKING_LIVES: { score: work }
indicators:
  - { code: IND1, name: Synthetic indicator, column: ind1, lifeStage: SCHOOL, unit: rank, higherIsBetter: false }
`,
    );
    expect(
      (await runInProcess([file, '--edition', '2012', '--mapping', path.join(scratch, 'stages.yaml')])).stdout,
    ).toMatch(/loaded edition 2012: 324 districts, 4 life stages, 1 indicators/);
    const data = await api.data(LifeStagesAndIndicatorsDocument, { code: 'E09000033', edition: 2012 });
    expect(data.editions.find((e) => e.edition === 2012)).toEqual({
      edition: 2012,
      lifeStageCount: 4,
      indicatorCount: 1,
    });
    const westminster = published.find((p) => p.code === 'E09000033')!;
    expect(data.authority!.mobility!.lifeStages).toEqual([
      { lifeStage: 'EARLY_YEARS', score: westminster.score / 2, rank: 1 },
      { lifeStage: 'SCHOOL', score: westminster.score / 3, rank: 1 },
      { lifeStage: 'YOUTH', score: westminster.score / 4, rank: 1 },
      { lifeStage: 'WORKING_LIVES', score: westminster.score / 5, rank: 1 },
    ]);
    expect(data.authority!.mobility!.indicators).toEqual([{ indicator: 'IND1', value: 1, higherIsBetter: false }]);
    expect((await runInProcess(['--remove', '2012'])).code).toBe(0);
  });

  it('removes an edition with --remove, and says when there is none', async () => {
    expect((await runInProcess(['--remove', '2015'])).stdout).toMatch(/removed edition 2015/);
    expect(await editionsOf(api)).toEqual([2016]);
    const again = await runInProcess(['--remove', '2015']);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/edition 2015 is not loaded; nothing removed/);
  });

  it('backs up the imported editions and restores exactly them (SYNTHETIC life stages and indicator)', async () => {
    // SYNTHETIC: life-stage scores and one indicator derived from the overall score, only to
    // exercise every table a backup holds.
    const file = path.join(scratch, 'synthetic-backup.csv');
    const lines = published.map(
      (p) =>
        `${p.code},${p.score},${p.rank},${p.score / 2},${p.score / 3},${p.score / 4},${p.score / 5},${p.rank % 5 === 0 ? '' : p.score * 2}`,
    );
    writeFileSync(file, ['code,score,rank,early,school,youth,work,ind1', ...lines].join('\n'));
    writeFileSync(
      path.join(scratch, 'backup.yaml'),
      `district: { codeColumn: code }
overall: { score: score, rank: rank }
lifeStages: { EARLY_YEARS: { score: early }, SCHOOL: { score: school }, YOUTH: { score: youth }, WORKING_LIVES: { score: work } }
indicators:
  - { code: IND1, name: Synthetic indicator, column: ind1, lifeStage: YOUTH, unit: points, higherIsBetter: true }
edition: { title: Synthetic backup edition, url: "https://example.org/synthetic" }
`,
    );
    expect((await runInProcess([file, '--edition', '2011', '--mapping', path.join(scratch, 'backup.yaml')])).code).toBe(
      0,
    );
    const imported = await api.data(EverythingAnEditionHoldsDocument, { edition: 2011 });
    const backupFile = path.join(scratch, 'editions.atlas-backup');
    const lines2: string[] = [];
    expect(await runBackupCommand([backupFile], db, { out: (l) => lines2.push(l) })).toBe(0);
    expect(lines2[0]).toMatch(/^db:backup: wrote 2011 \(324 districts\) to .*editions\.atlas-backup/);

    // Meanwhile: 2011 removed and another edition imported. The restore brings back exactly the backup's.
    expect((await runInProcess(['--remove', '2011'])).code).toBe(0);
    expect(
      (
        await runInProcess([
          path.join(scratch, 'smi2016.xlsx'),
          '--edition',
          '2010',
          '--mapping',
          path.join(scratch, 'mapping.yaml'),
        ])
      ).code,
    ).toBe(0);
    const restored: string[] = [];
    expect(await runRestoreCommand([backupFile], db, { out: (l) => restored.push(l) })).toBe(0);
    expect(restored).toEqual([
      expect.stringMatching(/^db:restore: restored 2011 \(324 districts\) from .*editions\.atlas-backup \(made \d{4}-/),
      'db:restore: removed imported editions the backup does not hold: 2010',
    ]);
    expect(await api.data(EverythingAnEditionHoldsDocument, { edition: 2011 })).toEqual(imported);
    expect((await runInProcess(['--remove', '2011'])).code).toBe(0);
  });

  it('refuses a damaged, altered or foreign backup before changing anything', async () => {
    const whole = readFileSync(path.join(scratch, 'editions.atlas-backup'));
    const before = await editionsOf(api);
    const attempt = async (bytes: Buffer): Promise<string> => {
      const file = path.join(scratch, 'bad.atlas-backup');
      writeFileSync(file, bytes);
      return runRestoreCommand([file], db, { out: () => undefined }).then(
        () => 'restored',
        (err: Error) => err.message,
      );
    };
    expect(await attempt(whole.subarray(0, whole.length - 10))).toMatch(
      /bad\.atlas-backup is not a usable backup: it does not decompress .*; nothing was changed$/,
    );
    const [head, body] = gunzipSync(whole).toString('utf8').split('\n');
    expect(await attempt(gzipSync(`${head}\n${body!.replace('"rank":1,', '"rank":2,')}\n`))).toMatch(
      /does not match the SHA-256 in its header/,
    );
    const foreign = body!.replaceAll('E09000033', 'E09999999');
    const foreignHead = JSON.stringify({
      ...JSON.parse(head!),
      sha256: createHash('sha256').update(foreign).digest('hex'),
    });
    expect(await attempt(gzipSync(`${foreignHead}\n${foreign}\n`))).toMatch(
      /edition 2011 ranks districts this database does not have: E09999999/,
    );
    expect(await attempt(Buffer.from('not a backup'))).toMatch(/does not decompress/);
    expect(await editionsOf(api)).toEqual(before);
  });

  it('rejects an edition outside 2000..2100, naming the flag', async () => {
    await expect(runInProcess(['--remove', '1999'])).rejects.toThrow(
      '--remove: must be a year 2000..2100 (got "1999")',
    );
  });
});

describe('the mapping file', () => {
  it('ships its schema as db/import/mapping.schema.json', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'db', 'import', 'mapping.schema.json'), 'utf8'))).toEqual(
      MAPPING_SCHEMA,
    );
  });
});
