/**
 * Loading the seed is one transaction: it completes, or leaves what was there serving. The
 * faulty seeds are the committed seed with one deliberate fault each, made in memory.
 */
import type { Db } from '../../src/db/db';
import { sql } from '../../src/db/sql';
import { currentSeed, loadSeed } from '../../src/imports/load-seed';
import { readSeed, type LoadedSeed } from '../../src/imports/seed.format';
import { openTestDb, testLog } from '../support/db';
import { SEED_DIR } from '../support/paths';

let db: Db;
const seed = readSeed(SEED_DIR);

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db.close();
});

async function snapshot(): Promise<unknown> {
  return db.query(
    'snapshot',
    sql.query`select (select count(*)::int from authorities) as authorities, (select count(*)::int from boundaries) as boundaries,
                     (select count(*)::int from mobility_scores) as scores,
                     (select rank from mobility_scores where code = 'E09000033' and edition = 2016) as westminster,
                     (select round(sum(area_km2)) from boundaries) as area`,
  );
}

const clone = (s: LoadedSeed): LoadedSeed => JSON.parse(JSON.stringify(s)) as LoadedSeed;

describe('loading the seed', () => {
  it('records the seed it loaded', async () => {
    expect((await currentSeed(db))?.hash).toBe(seed.hash);
  });

  it('reloads the same seed to the same data', async () => {
    const before = await snapshot();
    await loadSeed(db, seed, testLog);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back everything when a late table fails, leaving the previous data serving', async () => {
    const before = await snapshot();
    const broken = clone(seed);
    // The boundaries and the first tables load fine (a changed name proves they were written),
    // then a district's classification names a rural-urban class there is not.
    broken.tables.authorities[0]!.name = 'Renamed by a failed load';
    broken.tables.classifications[0]!.rural_urban_code = 9;
    await expect(loadSeed(db, broken, testLog)).rejects.toThrow(/foreign key/);
    expect(await snapshot()).toEqual(before);
    const names = await db.query<{ name: string }>(
      'name',
      sql.query`select name from authorities where code = ${sql.value(seed.tables.authorities[0]!.code)}`,
    );
    expect(names[0]?.name).toBe(seed.tables.authorities[0]!.name);
  });

  it('rolls back when a geometry cannot be read', async () => {
    const before = await snapshot();
    const broken = clone(seed);
    broken.boundaries[0]!.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
    };
    await expect(loadSeed(db, broken, testLog)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
