/**
 * Areas people name, against the ONS lookups read here from the raw files (csv-parse, not the
 * loader): every county, metropolitan county, region and England holds exactly the districts the
 * ONS Visual lookup gives it; Norfolk, Somerset (the county and the council of 2023), Cumberland,
 * North Yorkshire, Bournemouth, Christchurch and Poole, and Sheffield's 2025 code answer as the
 * lookups say; a summary adds up the districts' published figures; names, searches and years
 * resolve as documented; `authorities(filter: { area })` works in every combination; and the
 * build refuses areas that disagree with the lookups.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkAreas } from '../../src/imports/build-seed';
import { readAreaLookup, readAreas, readLookup, readSuccessors2019 } from '../../src/imports/raw';
import {
  AreaAndWhatItReplacesDocument,
  AreaByCodeOrNameDocument,
  AreasOfDistrictDocument,
  AreasPageDocument,
  AreaWithSummaryDocument,
  AuthorityCodesDocument,
  AuthorityCountDocument,
  AuthoritySuccessorsDocument,
  CountiesWithSummariesDistrictsAndBoundariesDocument,
  FeatureCollectionDocument,
  type AreaByCodeOrNameQuery,
  type AreaByCodeOrNameQueryVariables,
  type AuthorityFilter,
} from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { DATA_DIR, SEED_DIR } from '../support/paths';
import { rawCsv, smi2016 } from '../support/raw';

const api = useTestApi();
const smi = smi2016();
const areaLookup = rawCsv('geo/lookups/ltla14_lookup_onsvisual.csv').filter((r) => r.ltlacd!.startsWith('E'));
const crosswalk = rawCsv('context/lad16_coverage_crosswalk.csv');
const population = new Map(
  rawCsv('context/ons_mye2016_england_lad16_population_area_density.csv').map((r) => [
    r.lad16cd!,
    Number(r.population_mid2016_all_ages),
  ]),
);

/** The 2016 districts the lookup puts in an area, by the lookup column holding its code. */
const inLookup = (column: 'ctycd' | 'mctycd' | 'cauthcd' | 'rgncd' | 'ctrycd', code: string): string[] =>
  areaLookup
    .filter((r) => r[column] === code)
    .map((r) => r.ltlacd!)
    .sort();

const codesOf = (a: { districts: { code: string }[] }): string[] => a.districts.map((d) => d.code).sort();

async function area(variables: AreaByCodeOrNameQueryVariables): Promise<AreaByCodeOrNameQuery['area']> {
  return (await api.data(AreaByCodeOrNameDocument, variables)).area;
}

describe('every county, metropolitan county, region and England', () => {
  it.each([
    ['COUNTY', 'ctycd'],
    ['METROPOLITAN_COUNTY', 'mctycd'],
    ['REGION', 'rgncd'],
    ['COUNTRY', 'ctrycd'],
  ] as const)('%s: holds exactly the districts the ONS lookup gives it', async (kind, column) => {
    const { areas } = await api.data(AreasPageDocument, { kind, first: 500 });
    const expected = new Set(areaLookup.map((r) => r[column]).filter((c): c is string => Boolean(c)));
    expect(areas.nodes.map((a) => a.code).sort()).toEqual([...expected].sort());
    for (const a of areas.nodes)
      expect({ code: a.code, districts: codesOf(a) }).toEqual({ code: a.code, districts: inLookup(column, a.code) });
  });
});

