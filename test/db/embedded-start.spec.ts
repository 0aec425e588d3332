/**
 * How the embedded database starts light and fast: the trimmed PostGIS bundle, the seeded
 * snapshot a new data directory starts from, the seed check that reads no more than it must,
 * the launcher that skips a compile when nothing changed, and the memory the server reports.
 */
import { testConfig } from '../support/config';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import * as tar from 'tar';
import { openDb } from '../../src/db/open';
import { trimmedPostgis, trimmedPostgisBundle } from '../../src/db/postgis-bundle';
import { sql } from '../../src/db/sql';
import { prepareDatabase } from '../../src/imports/prepare-database';
import { readSeed, seedHash } from '../../src/imports/seed.format';
import { ensureSnapshot, readSnapshot, snapshotIsCurrent, snapshotKey } from '../../src/imports/snapshot';
import { freePort } from '../support/processes';
import { createServer } from '../../src/server';
import { testLog } from '../support/db';
import { MIGRATIONS_DIR, ROOT, SEED_DIR, SNAPSHOT } from '../support/paths';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-embedded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => ensureSnapshot(SNAPSHOT, testLog), 180000);

async function entries(file: string): Promise<string[]> {
  const names: string[] = [];
  await tar.t({ file, onReadEntry: (e) => names.push(e.path.replace(/^\.\//, '')) });
  return names;
}

describe('the trimmed PostGIS bundle', () => {
  let full: string;
  beforeAll(async () => {
    const { bundlePath } = await postgis.setup({} as never, { PGLITE_ENV: {} } as never);
    full = fileURLToPath(bundlePath!);
  });

  it('keeps the postgis library, its control file and PROJ data, and drops raster, topology and upgrade scripts', async () => {
    const runtime = await entries(await trimmedPostgisBundle(full, 'runtime', path.join(scratch, 'cache')));
    const original = await entries(full);
    expect(runtime).toEqual(
      expect.arrayContaining([
        'lib/postgresql/postgis-3.so',
        'share/proj/proj.db',
        'share/postgresql/extension/postgis.control',
      ]),
    );
    expect(original).toEqual(
      expect.arrayContaining(['lib/postgresql/postgis_raster-3.so', 'lib/postgresql/postgis_topology-3.so']),
    );
    expect(runtime.filter((e) => /raster|topology|tiger|--/.test(e))).toEqual([]);
    expect(runtime.length).toBeLessThan(original.length / 2);
  });

  it('adds the install script only for a database that has yet to create the extension', async () => {
    const install = await entries(await trimmedPostgisBundle(full, 'install', path.join(scratch, 'cache')));
    expect(install.filter((e) => e.includes('--'))).toEqual([
      expect.stringMatching(/^share\/postgresql\/extension\/postgis--\d+\.\d+\.\d+\.sql$/),
    ]);
  });

  it('is written once per installed package and then reused as it is', async () => {
    const first = await trimmedPostgisBundle(full, 'runtime', path.join(scratch, 'reuse'));
    const written = statSync(first).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(await trimmedPostgisBundle(full, 'runtime', path.join(scratch, 'reuse'))).toBe(first);
    expect(statSync(first).mtimeMs).toBe(written);
  });
});

describe('loading the PostGIS library', () => {
  it('keeps no copy of its bytes in the file system once it is compiled, and PostGIS still works', async () => {
    const pg = await PGlite.create(undefined, {
      extensions: { postgis: trimmedPostgis('runtime') },
      loadDataDir: readSnapshot(SNAPSHOT),
    });
    try {
      const { FS, WASM_PREFIX } = (
        pg as unknown as { mod: { FS: { stat(p: string): { size: number } }; WASM_PREFIX: string } }
      ).mod;
      const library = `${WASM_PREFIX}/lib/postgresql/postgis-3.so`;
      // The compiled library is what dlopen takes; the file only has to exist.
      expect(FS.stat(library).size).toBe(0);
      const { rows } = await pg.query<{ bng: string }>(
        'select st_astext(st_snaptogrid(st_transform(st_setsrid(st_point(-0.1357, 51.4975), 4326), 27700), 1)) as bng',
      );
      expect(rows[0]!.bng).toMatch(/^POINT\(529\d{3} 179\d{3}\)$/);
      expect(FS.stat(`${WASM_PREFIX}/share/proj/proj.db`).size).toBeGreaterThan(1e6);
    } finally {
      await pg.close();
    }
  }, 120000);
});

describe('the seeded snapshot', () => {
  it('is current after set-up, and its key changes when a seed file does', () => {
    expect(snapshotIsCurrent(SNAPSHOT)).toBe(true);
    const seed = path.join(scratch, 'seed');
    cpSync(SEED_DIR, seed, { recursive: true });
    const same = { ...SNAPSHOT, seedDir: seed };
    expect(snapshotKey(same)).toBe(snapshotKey(SNAPSHOT));
    writeFileSync(path.join(seed, 'regions.csv'), '\n', { flag: 'a' });
    expect(snapshotKey(same)).not.toBe(snapshotKey(SNAPSHOT));
    expect(readSnapshot(same)).toBeUndefined();
  });

  it('starts a new data directory with the seed loaded, so the start loads nothing', async () => {
    const dir = path.join(scratch, 'pglite-new');
    const db = await openDb(
      {
        databaseUrl: null,
        pgliteDataDir: dir,
        pgliteSnapshot: () => readSnapshot(SNAPSHOT),
        owner: { command: 'test' },
      },
      testLog,
    );
    try {
      const prepared = await prepareDatabase(
        db,
        { migrationsDir: MIGRATIONS_DIR, seedDir: SEED_DIR, load: 'missing' },
        testLog,
      );
      expect(prepared).toEqual({ loaded: false });
      const [row] = await db.query<{ n: number; bng: string }>(
        'snapshotCheck',
        sql.query`select count(*)::int as n, st_astext(st_snaptogrid(st_transform(st_setsrid(st_point(-0.1357, 51.4975), 4326), 27700), 1)) as bng from boundaries`,
      );
      // 326 English districts plus Wales and Scotland; PROJ (in the trimmed bundle) reprojects.
      expect(row!.n).toBeGreaterThanOrEqual(326);
      expect(row!.bng).toMatch(/^POINT\(529\d{3} 179\d{3}\)$/);
    } finally {
      await db.close();
    }
  }, 120000);
});

describe('the seed check at start', () => {
  it('hashes the seed as reading it whole does, without parsing it', () => {
    expect(seedHash(SEED_DIR)).toBe(readSeed(SEED_DIR).hash);
  });

  it('still refuses a seed file that does not match its manifest', () => {
    const seed = path.join(scratch, 'tampered');
    cpSync(SEED_DIR, seed, { recursive: true });
    writeFileSync(path.join(seed, 'regions.csv'), '\n', { flag: 'a' });
    expect(() => seedHash(seed)).toThrow(/regions\.csv.*does not match the SHA-256/);
  });
});

describe('the launcher', () => {
  it('skips the compiler when the build is newer than every source', () => {
    const stamp = path.join(ROOT, 'dist', '.tsbuildinfo');
    const before = statSync(stamp).mtimeMs;
    const run = spawnSync(process.execPath, [path.join(ROOT, 'src', 'launch.mjs'), 'build'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    // The launcher marks the stamp only after running tsc.
    expect(statSync(stamp).mtimeMs).toBe(before);
  });

  it('starts the server with glibc returning freed large buffers to the system', async () => {
    // glibc raises its mmap threshold each time a large block is freed, so the 16 MB copies made
    // while PGlite loads (and any large response) end up in a heap it never gives back. The start
    // script fixes the threshold; measured, it keeps about 60 MB off the idle RSS.
    const port = await freePort();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')),
        PGLITE_DATA_DIR: path.join(scratch, 'npm-start'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
      detached: true,
    });
    try {
      const deadline = Date.now() + 60000;
      while (
        !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > deadline) throw new Error('npm start did not become ready in 60 s');
        await new Promise((r) => setTimeout(r, 50));
      }
      const server = readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .find((d) => {
          try {
            return (
              readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('launch.mjs\0start') &&
              readFileSync(`/proc/${d}/stat`, 'utf8').split(' ')[4] === String(child.pid)
            );
          } catch {
            return false;
          }
        });
      expect(server).toBeDefined();
      const environ = readFileSync(`/proc/${server}/environ`, 'utf8').split('\0');
      expect(environ).toContainEqual(
        expect.stringMatching(/^GLIBC_TUNABLES=(.+:)?glibc\.malloc\.mmap_threshold=131072$/),
      );
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
  }, 90000);

  it('names its commands when given another', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'src', 'launch.mjs'), 'serve'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "serve" \(start, build, tools or prepare\)/);
  });
});

describe('memory the server reports', () => {
  it('breaks its memory down by part at /metrics', async () => {
    const db = await openDb(
      {
        databaseUrl: null,
        pgliteDataDir: null,
        pgliteSnapshot: () => readSnapshot(SNAPSHOT),
        owner: { command: 'test' },
      },
      testLog,
    );
    const server = await createServer({
      db,
      log: testLog,
      config: testConfig({ graphiql: false, introspection: false, shutdownGraceMs: 1000, responseCacheBytes: 1 << 20 }),
    });
    try {
      const { port } = await server.listen(0, '127.0.0.1');
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const part = (name: string): number =>
        Number(new RegExp(`^atlas_memory_bytes\\{part="${name}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
      expect(part('v8_heap_used')).toBeGreaterThan(0);
      expect(part('array_buffers')).toBeGreaterThan(0);
      // PGlite's WebAssembly memory starts at 128 MB and only grows.
      expect(part('embedded_database_heap')).toBeGreaterThanOrEqual(128 * 2 ** 20);
      expect(part('response_cache')).toBe(0);
      expect(part('geometry_cache')).toBe(0);
    } finally {
      await server.stop();
      await db.close();
    }
  }, 120000);
});
