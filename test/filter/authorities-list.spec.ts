/**
 * Lists of districts: filters (and/or/not), ordering, cursor paging and the errors for bad
 * arguments. Expected sets are computed in the test from the raw published files.
 */
import { AuthoritiesPageDocument, type AuthorityFilter } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { onsLookup, rawCsv, ruralUrban, smi2016 } from '../support/raw';

const api = useTestApi();
const smi = smi2016();
const lookup = onsLookup();
const ruc = ruralUrban();
const k = Math.round(0.2 * smi.size);

/** All codes matching a filter, across pages of 500. */
async function codesFor(filter: AuthorityFilter): Promise<string[]> {
  const { authorities } = await api.data(AuthoritiesPageDocument, { filter, first: 500 });
  expect(authorities.pageInfo.hasNextPage).toBe(false);
  expect(authorities.totalCount).toBe(authorities.nodes.length);
  return authorities.nodes.map((n) => n.code).sort();
}

const sorted = (codes: Iterable<string>): string[] => [...codes].sort();
const where = <T>(map: Map<string, T>, test: (v: T, code: string) => boolean): string[] =>
  sorted([...map.entries()].filter(([code, v]) => test(v, code)).map(([code]) => code));

describe('listing all districts', () => {
  it('lists the 326 districts of the ONS lookup, 324 of them ranked', async () => {
    const { authorities } = await api.data(AuthoritiesPageDocument, { first: 500 });
    expect(authorities.totalCount).toBe(326);
    expect(sorted(authorities.nodes.map((n) => n.code))).toEqual(sorted(lookup.keys()));
    expect(authorities.nodes.filter((n) => n.mobility !== null)).toHaveLength(324);
  });

  it('orders by rank with Westminster first and the unranked districts last', async () => {
    const { authorities } = await api.data(AuthoritiesPageDocument, { orderBy: 'RANK_ASC', first: 500 });
    const codes = authorities.nodes.map((n) => n.code);
    expect(codes[0]).toBe('E09000033');
    expect(codes.slice(-2)).toEqual(['E06000053', 'E09000001']);
    const ranks = authorities.nodes.slice(0, 324).map((n) => n.mobility?.rank);
    expect(ranks).toEqual(Array.from({ length: 324 }, (_, i) => i + 1));
  });

  it('orders by score, highest first, the same as rank', async () => {
    const byScore = await api.data(AuthoritiesPageDocument, { orderBy: 'SCORE_DESC', first: 324 });
    const byRank = await api.data(AuthoritiesPageDocument, { orderBy: 'RANK_ASC', first: 324 });
    expect(byScore.authorities.nodes.map((n) => n.code)).toEqual(byRank.authorities.nodes.map((n) => n.code));
  });

  it('orders by name and by population', async () => {
    const byName = await api.data(AuthoritiesPageDocument, { orderBy: 'NAME_ASC', first: 500 });
    const names = byName.authorities.nodes.map((n) => n.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const population = new Map(
      rawCsv('context/ons_mye2016_england_lad16_population_area_density.csv').map((r) => [
        r.lad16cd!,
        Number(r.population_mid2016_all_ages),
      ]),
    );
    const largest = [...population.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const smallest = [...population.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    expect(
      (await api.data(AuthoritiesPageDocument, { orderBy: 'POPULATION_DESC', first: 1 })).authorities.nodes[0]?.code,
    ).toBe(largest);
    expect(
      (await api.data(AuthoritiesPageDocument, { orderBy: 'POPULATION_ASC', first: 1 })).authorities.nodes[0]?.code,
    ).toBe(smallest);
  });
});

describe('paging with cursors', () => {
  it('walks all 326 districts in pages of 50, each exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    for (;;) {
      const { authorities } = await api.data(AuthoritiesPageDocument, { first: 50, after, orderBy: 'NAME_ASC' });
      pages += 1;
      expect(authorities.totalCount).toBe(326);
      expect(authorities.pageInfo.hasPreviousPage).toBe(after !== undefined);
      expect(authorities.edges.map((e) => e.node.code)).toEqual(authorities.nodes.map((n) => n.code));
      expect(authorities.pageInfo.endCursor).toBe(authorities.edges.at(-1)?.cursor);
      seen.push(...authorities.nodes.map((n) => n.code));
      if (!authorities.pageInfo.hasNextPage) break;
      after = authorities.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(new Set(seen).size).toBe(326);
    const all = await api.data(AuthoritiesPageDocument, { first: 500, orderBy: 'NAME_ASC' });
    expect(seen).toEqual(all.authorities.nodes.map((n) => n.code));
  });

  it('continues after any edge cursor', async () => {
    const first = await api.data(AuthoritiesPageDocument, { first: 10, orderBy: 'RANK_ASC' });
    const fourth = first.authorities.edges[3]!;
    const next = await api.data(AuthoritiesPageDocument, { first: 2, orderBy: 'RANK_ASC', after: fourth.cursor });
    expect(next.authorities.nodes.map((n) => n.mobility?.rank)).toEqual([5, 6]);
  });

  it('gives an empty page, not an error, after the last district', async () => {
    const all = await api.data(AuthoritiesPageDocument, { first: 500 });
    const past = await api.data(AuthoritiesPageDocument, { first: 5, after: all.authorities.pageInfo.endCursor });
    expect(past.authorities.nodes).toEqual([]);
    expect(past.authorities.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    expect(past.authorities.totalCount).toBe(326);
  });

  it('rejects first outside 1..500 and malformed cursors with BAD_USER_INPUT', async () => {
    for (const first of [0, 501, -3]) {
      const result = await api.run(AuthoritiesPageDocument, { first });
      expect(result.errors?.[0]).toMatchObject({
        message: `first must be a whole number between 1 and 500 (got ${first})`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      });
    }
    for (const after of ['not a cursor!', 'Zm9vYmFy', '']) {
      const result = await api.run(AuthoritiesPageDocument, { first: 5, after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(result.errors?.[0]?.message).toMatch(/^after must be a cursor returned by this API/);
    }
  });
});

describe('filtering districts', () => {
  it('splits the 324 ranked districts into 65 hotspots, 65 coldspots and 194 in neither band', async () => {
    expect(await codesFor({ band: 'HOTSPOT' })).toEqual(where(smi, (s) => s.rank <= k));
    expect(await codesFor({ band: 'COLDSPOT' })).toEqual(where(smi, (s) => s.rank > smi.size - k));
    expect(await codesFor({ band: 'NEITHER' })).toHaveLength(smi.size - 2 * k);
  });

  it('filters by region name (any case) or E12 code', async () => {
    const london = where(lookup, (d) => d.regionName === 'London');
    expect(london).toHaveLength(33);
    expect(await codesFor({ region: 'london' })).toEqual(london);
    expect(await codesFor({ region: 'E12000007' })).toEqual(london);
  });

  it('rejects an unknown region, listing the nine regions', async () => {
    const result = await api.run(AuthoritiesPageDocument, { filter: { region: 'Wessex' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.region' });
    expect(result.errors?.[0]?.message).toMatch(
      /^filter.region "Wessex" is not an English region; use a name or E12 code: East Midlands \(E12000004\)/,
    );
  });

  it('filters by rank range within the edition', async () => {
    expect(await codesFor({ rankFrom: 10, rankTo: 19 })).toEqual(where(smi, (s) => s.rank >= 10 && s.rank <= 19));
    expect(await codesFor({ rankFrom: 320 })).toEqual(where(smi, (s) => s.rank >= 320));
  });

  it('rejects ranks beyond the edition or in the wrong order', async () => {
    const beyond = await api.run(AuthoritiesPageDocument, { filter: { rankTo: 325 } });
    expect(beyond.errors?.[0]).toMatchObject({
      message: 'filter.rankTo must be between 1 and 324, the number of districts edition 2016 ranks (got 325)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.rankTo' },
    });
    const zero = await api.run(AuthoritiesPageDocument, { filter: { rankFrom: 0 } });
    expect(zero.errors?.[0]?.message).toBe('filter.rankFrom must be a whole number between 1 and 100000 (got 0)');
    const reversed = await api.run(AuthoritiesPageDocument, { filter: { rankFrom: 20, rankTo: 10 } });
    expect(reversed.errors?.[0]?.message).toBe('filter.rankTo must be at least rankFrom (got rankFrom 20, rankTo 10)');
  });

  it('filters by name substring, ignoring case', async () => {
    expect(await codesFor({ nameContains: 'HAMPTON' })).toEqual(
      where(lookup, (d) => d.name.toLowerCase().includes('hampton')),
    );
    const tooLong = await api.run(AuthoritiesPageDocument, { filter: { nameContains: 'x'.repeat(101) } });
    expect(tooLong.errors?.[0]?.message).toBe('filter.nameContains must be 1 to 100 characters long (got 101)');
  });

  it('filters by codes, ignoring unknown ones', async () => {
    expect(await codesFor({ codes: ['E09000033', 'E07000191', 'E99999999'] })).toEqual(['E07000191', 'E09000033']);
  });

  it('filters rural districts: DEFRA classes 1 and 2 (91 districts)', async () => {
    const rural = where(ruc, (c) => c <= 2);
    expect(rural).toHaveLength(91);
    expect(await codesFor({ rural: true })).toEqual(rural);
    expect(await codesFor({ rural: false })).toEqual(where(ruc, (c) => c > 2));
    expect(await codesFor({ ruralUrban: ['URBAN_WITH_MAJOR_CONURBATION', 'URBAN_WITH_MINOR_CONURBATION'] })).toEqual(
      where(ruc, (c) => c >= 5),
    );
  });

  it('filters industrial districts: supergroup 6 or group 8a of the ONS area classification', async () => {
    const rows = rawCsv('geo/classifications/la_area_classification_2011v2_england_thirdparty.csv');
    const industrial = new Set<string>();
    for (const r of rows)
      if (r.supergroup_code === '6' || r.group_code === '8a') r.la_code!.split('/').forEach((c) => industrial.add(c));
    expect(await codesFor({ industrial: true })).toEqual(sorted(industrial));
  });

  it('combines filters with and, or and not', async () => {
    const coldspot = (code: string): boolean => (smi.get(code)?.rank ?? 0) > smi.size - k;
    const ruralColdspots = where(ruc, (c, code) => c <= 2 && coldspot(code));
    expect(await codesFor({ rural: true, band: 'COLDSPOT' })).toEqual(ruralColdspots);
    expect(await codesFor({ and: [{ rural: true }, { band: 'COLDSPOT' }] })).toEqual(ruralColdspots);
    const either = await codesFor({ or: [{ region: 'London' }, { region: 'North East' }] });
    expect(either).toEqual(where(lookup, (d) => d.regionName === 'London' || d.regionName === 'North East'));
    const notLondonHotspots = await codesFor({ band: 'HOTSPOT', not: { region: 'London' } });
    expect(notLondonHotspots).toEqual(where(smi, (s) => s.rank <= k && s.region !== 'London'));
    expect(await codesFor({ or: [] })).toEqual([]);
  });

  it('names the nested argument path of a bad value', async () => {
    const result = await api.run(AuthoritiesPageDocument, {
      filter: { or: [{ rural: true }, { not: { rankFrom: -1 } }] },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'filter.or[1].not.rankFrom must be a whole number between 1 and 100000 (got -1)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.or[1].not.rankFrom' },
    });
  });

  it('limits how deeply filters nest', async () => {
    let filter: AuthorityFilter = { rural: true };
    for (let i = 0; i < 7; i += 1) filter = { not: filter };
    const result = await api.run(AuthoritiesPageDocument, { filter });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toMatch(/nests and\/or\/not 7 levels deep; at most 6 are allowed$/);
  });

  it('treats SQL in a string as text', async () => {
    expect(await codesFor({ nameContains: "'; drop table authorities; --" })).toEqual([]);
    expect((await api.data(AuthoritiesPageDocument, { first: 1 })).authorities.totalCount).toBe(326);
  });
});
