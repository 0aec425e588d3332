/**
 * The analytics, checked on the real data against independent computations written here from
 * the raw published files (SMI 2016, IoD 2015, ONS population, DEFRA RUC): summaries that add
 * up, Spearman's rho, statistical neighbours, Moran's I and LISA, and comparisons.
 */
import {
  AuthorityCodesDocument,
  AuthorityCountDocument,
  CompareDocument,
  CompareRankAndBoundaryDistanceDocument,
  DeprivationCorrelationDocument,
  LisaClustersDocument,
  MoransIAndClustersDocument,
  MoransIDocument,
  NeighbourLinksDocument,
  SimilarDistrictsDocument,
  SummaryDocument,
  type AuthorityFilter,
  type SummaryGroupBy,
  type SummaryQuery,
} from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { onsLookup, rawCsv, ruralUrban, smi2016 } from '../support/raw';

const api = useTestApi();
const smi = smi2016();
const lookup = onsLookup();
const population = new Map(
  rawCsv('context/ons_mye2016_england_lad16_population_area_density.csv').map((r) => [r.lad16cd!, r]),
);
const iod = new Map(
  rawCsv('context/mhclg_iod2015_file10_lad13_summaries_all_sheets_wide.csv').map((r) => [
    r['Local Authority District code (2013)']!,
    r,
  ]),
);
const ruc = ruralUrban();

