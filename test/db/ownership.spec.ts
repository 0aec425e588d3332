/**
 * One owner per embedded data directory. In process: a claim is refused while its owner lives,
 * and a dead owner's claim (its pid gone, or reused by a process started at another time) is
 * taken over. As real processes (the built server and commands, as a user runs them): an import
 * beside a running server is run by that server and served at once, and is still there after a
 * restart; a second server on the directory is refused, naming the first, which keeps serving;
 * a server killed with SIGKILL does not block the next start; a backup restored into a new
 * directory gives the same answers; a truncated backup is refused and changes nothing.
 *
 * The edition imported here is the shipped SMI 2016 file loaded again under the year 2015, so
 * every figure is real and the answers can be compared with the shipped edition's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import {
  claimDirectory,
  currentOwner,
  DirectoryOwnedError,
  ownerFolder,
  type OwnerRecord,
} from '../../src/db/ownership';
import { EditionNumbersDocument, ScoresOfDistrictsDocument } from '../generated/graphql';
import { restoreTestDb, testLog } from '../support/db';
import { DATA_DIR } from '../support/paths';
import { query, runCommand, startServer, type ServerProcess } from '../support/processes';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-owner-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const claimFile = (dir: string): string => path.join(ownerFolder(dir), 'owner.json');
const writeClaim = (dir: string, record: OwnerRecord): void => {
  claimDirectory(dir, { command: 'test' }, testLog).release(); // makes the private folder
  writeFileSync(claimFile(dir), JSON.stringify(record));
};

describe('claiming a data directory (in process)', () => {
  it('refuses a second claim while the first owner lives, naming it, and allows one after release', () => {
    const dir = path.join(scratch, 'claims');
    const first = claimDirectory(dir, { command: 'npm start', socket: '/x.sock' }, testLog);
    expect(currentOwner(dir)).toMatchObject({ pid: process.pid, command: 'npm start', socket: '/x.sock' });
    expect(() => claimDirectory(dir, { command: 'npm run import' }, testLog)).toThrow(DirectoryOwnedError);
    expect(() => claimDirectory(dir, { command: 'npm run import' }, testLog)).toThrow(
      new RegExp(`in use by process ${process.pid} \\(npm start, since `),
    );
    first.release();
    expect(currentOwner(dir)).toBeNull();
    claimDirectory(dir, { command: 'npm run import' }, testLog).release();
  });

  it('keeps the claim in a folder only this user can enter', () => {
    const dir = path.join(scratch, 'private');
    const claim = claimDirectory(dir, { command: 'test' }, testLog);
    try {
      const stat = spawnSync('stat', ['-c', '%a', claim.folder], { encoding: 'utf8' });
      expect(stat.stdout.trim()).toBe('700');
    } finally {
      claim.release();
    }
  });

  it('takes over the claim of a process that is gone, and of one whose pid now belongs to another process', () => {
    const dir = path.join(scratch, 'stale');
    // A pid that was used and is free again: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    writeClaim(dir, {
      pid: deadPid,
      startTicks: null,
      host: hostname(),
      command: 'npm start',
      since: '2026-01-01T00:00:00.000Z',
      socket: null,
    });
    expect(currentOwner(dir)).toBeNull();
    const warnings: unknown[] = [];
    const log = Object.assign(Object.create(testLog) as typeof testLog, { warn: (obj: unknown) => warnings.push(obj) });
    claimDirectory(dir, { command: 'npm run import' }, log).release();
    expect(warnings).toEqual([expect.objectContaining({ stalePid: deadPid, staleCommand: 'npm start' })]);
    // This process's own pid with another start time: the pid was reused, the owner is gone.
    writeClaim(dir, {
      pid: process.pid,
      startTicks: 1,
      host: hostname(),
      command: 'npm start',
      since: '2026-01-01T00:00:00.000Z',
      socket: null,
    });
    expect(currentOwner(dir)).toBeNull();
    claimDirectory(dir, { command: 'npm run import' }, testLog).release();
  });
});

describe('one owner per data directory (real processes)', () => {
  const dir = path.join(scratch, 'pglite');
  const env = { PGLITE_DATA_DIR: dir };
  const smi = path.join(DATA_DIR, 'smi', 'smi2016_overall_with_codes_regions.csv');
  let server: ServerProcess | null = null;

  const editions = async (): Promise<number[]> =>
    (await query(server!.base, EditionNumbersDocument)).data.editions.map((e) => e.edition);
  const scores = (edition: number) => query(server!.base, ScoresOfDistrictsDocument, { first: 500, edition });
  const all = async (edition: number): Promise<unknown> => (await scores(edition)).data;

  beforeAll(async () => {
    await restoreTestDb(dir);
    // Relative names: the command reads them from the folder it was run in.
    writeFileSync(
      path.join(scratch, 'smi.yaml'),
      'district: { codeColumn: lad16cd }\noverall: { score: smi2016_score, rank: smi2016_rank }\n',
    );
  }, 120000);
  afterAll(async () => {
    await server?.stop();
  });

  it('hands an import to the running server, which serves it at once', async () => {
    server = await startServer(env);
    const result = await runCommand(
      'imports/cli/import.js',
      [smi, '--edition', '2015', '--mapping', 'smi.yaml'],
      env,
      scratch,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `import: the embedded server (process ${server.pid}) owns ${dir}: it runs this command and serves the result at once`,
    );
    expect(result.stdout).toMatch(/import: loaded edition 2015: 324 districts/);
    expect(server.output()).toMatch(/"job":"import".*"msg":"running a job handed over by a local command"/);
    // No wait: the command heard back only once the server served the new data.
    expect(await editions()).toEqual([2016, 2015]);
    expect(await all(2015)).toEqual(await all(2016));
  });

  it('hands over --dry-run and --remove too, with the reports and exit codes they have alone', async () => {
    const dry = await runCommand(
      'imports/cli/import.js',
      [smi, '--edition', '2013', '--mapping', path.join(scratch, 'smi.yaml'), '--dry-run'],
      env,
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run: 324 districts of edition 2013 are valid; nothing was written/);
    const remove = await runCommand('imports/cli/import.js', ['--remove', '2013'], env);
    expect(remove.code).toBe(1);
    expect(remove.stdout).toMatch(/edition 2013 is not loaded; nothing removed/);
    const bad = await runCommand('imports/cli/import.js', ['--remove', '1999'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('import failed: --remove: must be a year 2000..2100 (got "1999")\n');
    expect(await editions()).toEqual([2016, 2015]);
  });

  it('refuses a second server on the directory, naming the first, which keeps serving', async () => {
    const second = await startServer(env).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(second).toMatch(/exited \(1\) before serving/);
    expect(second).toMatch(
      new RegExp(`the embedded database at ${dir} is in use by process ${server!.pid} \\(npm start, since [^)]+\\)`),
    );
    const load = await runCommand('imports/cli/db-load.js', [], env);
    expect(load.code).toBe(1);
    expect(load.stderr).toMatch(
      new RegExp(`^db:load failed: the embedded database at ${dir} is in use by process ${server!.pid} \\(npm start`),
    );
    expect(await editions()).toEqual([2016, 2015]);
  });

  it('keeps what it was handed after a restart', async () => {
    expect(await server!.stop('SIGTERM')).toBe(0);
    expect(existsSync(claimFile(dir))).toBe(false);
    server = await startServer(env);
    expect(await editions()).toEqual([2016, 2015]);
  });

  it('takes over from a server killed with SIGKILL at the next start', async () => {
    const killedPid = server!.pid;
    await server!.stop('SIGKILL');
    expect(JSON.parse(readFileSync(claimFile(dir), 'utf8'))).toMatchObject({ pid: killedPid, command: 'npm start' });
    server = await startServer(env);
    expect(server.output()).toMatch(
      new RegExp(
        `"stalePid":${killedPid}.*"msg":"took over the embedded database from a process that is no longer running`,
      ),
    );
    expect(await editions()).toEqual([2016, 2015]);
  });

  it('restores a backup into a new directory with the same answers, through the server that owns it', async () => {
    const before = await all(2015);
    const backup = await runCommand('imports/cli/backup.js', ['editions.atlas-backup'], env, scratch);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(
      `db:backup: wrote 2015 (324 districts) to ${path.join(scratch, 'editions.atlas-backup')}`,
    );
    await server!.stop();
    rmSync(dir, { recursive: true });
    server = await startServer(env);
    expect(await editions()).toEqual([2016]);
    const restore = await runCommand('imports/cli/restore.js', ['editions.atlas-backup'], env, scratch);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/db:restore: restored 2015 \(324 districts\) from .*editions\.atlas-backup/);
    expect(await editions()).toEqual([2016, 2015]);
    expect(await all(2015)).toEqual(before);
  });

  it('refuses a truncated backup and changes nothing', async () => {
    const whole = readFileSync(path.join(scratch, 'editions.atlas-backup'));
    writeFileSync(path.join(scratch, 'truncated.atlas-backup'), whole.subarray(0, Math.floor(whole.length / 2)));
    const before = await scores(2015);
    const result = await runCommand('imports/cli/restore.js', ['truncated.atlas-backup'], env, scratch);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^db:restore failed: .*truncated\.atlas-backup is not a usable backup: it does not decompress .*; nothing was changed\n$/,
    );
    const after = await scores(2015);
    expect(after.data).toEqual(before.data);
    // The ETag starts with the data version: no write reached the database.
    expect(after.etag?.split('-')[0]).toBe(before.etag?.split('-')[0]);
  });
});