describe('the places the Commission and residents name', () => {
  it('Norfolk: the county and its seven districts, with a summary derived from their published figures', async () => {
    const { area: norfolk } = await api.data(AreaWithSummaryDocument, { name: 'norfolk' });
    expect(norfolk).toMatchObject({ code: 'E10000020', kind: 'COUNTY', validFrom: null, validTo: null });
    const codes = inLookup('ctycd', 'E10000020');
    expect(codesOf(norfolk!)).toEqual(codes);
    // The edition's bands: k = round(0.2 N), N = 324.
    const ranks = codes.map((c) => smi.get(c)!.rank);
    const k = Math.round(0.2 * smi.size);
    const coldspots = codes.filter((c) => smi.get(c)!.rank > smi.size - k);
    const people = (list: string[]): number => list.reduce((sum, c) => sum + population.get(c)!, 0);
    expect(norfolk!.summary).toEqual({
      edition: 2016,
      districtCount: codes.length,
      rankedCount: codes.length,
      hotspotCount: ranks.filter((r) => r <= k).length,
      coldspotCount: coldspots.length,
      population: people(codes),
      populationInColdspots: people(coldspots),
      meanScore: expect.closeTo(codes.reduce((s, c) => s + smi.get(c)!.score, 0) / codes.length, 9),
      populationWeightedScore: expect.closeTo(
        codes.reduce((s, c) => s + smi.get(c)!.score * population.get(c)!, 0) / people(codes),
        9,
      ),
      bestRank: Math.min(...ranks),
      worstRank: Math.max(...ranks),
    });
  });

  it("Somerset: the council of 2023 by default, the county in 2020, each made of the county's 2016 districts", async () => {
    const county = inLookup('ctycd', 'E10000027');
    const council = await area({ name: 'Somerset' });
    expect(council).toMatchObject({ code: 'E06000066', kind: 'DISTRICT', validFrom: 2023, validTo: null });
    expect(codesOf(council!)).toEqual(county);
    const in2020 = await area({ name: 'Somerset', asOf: 2020 });
    expect(in2020).toMatchObject({ code: 'E10000027', kind: 'COUNTY', validTo: 2022 });
    expect(codesOf(in2020!)).toEqual(county);
    const { area: changes } = await api.data(AreaAndWhatItReplacesDocument, { code: 'E06000066' });
    // What Somerset Council replaced: the county and the district councils of 2022.
    const councils2022 = [
      ...new Set(county.map((c) => crosswalk.find((r) => r.lad16cd === c)!.merged_2019_successor_lad19cd || c)),
    ];
    expect(changes!.replaces.map((r) => r.code).sort()).toEqual(
      ['E10000027', ...councils2022.filter((c) => !['E07000190', 'E07000191'].includes(c))].sort(),
    );
  });

  it("Cumberland and Westmorland and Furness split Cumbria's six 2016 districts between them", async () => {
    const cumbria = inLookup('ctycd', 'E10000006');
    const cumberland = await area({ name: 'Cumberland' });
    const westmorland = await area({ name: 'Westmorland and Furness' });
    expect(cumberland).toMatchObject({ code: 'E06000063', validFrom: 2023 });
    expect(westmorland).toMatchObject({ code: 'E06000064', validFrom: 2023 });
    expect(codesOf(cumberland!).length).toBeGreaterThan(0);
    expect(codesOf(westmorland!).length).toBeGreaterThan(0);
    expect([...codesOf(cumberland!), ...codesOf(westmorland!)].sort()).toEqual(cumbria);
  });

  it("North Yorkshire: the council of 2023 is the county's seven districts (York stays apart)", async () => {
    const county = inLookup('ctycd', 'E10000023');
    expect(county).toHaveLength(7);
    const council = await area({ name: 'North Yorkshire' });
    expect(council).toMatchObject({ code: 'E06000065', kind: 'DISTRICT', validFrom: 2023 });
    expect(codesOf(council!)).toEqual(county);
    const york = areaLookup.find((r) => r.ltlanm === 'York')!.ltlacd!;
    expect(codesOf(council!)).not.toContain(york);
  });

  it('Bournemouth, Christchurch and Poole: the three districts the 2019 crosswalk names', async () => {
    const bcp = await area({ code: 'E06000058' });
    expect(bcp).toMatchObject({ name: 'Bournemouth, Christchurch and Poole', validFrom: 2019, validTo: null });
    expect(codesOf(bcp!)).toEqual(
      crosswalk
        .filter((r) => r.merged_2019_successor_lad19cd === 'E06000058')
        .map((r) => r.lad16cd!)
        .sort(),
    );
  });

  it("Sheffield's code of 2025 is the 2016 district of that name, which it replaced", async () => {
    const sheffield2016 = areaLookup.find((r) => r.ltlanm === 'Sheffield')!.ltlacd!;
    const { area: now } = await api.data(AreaAndWhatItReplacesDocument, { name: 'Sheffield' });
    expect(now).toMatchObject({ code: 'E08000039', validFrom: 2025, validTo: null });
    expect(codesOf(now!)).toEqual([sheffield2016]);
    expect(now!.replaces).toEqual([{ code: sheffield2016, validTo: 2024 }]);
    expect(await area({ name: 'Sheffield', asOf: 2024 })).toMatchObject({ code: sheffield2016 });
  });

  it("Greater Manchester's districts worst first, through the list filter", async () => {
    const gm = inLookup('cauthcd', 'E47000001');
    const { authorities } = await api.data(AuthorityCodesDocument, {
      filter: { area: 'E47000001' },
      orderBy: 'RANK_DESC',
    });
    expect(authorities.nodes.map((n) => n.code)).toEqual([...gm].sort((a, b) => smi.get(b)!.rank - smi.get(a)!.rank));
  });
});

