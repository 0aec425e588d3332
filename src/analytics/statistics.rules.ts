/**
 * Statistics used by the analytics: ranks with ties, Spearman's rank correlation, medians,
 * standardisation, a seeded pseudo-random generator, and Moran's I with its local form (LISA).
 * Pure functions; the data layer supplies the numbers.
 */

/** Ranks 1..n, ties sharing the average of the ranks they span. */
export function averageRanks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

export function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Pearson correlation of two equally long series. */
export function pearson(x: number[], y: number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i += 1) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson correlation of the average ranks (correct with ties). */
export function spearman(x: number[], y: number[]): number {
  return pearson(averageRanks(x), averageRanks(y));
}

/** z-scores with the population standard deviation; a constant series gives zeros. */
export function standardise(values: number[]): number[] {
  const m = mean(values);
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length);
  return values.map((v) => (sd === 0 ? 0 : (v - m) / sd));
}

/** mulberry32: a small, well-known 32-bit seeded generator, so permutation tests reproduce. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Neighbour lists by index: row-standardised weights w_ij = 1 / |N(i)|. */
export type Neighbours = number[][];

/**
 * Global Moran's I with row-standardised weights:
 * I = (n / S0) * sum_i sum_j w_ij z_i z_j / sum_i z_i^2, z = x - mean, S0 = sum of weights
 * (the number of districts with at least one neighbour).
 */
export function moransI(values: number[], neighbours: Neighbours): number {
  const m = mean(values);
  const z = values.map((v) => v - m);
  let num = 0;
  let s0 = 0;
  for (let i = 0; i < z.length; i += 1) {
    const list = neighbours[i]!;
    if (list.length === 0) continue;
    s0 += 1;
    let lag = 0;
    for (const j of list) lag += z[j]!;
    num += z[i]! * (lag / list.length);
  }
  const den = z.reduce((s, v) => s + v * v, 0);
  return (z.length / s0) * (num / den);
}

export interface GlobalMoran {
  i: number;
  expected: number;
  /** Share of permutations with I at least as extreme (one-sided, in the observed direction), (k + 1) / (P + 1). */
  pValue: number;
  /** (I - mean of permuted I) / standard deviation of permuted I. */
  zScore: number;
}

/** Global Moran's I with a permutation test: values shuffled over the districts `permutations` times. */
export function globalMoran(values: number[], neighbours: Neighbours, permutations: number, seed: number): GlobalMoran {
  const observed = moransI(values, neighbours);
  const random = seededRandom(seed);
  const shuffled = [...values];
  const sims: number[] = [];
  for (let p = 0; p < permutations; p += 1) sims.push(moransI(shuffle(shuffled, random), neighbours));
  const simMean = mean(sims);
  const simSd = Math.sqrt(sims.reduce((s, v) => s + (v - simMean) ** 2, 0) / (sims.length - 1));
  const extreme =
    observed >= simMean ? sims.filter((v) => v >= observed).length : sims.filter((v) => v <= observed).length;
  return {
    i: observed,
    expected: -1 / (values.length - 1),
    pValue: (extreme + 1) / (permutations + 1),
    zScore: (observed - simMean) / simSd,
  };
}

export type ClusterType = 'HIGH_HIGH' | 'LOW_LOW' | 'HIGH_LOW' | 'LOW_HIGH' | 'NOT_SIGNIFICANT';

export interface LocalMoran {
  /** Local Moran's I_i = (z_i / m2) * sum_j w_ij z_j, with m2 = sum z^2 / n. */
  ii: number;
  pValue: number;
  cluster: ClusterType;
}

/**
 * Local Moran's I (Anselin 1995) with a conditional permutation test: for each district, its own
 * value stays and its neighbours' values are drawn at random from the other districts. A district
 * with no neighbours is NOT_SIGNIFICANT with p = 1.
 */
export function localMoran(
  values: number[],
  neighbours: Neighbours,
  permutations: number,
  seed: number,
  alpha: number,
): LocalMoran[] {
  const n = values.length;
  const m = mean(values);
  const z = values.map((v) => v - m);
  const m2 = z.reduce((s, v) => s + v * v, 0) / n;
  const random = seededRandom(seed);
  return z.map((zi, i) => {
    const list = neighbours[i]!;
    if (list.length === 0) return { ii: 0, pValue: 1, cluster: 'NOT_SIGNIFICANT' };
    const lag = list.reduce((s, j) => s + z[j]!, 0) / list.length;
    const ii = (zi / m2) * lag;
    const others = z.filter((_, j) => j !== i);
    let extreme = 0;
    for (let p = 0; p < permutations; p += 1) {
      // Draw |N(i)| distinct other districts (partial Fisher-Yates).
      let sum = 0;
      for (let k = 0; k < list.length; k += 1) {
        const r = k + Math.floor(random() * (others.length - k));
        [others[k], others[r]] = [others[r]!, others[k]!];
        sum += others[k]!;
      }
      const simulated = (zi / m2) * (sum / list.length);
      if (ii >= 0 ? simulated >= ii : simulated <= ii) extreme += 1;
    }
    const pValue = (extreme + 1) / (permutations + 1);
    let cluster: ClusterType = 'NOT_SIGNIFICANT';
    if (pValue <= alpha) {
      if (zi >= 0) cluster = lag >= 0 ? 'HIGH_HIGH' : 'HIGH_LOW';
      else cluster = lag < 0 ? 'LOW_LOW' : 'LOW_HIGH';
    }
    return { ii, pValue, cluster };
  });
}
