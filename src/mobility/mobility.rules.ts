/**
 * Band and quintile rules of the Social Mobility Index.
 * Hotspots are the best 20% of ranked districts and coldspots the worst 20% (Social Mobility
 * Commission, State of the Nation 2017). For an edition ranking N districts the cut is
 * k = round(0.2 N): 65 of 324.
 */

export const HOTSPOT_SHARE = 0.2;

export type MobilityBand = 'HOTSPOT' | 'COLDSPOT' | 'NEITHER';

export interface BandThresholds {
  /** Ranks 1..hotspotMaxRank are hotspots. */
  hotspotMaxRank: number;
  /** Ranks coldspotMinRank..N are coldspots. */
  coldspotMinRank: number;
}

/** k = round(0.2 N), the number of hotspots (and of coldspots) in an edition ranking N. */
export function bandSize(rankedCount: number): number {
  if (!Number.isInteger(rankedCount) || rankedCount < 1) throw new RangeError(`ranked count must be a positive integer (got ${rankedCount})`);
  return Math.round(HOTSPOT_SHARE * rankedCount);
}

export function bandThresholds(rankedCount: number): BandThresholds {
  const k = bandSize(rankedCount);
  return { hotspotMaxRank: k, coldspotMinRank: rankedCount - k + 1 };
}

export function bandOf(rank: number, rankedCount: number): MobilityBand {
  const { hotspotMaxRank, coldspotMinRank } = bandThresholds(rankedCount);
  if (rank <= hotspotMaxRank) return 'HOTSPOT';
  if (rank >= coldspotMinRank) return 'COLDSPOT';
  return 'NEITHER';
}

/**
 * Quintile 1 (best) .. 5 (worst) by the same rule: quintile q holds ranks up to round(0.2 q N),
 * so quintile 1 is exactly the hotspots and quintile 5 exactly the coldspots.
 */
export function quintileOf(rank: number, rankedCount: number): number {
  for (let q = 1; q <= 5; q += 1) {
    if (rank <= Math.round(HOTSPOT_SHARE * q * rankedCount)) return q;
  }
  throw new RangeError(`rank ${rank} is outside 1..${rankedCount}`);
}