describe('a 2016 district as an area, and the areas of a district', () => {
  it('a 2016 district is an area with its own code, made of itself', async () => {
    const westSomerset = await area({ code: 'E07000191' });
    expect(westSomerset).toMatchObject({ name: 'West Somerset', kind: 'DISTRICT', validTo: 2018 });
    expect(codesOf(westSomerset!)).toEqual(['E07000191']);
  });

  it('finds a renamed district by its 2016 name too', async () => {
    const lookup2016 = rawCsv('geo/lookups/LAD16_RGN16_lookup_England_ons.csv');
    const renamed = lookup2016.filter((r) => areaLookup.find((l) => l.ltlacd === r.LAD16CD)!.ltlanm !== r.LAD16NM);
    expect(renamed.length).toBeGreaterThan(0);
    for (const r of renamed) expect(await area({ name: r.LAD16NM })).toMatchObject({ code: r.LAD16CD });
  });

  it("gives every district its council of 2025, in the list's one statement", async () => {
    const result = await api.run(AuthoritySuccessorsDocument, { first: 500 });
    const nodes = result.data!.authorities.nodes;
    expect(nodes).toHaveLength(326);
    expect(nodes.every((n) => n.successor.validTo === null)).toBe(true);
    // Those merged in 2019 and not again since keep the 2019 council the crosswalk names.
    for (const r of crosswalk.filter((c) =>
      ['E06000058', 'E06000059', 'E07000244', 'E07000245'].includes(c.merged_2019_successor_lad19cd!),
    )) {
      expect(nodes.find((n) => n.code === r.lad16cd)!.successor.code).toBe(r.merged_2019_successor_lad19cd);
    }
    expect(result.statementNames).not.toContain('successorsOf');
  });

  it('lists the areas a district is in, by kind and year', async () => {
    const harrogate = areaLookup.find((r) => r.ltlanm === 'Harrogate')!;
    const { authority } = await api.data(AreasOfDistrictDocument, { code: harrogate.ltlacd! });
    expect(authority!.counties).toEqual([{ code: harrogate.ctycd }]);
    expect(authority!.in2020.map((a) => a.code).sort()).toEqual(
      [harrogate.ltlacd, harrogate.ctycd, harrogate.rgncd, harrogate.ctrycd].sort(),
    );
    expect(authority!.all.length).toBeGreaterThan(authority!.in2020.length);
  });
});

describe('searching, and the errors', () => {
  it('ignores case, accents and punctuation', async () => {
    const found = async (search: string): Promise<string[]> =>
      (await api.data(AreasPageDocument, { search })).areas.nodes.map((n) => n.name);
    expect(await found('kings lynn')).toEqual(["King's Lynn and West Norfolk"]);
    expect(await found('ST HELENS')).toEqual(['St. Helens']);
    expect(await found('bournemouth christchurch')).toEqual(['Bournemouth, Christchurch and Poole']);
    expect(await found('Sómerset West')).toEqual(['Somerset West and Taunton']);
  });

  it('narrows to the areas in force in a year, and pages', async () => {
    const page = async (after?: string | null) =>
      (await api.data(AreasPageDocument, { kind: 'DISTRICT', asOf: 2025, first: 200, ...(after ? { after } : {}) }))
        .areas;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.nodes, ...second.nodes].map((n) => n.code);
    expect(all).toHaveLength(first.totalCount);
    expect(new Set(all).size).toBe(all.length);
    // The councils of 2025: the districts of 2016 never merged, and the councils made since still in force.
    const merged = new Set(
      rawCsv('context/lad16_coverage_crosswalk.csv')
        .filter((r) => r.merged_2019_successor_lad19cd)
        .map((r) => r.lad16cd),
    );
    expect(all.filter((c) => smi.has(c) || c === 'E09000001' || c === 'E06000053').every((c) => !merged.has(c))).toBe(
      true,
    );
  });

  it('answers null for an unknown code or name, and names the argument and range for a bad year', async () => {
    expect(await area({ code: 'E10999999' })).toBeNull();
    expect(await area({ name: 'Atlantis' })).toBeNull();
    const both = await api.run(AreaByCodeOrNameDocument, { code: 'E10000020', name: 'Norfolk' });
    expect(both.errors?.[0]).toMatchObject({
      message: 'area needs exactly one of code or name',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const year = await api.run(AreaByCodeOrNameDocument, { name: 'Somerset', asOf: 2013 });
    expect(year.errors?.[0]).toMatchObject({
      message: 'asOf must be a whole number between 2014 and 2025 (got 2013)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const filter = await api.run(AuthorityCountDocument, {
      filter: { or: [{ rural: true }, { area: 'E10999999' }] },
    });
    expect(filter.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^filter\.or\[1\]\.area "E10999999" is not the ONS code of an area/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.or[1].area' },
    });
  });
});

