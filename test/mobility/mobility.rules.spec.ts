import { bandOf, bandSize, bandThresholds, quintileOf } from '../../src/mobility/mobility.rules';

describe('hotspot and coldspot bands (k = round(0.2 N))', () => {
  it('cuts 65 hotspots and 65 coldspots from the 324 districts of 2016', () => {
    expect(bandSize(324)).toBe(65);
    expect(bandThresholds(324)).toEqual({ hotspotMaxRank: 65, coldspotMinRank: 260 });
  });

  it('puts ranks 1..k in HOTSPOT, N-k+1..N in COLDSPOT and the rest in NEITHER', () => {
    expect(bandOf(1, 324)).toBe('HOTSPOT');
    expect(bandOf(65, 324)).toBe('HOTSPOT');
    expect(bandOf(66, 324)).toBe('NEITHER');
    expect(bandOf(259, 324)).toBe('NEITHER');
    expect(bandOf(260, 324)).toBe('COLDSPOT');
    expect(bandOf(324, 324)).toBe('COLDSPOT');
  });

  it('rounds 0.2 N to the nearest whole number for other edition sizes (synthetic N)', () => {
    expect(bandSize(10)).toBe(2);
    expect(bandSize(12)).toBe(2); // 2.4
    expect(bandSize(13)).toBe(3); // 2.6
    expect(bandThresholds(13)).toEqual({ hotspotMaxRank: 3, coldspotMinRank: 11 });
  });

  it('rejects an edition with no ranked districts', () => {
    expect(() => bandSize(0)).toThrow('ranked count must be a positive integer (got 0)');
  });
});

describe('quintiles by the same rule', () => {
  it('makes quintile 1 exactly the hotspots and quintile 5 exactly the coldspots', () => {
    for (let rank = 1; rank <= 324; rank += 1) {
      const band = bandOf(rank, 324);
      const q = quintileOf(rank, 324);
      expect(q === 1).toBe(band === 'HOTSPOT');
      expect(q === 5).toBe(band === 'COLDSPOT');
    }
  });

  it('splits 324 ranks at 65, 130, 194 and 259', () => {
    expect([65, 66, 130, 131, 194, 195, 259, 260].map((r) => quintileOf(r, 324))).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it('rejects a rank beyond the edition', () => {
    expect(() => quintileOf(325, 324)).toThrow('rank 325 is outside 1..324');
  });
});
