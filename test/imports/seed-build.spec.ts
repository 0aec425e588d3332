/**
 * npm run data:build: the seed is reproducible from the raw files, and a wrong source stops the
 * build with the file, row and column. Faulty sources are copies of the real files with one
 * deliberate fault each, written to a temporary directory.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSeed, diffSeed } from '../../src/imports/build-seed';
import { readSeed } from '../../src/imports/seed.format';
import { openWorkspaceDb, testLog } from '../support/db';
import { DATA_DIR, SEED_DIR } from '../support/paths';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'atlas-seed-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the raw data directory with one file changed by `edit`. */
function faultyCopy(name: string, file: string, edit: (text: string) => string): string {
  const dir = path.join(scratch, name);
  cpSync(DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

describe('building the seed', () => {
  it('rebuilds the committed seed byte for byte from the raw files', async () => {
    const report = await buildSeed(DATA_DIR, testLog, { openWorkspace: openWorkspaceDb });
    expect(diffSeed(SEED_DIR, report.files)).toEqual([]);
    expect(report.counts).toMatchObject({
      districts: 326,
      ranked: 324,
      regions: 9,
      boundaries: 380,
      englishBoundaries: 326,
    });
    expect(report.unranked).toEqual(['E06000053', 'E09000001']);
  });

  it('keeps the GB-wide boundaries: 326 English, 22 Welsh and 32 Scottish districts', () => {
    const seed = readSeed(SEED_DIR);
    const byCountry = (c: string): number => seed.boundaries.filter((b) => b.country === c).length;
    expect([byCountry('E'), byCountry('W'), byCountry('S')]).toEqual([326, 22, 32]);
  });

  it('detects a seed file edited by hand', () => {
    const dir = path.join(scratch, 'edited-seed');
    cpSync(SEED_DIR, dir, { recursive: true });
    const file = path.join(dir, 'mobility_scores.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('2016,E09000033,117.84123443785565,1', '2016,E09000033,117.84123443785565,2'),
    );
    expect(() => readSeed(dir)).toThrow(
      'mobility_scores.csv: content does not match the SHA-256 in manifest.json; rebuild with npm run data:build',
    );
  });
});

describe('a wrong source stops the build, naming file, row and column', () => {
  // The SMI file goes through the same validator as an imported edition, so the messages match
  // what `npm run import` reports.
  const smiFile = 'smi/smi2016_overall_with_codes_regions.csv';

  it('rejects text in a score', async () => {
    const dir = faultyCopy('text-score', smiFile, (t) =>
      t.replace(
        'E09000033,Westminster,Westminster,E12000007,London,1,117.84123443785565',
        'E09000033,Westminster,Westminster,E12000007,London,1,high',
      ),
    );
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      `${smiFile} row 2 column "smi2016_score": score must be a number, got "high"`,
    );
  });

  it('rejects a duplicated district', async () => {
    const dir = faultyCopy('duplicate', smiFile, (t) => {
      const lines = t.split('\n');
      return [...lines.slice(0, 3), lines[2], ...lines.slice(3)].join('\n');
    });
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      `${smiFile} row 4 column "lad16cd": E09000032 appears again (first at row 3)`,
    );
  });

  it('rejects a code that is not an English district of the ONS lookup', async () => {
    const dir = faultyCopy('unknown-code', smiFile, (t) => t.replace('E09000026,Redbridge', 'E09000099,Redbridge'));
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      `${smiFile} row 4 column "lad16cd": "E09000099" is not the ONS code of an English district of 2016`,
    );
  });

  it('rejects ranks that clash', async () => {
    const dir = faultyCopy('rank-clash', smiFile, (t) =>
      t.replace('Wandsworth,Wandsworth,E12000007,London,2,', 'Wandsworth,Wandsworth,E12000007,London,1,'),
    );
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      `${smiFile} row 3 column "smi2016_rank": rank 1 is also given to E09000033 (row 2)`,
    );
  });

  it('rejects ranks that do not follow the scores', async () => {
    const dir = faultyCopy('rank-order', smiFile, (t) =>
      t.replace(
        'Westminster,Westminster,E12000007,London,1,117.84123443785565',
        'Westminster,Westminster,E12000007,London,1,-200',
      ),
    );
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      /row \d+ column "smi2016_score": score \S+ at rank 2 is not below -200 at rank 1/,
    );
  });

  it('rejects a district missing from a classification', async () => {
    const file = 'geo/classifications/ruc11_lad16_england_derived.csv';
    const dir = faultyCopy('missing-ruc', file, (t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('E06000001,'))
        .join('\n'),
    );
    await expect(buildSeed(dir, testLog)).rejects.toThrow(`${file}: no row for 1 district(s): E06000001`);
  });

  it('rejects district populations that do not add up to the England total', async () => {
    const file = 'context/ons_mye2016_england_lad16_population_area_density.csv';
    const dir = faultyCopy('population', file, (t) =>
      t.replace('E06000001,Hartlepool,E12000001,North East,92817,', 'E06000001,Hartlepool,E12000001,North East,92818,'),
    );
    await expect(buildSeed(dir, testLog)).rejects.toThrow(
      /district populations sum to 55268068, but MYE2 gives England 55268067/,
    );
  });
});
