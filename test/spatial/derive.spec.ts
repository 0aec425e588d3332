/**
 * The load-time spatial derivations, pinned down on small SYNTHETIC geometries (squares in
 * British National Grid metres, made up for this test, not data): what counts as a land border,
 * an across-water pair and a coastline.
 */
import type { SeedBoundary } from '../../src/imports/seed.format';
import { acrossWater, coastlines, landBorders, stageBoundaries } from '../../src/imports/spatial.derive';
import { openWorkspaceDb } from '../support/db';

/** An axis-aligned rectangle, as a synthetic English district boundary. */
function rect(code: string, x0: number, y0: number, x1: number, y1: number): SeedBoundary {
  return {
    code,
    name: code,
    country: 'E',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}

async function derive(boundaries: SeedBoundary[]) {
  const db = await openWorkspaceDb();
  try {
    await stageBoundaries(db, boundaries);
    const land = await landBorders(db);
    const water = await acrossWater(db);
    const coast = new Map((await coastlines(db)).map((c) => [c.code, c.coastlineKm]));
    return { land, water, coast };
  } finally {
    await db.close();
  }
}

let result: Awaited<ReturnType<typeof derive>>;

beforeAll(async () => {
  // Synthetic layout (metres):
  //   A [0,0]-[10000,10000] and B [10000,0]-[13000,10000] share a 10 km edge;
  //   C [13000,10000]-[16000,13000] touches B at one corner only (and shares 2 km with G);
  //   G [14000,0]-[20000,10000] lies across a 1 km channel east of B, 4 km from A with B between;
  //   D [0,-10500]-[10000,-500] lies across a 500 m channel south of A.
  result = await derive([
    rect('E00000001', 0, 0, 10000, 10000),
    rect('E00000002', 10000, 0, 13000, 10000),
    rect('E00000003', 13000, 10000, 16000, 13000),
    rect('E00000004', 14000, 0, 20000, 10000),
    rect('E00000005', 0, -10500, 10000, -500),
  ]);
});

const pair = (rows: typeof result.land, a: string, b: string) =>
  rows.find((r) => r.code === a && r.neighbourCode === b);

describe('land borders (synthetic rectangles)', () => {
  it('pairs districts that share an edge, with its length in km', () => {
    expect(pair(result.land, 'E00000001', 'E00000002')).toMatchObject({ kind: 'LAND_BORDER', gapKm: null });
    expect(pair(result.land, 'E00000001', 'E00000002')?.sharedBorderKm).toBeCloseTo(10, 6);
    expect(pair(result.land, 'E00000003', 'E00000004')?.sharedBorderKm).toBeCloseTo(2, 6);
  });

  it('does not pair districts that touch at a corner only, by land or by water', () => {
    expect(pair(result.land, 'E00000002', 'E00000003')).toBeUndefined();
    expect(pair(result.water, 'E00000002', 'E00000003')).toBeUndefined();
  });
});

describe('across-water pairs (synthetic rectangles)', () => {
  it('pairs districts facing each other across a channel, with the gap in km', () => {
    expect(pair(result.water, 'E00000001', 'E00000005')).toMatchObject({ kind: 'ACROSS_WATER', sharedBorderKm: null });
    expect(pair(result.water, 'E00000001', 'E00000005')?.gapKm).toBeCloseTo(0.5, 6);
    expect(pair(result.water, 'E00000002', 'E00000004')?.gapKm).toBeCloseTo(1, 6);
  });

  it('does not pair districts whose shortest line crosses another district', () => {
    // A to G is 4 km, but every shortest line runs through B.
    expect(pair(result.water, 'E00000001', 'E00000004')).toBeUndefined();
  });
});

describe('coastline (synthetic rectangles)', () => {
  it('counts the sides facing open water, not a shared land border nor a 500 m channel', () => {
    // A: west and north sides face open water (20 km); east is B (land), south a 500 m channel.
    expect(result.coast.get('E00000001')).toBeGreaterThan(19.9);
    expect(result.coast.get('E00000001')).toBeLessThan(20.1);
  });

  it('drops exactly the side along the 500 m channel', () => {
    // D: west, south and east sides face open water (30 km, less about 0.5 km of the east side
    // that faces B's corner across the 500 m channel mouth); the 10 km north side never counts.
    expect(result.coast.get('E00000005')).toBeGreaterThan(29.4);
    expect(result.coast.get('E00000005')).toBeLessThan(30);
  });

  it('does not count the banks of a 1 km channel', () => {
    // G faces open water east (10 km), north beside C (4 km) and south (6 km), less the channel
    // mouths; its 10 km west side along the 1 km channel to B is not coast.
    expect(result.coast.get('E00000004')).toBeLessThan(20.5);
    expect(result.coast.get('E00000004')).toBeGreaterThan(17);
  });
});
