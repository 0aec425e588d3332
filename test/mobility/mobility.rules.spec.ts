import { bandLimits, quintileMinRanks, standingOf } from '../../src/mobility/mobility.rules';

const edition = (rankedCount: number) => ({ rankedCount, quintileMinRanks: quintileMinRanks(rankedCount) });
const bandOf = (rank: number, rankedCount: number) => standingOf(rank, edition(rankedCount)).band;
const quintileOf = (rank: number, rankedCount: number) => standingOf(rank, edition(rankedCount)).quintile;

describe('hotspot and coldspot bands (k = round(0.2 N))', () => {
  it('cuts 65 hotspots and 65 coldspots from the 324 districts of 2016', () => {
    expect(quintileMinRanks(324)).toEqual([1, 66, 131, 195, 260]);
    expect(bandLimits(edition(324))).toEqual({ bandSize: 65, hotspotMaxRank: 65, coldspotMinRank: 260 });
  });

  it('puts ranks 1..k in HOTSPOT, N-k+1..N in COLDSPOT and the rest in NEITHER', () => {
    expect([1, 65, 66, 259, 260, 324].map((rank) => bandOf(rank, 324))).toEqual([
      'HOTSPOT',
      'HOTSPOT',
      'NEITHER',
      'NEITHER',
      'COLDSPOT',
      'COLDSPOT',
    ]);
  });

  it('rounds 0.2 N to the nearest whole number for other edition sizes (synthetic N)', () => {
    expect(bandLimits(edition(10)).bandSize).toBe(2);
    expect(bandLimits(edition(12)).bandSize).toBe(2); // 2.4
    expect(bandLimits(edition(13)).bandSize).toBe(3); // 2.6
    expect(bandLimits(edition(13))).toMatchObject({ hotspotMaxRank: 3, coldspotMinRank: 11 });
  });

  it('rejects an edition with no ranked districts', () => {
    expect(() => quintileMinRanks(0)).toThrow('ranked count must be a positive integer (got 0)');
  });
});

describe('quintiles by the same rule', () => {
  it('makes quintile 1 exactly the hotspots and quintile 5 exactly the coldspots', () => {
    for (let rank = 1; rank <= 324; rank += 1) {
      const { band, quintile } = standingOf(rank, edition(324));
      expect(quintile === 1).toBe(band === 'HOTSPOT');
      expect(quintile === 5).toBe(band === 'COLDSPOT');
    }
  });

  it('splits 324 ranks at 65, 130, 194 and 259', () => {
    expect([65, 66, 130, 131, 194, 195, 259, 260].map((r) => quintileOf(r, 324))).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it('skips an empty quintile the way SQL width_bucket does (synthetic N = 3)', () => {
    expect(quintileMinRanks(3)).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2, 3].map((r) => quintileOf(r, 3))).toEqual([1, 3, 5]);
  });

  it('rejects a rank beyond the edition', () => {
    expect(() => quintileOf(325, 324)).toThrow('rank 325 is outside 1..324');
  });
});