describe('authorities(filter: { area })', () => {
  const count = async (filter: AuthorityFilter): Promise<number> =>
    (await api.data(AuthorityCountDocument, { filter })).authorities.totalCount;
  const norfolk = inLookup('ctycd', 'E10000020');
  const london = inLookup('rgncd', 'E12000007');

  it('combines with every other condition', async () => {
    const k = Math.round(0.2 * smi.size);
    expect(await count({ area: 'E10000020' })).toBe(norfolk.length);
    expect(await count({ area: 'E10000020', band: 'COLDSPOT' })).toBe(
      norfolk.filter((c) => smi.get(c)!.rank > smi.size - k).length,
    );
    expect(await count({ or: [{ area: 'E10000020' }, { area: 'E12000007' }] })).toBe(norfolk.length + london.length);
    expect(await count({ and: [{ area: 'E12000006' }, { not: { area: 'E10000020' } }] })).toBe(
      inLookup('rgncd', 'E12000006').length - norfolk.length,
    );
    expect(await count({ not: { area: 'E92000001' } })).toBe(0);
  });

  it('gives the same districts in a feature collection', async () => {
    const { authorities } = await api.data(FeatureCollectionDocument, {
      first: 500,
      filter: { area: 'E10000020' },
      simplifyMetres: 1000,
    });
    expect(authorities.featureCollection.features.map((f: { id: string }) => f.id).sort()).toEqual(norfolk);
  });

  it('costs the same number of statements for 1 county as for all 27, with their districts and summaries', async () => {
    const counts: number[] = [];
    for (const first of [1, 27]) {
      const result = await api.run(CountiesWithSummariesDistrictsAndBoundariesDocument, { first });
      expect(result.errors).toBeUndefined();
      counts.push(result.statements);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('the build', () => {
  it('refuses areas that disagree with the ONS lookups', () => {
    const lookup = readLookup(DATA_DIR);
    const areas = readAreas(DATA_DIR, lookup);
    const shares = (
      parse(readFileSync(path.join(SEED_DIR, 'area_districts.csv'), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[]
    ).map((r) => ({
      areaCode: r.area_code!,
      districtCode: r.district_code!,
      share: Number(r.share),
    }));
    const ons = readAreaLookup(DATA_DIR, lookup);
    const successors = readSuccessors2019(DATA_DIR, lookup);
    expect(() => checkAreas(areas, shares, lookup, ons, successors)).not.toThrow();
    // Norwich moved to Suffolk in the lookup: the computed Norfolk no longer agrees.
    const moved = new Map(ons);
    moved.set('E07000148', { ...ons.get('E07000148')!, county: 'E10000029' });
    expect(() => checkAreas(areas, shares, lookup, moved, successors)).toThrow(
      /E07000148: county computed E10000020, the lookup says E10000029/,
    );
    // A 2019 successor the crosswalk does not give.
    const wrong = new Map(successors);
    wrong.set('E06000028', 'E06000059');
    expect(() => checkAreas(areas, shares, lookup, ons, wrong)).toThrow(
      /E06000028: council of 2019 computed E06000058, the lookup says E06000059/,
    );
  });
});