// --- reference implementations, deliberately written the plain way ---
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const med = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
function ranksWithTies(xs: number[]): number[] {
  return xs.map((x) => {
    const below = xs.filter((y) => y < x).length;
    const equal = xs.filter((y) => y === x).length;
    return below + (equal + 1) / 2;
  });
}
function spearmanReference(x: number[], y: number[]): number {
  const rx = ranksWithTies(x);
  const ry = ranksWithTies(y);
  const mx = avg(rx);
  const my = avg(ry);
  const cov = rx.reduce((s, v, i) => s + (v - mx) * (ry[i]! - my), 0);
  const vx = rx.reduce((s, v) => s + (v - mx) ** 2, 0);
  const vy = ry.reduce((s, v) => s + (v - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}

async function summary(groupBy: SummaryGroupBy, filter?: AuthorityFilter): Promise<SummaryQuery['summary']> {
  return (await api.data(SummaryDocument, { groupBy, filter })).summary;
}

describe('summary', () => {
  it.each<SummaryGroupBy>([
    'REGION',
    'RURAL_URBAN_CLASS',
    'RURAL_URBAN_BROAD_GROUP',
    'COASTAL',
    'INDUSTRIAL',
    'AREA_SUPERGROUP',
    'AREA_GROUP',
    'BAND',
  ])('groups by %s into groups that add up to the totals', async (groupBy) => {
    const { groups, total } = await summary(groupBy);
    expect(total).toMatchObject({ key: 'TOTAL', districts: 326, rankedDistricts: 324, hotspots: 65, coldspots: 65 });
    const englandPopulation = [...population.values()].reduce((s, r) => s + Number(r.population_mid2016_all_ages), 0);
    expect(total.population).toBe(englandPopulation);
    for (const field of [
      'districts',
      'rankedDistricts',
      'hotspots',
      'coldspots',
      'population',
      'populationInHotspots',
      'populationInColdspots',
    ] as const) {
      expect({ field, sum: groups.reduce((s, g) => s + g[field], 0) }).toEqual({ field, sum: total[field] });
    }
    expect(groups.reduce((s, g) => s + (g.shareOfHotspots ?? 0), 0)).toBeCloseTo(1, 10);
  });

  it('gives each region the mean and median rank and score of its published ranks', async () => {
    const { groups } = await summary('REGION');
    for (const g of groups) {
      const members = [...smi.entries()].filter(([code]) => lookup.get(code)?.regionCode === g.key).map(([, s]) => s);
      expect(g.label).toBe(lookup.get([...smi.keys()].find((c) => lookup.get(c)?.regionCode === g.key)!)?.regionName);
      expect(g.meanRank).toBeCloseTo(avg(members.map((m) => m.rank)), 9);
      expect(g.medianRank).toBeCloseTo(med(members.map((m) => m.rank)), 9);
      expect(g.meanScore).toBeCloseTo(avg(members.map((m) => m.score)), 9);
      expect(g.medianScore).toBeCloseTo(med(members.map((m) => m.score)), 9);
      expect(g.hotspotShare).toBeCloseTo(members.filter((m) => m.rank <= 65).length / members.length, 12);
    }
    // State of the Nation: London holds the most hotspots; the Midlands do worst on average.
    const london = groups.find((g) => g.label === 'London')!;
    expect(london.shareOfHotspots).toBe(Math.max(...groups.map((g) => g.shareOfHotspots ?? 0)));
    const worstMean = [...groups].sort((a, b) => b.meanRank! - a.meanRank!)[0]!;
    expect(['East Midlands', 'West Midlands']).toContain(worstMean.label);
  });

  it('counts the population living in coldspots from the published figures', async () => {
    const { total } = await summary('BAND');
    const inColdspots = [...smi.entries()]
      .filter(([, s]) => s.rank >= 260)
      .reduce((sum, [code]) => sum + Number(population.get(code)!.population_mid2016_all_ages), 0);
    expect(total.populationInColdspots).toBe(inColdspots);
  });

  it('summarises only the districts matching the filter', async () => {
    const { total, groups } = await summary('RURAL_URBAN_CLASS', { rural: true });
    expect(total.districts).toBe([...ruc.values()].filter((c) => c <= 2).length);
    expect(groups.map((g) => g.key)).toEqual(['1', '2']);
  });

  it('rejects an unknown group key and an edition that is not loaded', async () => {
    // Inline on purpose: COUNTY is no SummaryGroupBy, so the document fails validation.
    const unknown = await api.run('{ summary(groupBy: COUNTY) { total { districts } } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors?.[0]?.message).toMatch(/COUNTY/);
    const edition = await api.run(SummaryDocument, { groupBy: 'REGION', edition: 2019 });
    expect(edition.errors?.[0]).toMatchObject({
      message: 'edition 2019 is not loaded; loaded editions: 2016',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('affluence and mobility', () => {
  const imdScore = (code: string): number => Number(iod.get(code)!['IMD - Average score']);
  const imdRank = (code: string): number => Number(iod.get(code)!['IMD - Rank of average score']);

  it("computes Spearman's rho between score and IMD score as a direct computation does", async () => {
    const { deprivationCorrelation } = await api.data(DeprivationCorrelationDocument);
    const codes = [...smi.keys()];
    const expected = spearmanReference(
      codes.map((c) => smi.get(c)!.score),
      codes.map(imdScore),
    );
    expect(deprivationCorrelation.method).toBe('SPEARMAN');
    expect(deprivationCorrelation.n).toBe(324);
    expect(deprivationCorrelation.rho).toBeCloseTo(expected, 12);
    expect(deprivationCorrelation.rho).toBeLessThan(0); // more deprived, worse mobility, on the whole
  });

  it('computes it over a filter: the least deprived third', async () => {
    const { deprivationCorrelation } = await api.data(DeprivationCorrelationDocument, {
      filter: { imdRankFrom: 218 },
    });
    const codes = [...smi.keys()].filter((c) => imdRank(c) >= 218);
    expect(deprivationCorrelation.n).toBe(codes.length);
    expect(deprivationCorrelation.rho).toBeCloseTo(
      spearmanReference(
        codes.map((c) => smi.get(c)!.score),
        codes.map(imdScore),
      ),
      12,
    );
  });

  it('finds coldspots among the least deprived third and hotspots among the most deprived third in one query each', async () => {
    const page = async (filter: AuthorityFilter): Promise<string[]> =>
      (await api.data(AuthorityCodesDocument, { first: 500, filter })).authorities.nodes.map((n) => n.code).sort();
    expect(await page({ band: 'COLDSPOT', imdRankFrom: 218 })).toEqual(
      [...smi.keys()].filter((c) => smi.get(c)!.rank >= 260 && imdRank(c) >= 218).sort(),
    );
    expect(await page({ band: 'HOTSPOT', imdRankTo: 109 })).toEqual(
      [...smi.keys()].filter((c) => smi.get(c)!.rank <= 65 && imdRank(c) <= 109).sort(),
    );
  });

  it('orders by IMD rank, most deprived first', async () => {
    const { authorities } = await api.data(AuthorityCodesDocument, { first: 3, orderBy: 'IMD_RANK_ASC' });
    expect(authorities.nodes.map((n) => imdRank(n.code))).toEqual([1, 2, 3]);
  });

  it('rejects an IMD rank range out of order or out of 1..326', async () => {
    const reversed = await api.run(AuthorityCountDocument, { filter: { imdRankFrom: 200, imdRankTo: 100 } });
    expect(reversed.errors?.[0]?.message).toBe(
      'filter.imdRankTo must be at least imdRankFrom (got imdRankFrom 200, imdRankTo 100)',
    );
    const beyond = await api.run(AuthorityCountDocument, { filter: { imdRankTo: 327 } });
    expect(beyond.errors?.[0]?.message).toBe('filter.imdRankTo must be a whole number between 1 and 326 (got 327)');
  });
});

describe('statistical neighbours', () => {
  const DOMAINS: Record<string, string> = {
    INCOME: 'Income - Average score',
    EMPLOYMENT: 'Employment - Average score',
    EDUCATION: 'Education, Skills and Training - Average score',
    HEALTH: 'Health Deprivation and Disability - Average score',
    CRIME: 'Crime - Average score',
    BARRIERS: 'Barriers to Housing and Services - Average score',
    LIVING_ENVIRONMENT: 'Living Environment - Average score',
  };
  function reference(code: string, first: number): string[] {
    const codes = [...lookup.keys()];
    const columns: number[][] = [
      codes.map((c) => Math.log10(Math.max(Number(population.get(c)!.persons_per_sq_km_mid2016_mye5), 1))),
      ...Object.values(DOMAINS).map((col) => codes.map((c) => Number(iod.get(c)![col]))),
      codes.map((c) => ruc.get(c)!),
    ];
    const z = columns.map((col) => {
      const m = avg(col);
      const sd = Math.sqrt(avg(col.map((v) => (v - m) ** 2)));
      return col.map((v) => (v - m) / sd);
    });
    const i = codes.indexOf(code);
    return codes
      .map((c, j) => ({ c, d: Math.sqrt(z.reduce((s, col) => s + (col[j]! - col[i]!) ** 2, 0)) }))
      .filter((x) => x.c !== code)
      .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
      .slice(0, first)
      .map((x) => x.c);
  }

  it('finds the districts most alike on the default basis, as a direct computation does', async () => {
    for (const code of ['E06000009', 'E07000191', 'E09000033']) {
      const similar = (await api.data(SimilarDistrictsDocument, { code, first: 5 })).authority!.similar;
      expect(similar.map((s) => s.authority.code)).toEqual(reference(code, 5));
      const d = similar.map((s) => s.distance);
      expect(d).toEqual([...d].sort((a, b) => a - b));
      for (const s of similar) {
        expect(s.contributions.length).toBe(3);
        const shares = s.contributions.map((c) => c.share);
        expect(shares).toEqual([...shares].sort((a, b) => b - a));
      }
    }
  });

  it('uses the basis given', async () => {
    const similar = (await api.data(SimilarDistrictsDocument, { code: 'E06000009', first: 2, basis: ['INCOME'] }))
      .authority!.similar;
    expect(similar.every((s) => s.contributions.map((c) => c.variable).join() === 'INCOME')).toBe(true);
  });

  it('rejects an empty or repeated basis and first out of range', async () => {
    const empty = await api.run(SimilarDistrictsDocument, { code: 'E06000009', basis: [] });
    expect(empty.errors?.[0]).toMatchObject({
      message: 'basis must list at least one variable',
      extensions: { code: 'BAD_USER_INPUT', argument: 'basis' },
    });
    const twice = await api.run(SimilarDistrictsDocument, { code: 'E06000009', basis: ['INCOME', 'INCOME'] });
    expect(twice.errors?.[0]?.message).toBe('basis must not list a variable twice');
    const many = await api.run(SimilarDistrictsDocument, { code: 'E06000009', first: 51 });
    expect(many.errors?.[0]?.message).toBe('first must be a whole number between 1 and 50 (got 51)');
  });
});

describe("spatial clustering (Moran's I)", () => {
  async function graph(): Promise<Map<string, string[]>> {
    const data = await api.data(NeighbourLinksDocument, { first: 500, filter: { rankFrom: 1 }, maxWaterGapKm: 1 });
    const ranked = new Set(data.authorities.nodes.map((n) => n.code));
    return new Map(
      data.authorities.nodes.map((n) => [
        n.code,
        n.neighbours.map((x) => x.authority.code).filter((c) => ranked.has(c)),
      ]),
    );
  }

  it("computes global Moran's I on the real scores as a direct matrix computation does", async () => {
    const g = await graph();
    const codes = [...g.keys()];
    const x = codes.map((c) => smi.get(c)!.score);
    const m = avg(x);
    const z = x.map((v) => v - m);
    // Row-standardised weight matrix, written out in full.
    const w = codes.map((c) => codes.map((d) => (g.get(c)!.includes(d) ? 1 / g.get(c)!.length : 0)));
    const s0 = w.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
    let num = 0;
    for (let i = 0; i < codes.length; i += 1)
      for (let j = 0; j < codes.length; j += 1) num += w[i]![j]! * z[i]! * z[j]!;
    const expected = (codes.length / s0) * (num / z.reduce((s, v) => s + v * v, 0));

    const { editions } = await api.data(MoransIDocument);
    const result = editions[0]!.moransI;
    expect(result.i).toBeCloseTo(expected, 12);
    expect(result.districts).toBe(324);
    expect(result.expected).toBeCloseTo(-1 / 323, 12);
    expect(result.isolated).toBe(codes.filter((c) => g.get(c)!.length === 0).length);
    expect(result).toMatchObject({ permutations: 999, seed: 2016 });
    // Coldspots and hotspots cluster: I far above expected, no permutation as extreme.
    expect(result.i).toBeGreaterThan(0.3);
    expect(result.pValue).toBeCloseTo(1 / 1000, 12);
  });

  it('reproduces the same result with the same seed', async () => {
    const variables = { permutations: 199, seed: 7 };
    expect(await api.data(MoransIAndClustersDocument, variables)).toEqual(
      await api.data(MoransIAndClustersDocument, variables),
    );
  });

  it('classifies LISA clusters consistently with the scores and their neighbours', async () => {
    const g = await graph();
    const mean = avg([...smi.values()].map((s) => s.score));
    const { editions } = await api.data(LisaClustersDocument);
    const clusters = editions[0]!.clusters;
    expect(clusters).toHaveLength(324);
    for (const c of clusters) {
      if (c.cluster === 'NOT_SIGNIFICANT') continue;
      expect(c.pValue).toBeLessThanOrEqual(0.05);
      const own = smi.get(c.authority.code)!.score - mean;
      const lag = avg(g.get(c.authority.code)!.map((n) => smi.get(n)!.score - mean));
      const expected = own >= 0 ? (lag >= 0 ? 'HIGH_HIGH' : 'HIGH_LOW') : lag < 0 ? 'LOW_LOW' : 'LOW_HIGH';
      expect({ code: c.authority.code, cluster: c.cluster }).toEqual({ code: c.authority.code, cluster: expected });
    }
    const types = new Set(clusters.map((c) => c.cluster));
    expect(types).toContain('LOW_LOW');
    expect(types).toContain('HIGH_HIGH');
  });

  it('rejects permutations out of range', async () => {
    const result = await api.run(MoransIDocument, { permutations: 10 });
    expect(result.errors?.[0]?.message).toBe('permutations must be a whole number between 99 and 9999 (got 10)');
  });
});

describe('compare', () => {
  it('sets districts side by side with every pairwise difference', async () => {
    const codes = ['E09000033', 'E07000191', 'E06000009'];
    const { compare } = await api.data(CompareDocument, { codes });
    expect(compare.authorities.map((a) => a.code)).toEqual(codes);
    expect(compare.pairs.map((p) => [p.a.code, p.b.code])).toEqual([
      [codes[0], codes[1]],
      [codes[0], codes[2]],
      [codes[1], codes[2]],
    ]);
    for (const p of compare.pairs) {
      expect(p.rankDifference).toBe(smi.get(p.b.code)!.rank - smi.get(p.a.code)!.rank);
      expect(p.imdRankDifference).toBe(
        Number(iod.get(p.b.code)!['IMD - Rank of average score']) -
          Number(iod.get(p.a.code)!['IMD - Rank of average score']),
      );
      expect(p.populationDifference).toBe(
        Number(population.get(p.b.code)!.population_mid2016_all_ages) -
          Number(population.get(p.a.code)!.population_mid2016_all_ages),
      );
      expect(p.boundaryDistanceKm).toBeLessThanOrEqual(p.centroidDistanceKm);
      expect(p.centroidDistanceKm).toBeGreaterThan(100);
    }
  });

  it('gives no rank difference for an unranked district', async () => {
    const { compare } = await api.data(CompareRankAndBoundaryDistanceDocument, { codes: ['E09000001', 'E09000033'] });
    expect(compare.pairs[0]).toEqual({ rankDifference: null, boundaryDistanceKm: 0 });
  });

  it('rejects fewer than two, repeated or unknown codes', async () => {
    const one = await api.run(CompareDocument, { codes: ['E09000033'] });
    expect(one.errors?.[0]).toMatchObject({
      message: 'codes must list at least 2 districts (got 1)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'codes' },
    });
    const twice = await api.run(CompareDocument, { codes: ['E09000033', 'e09000033'] });
    expect(twice.errors?.[0]?.message).toBe('codes lists E09000033 more than once; give distinct districts');
    const unknown = await api.run(CompareDocument, { codes: ['E09000033', 'E99999999'] });
    expect(unknown.errors?.[0]?.message).toBe('codes has unknown district code(s): E99999999');
  });
});
