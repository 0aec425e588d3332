/**
 * A single district: lookups, index figures, classification, deprivation and population, checked
 * against the published sources read directly from db/sources/ (csv-parse, not the loader).
 */
import { AuthorityByCodeDocument, AuthorityByCodeOrNameDocument, AuthorityByNameDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { onsLookup, rawCsv, smi2016 } from '../support/raw';

const api = useTestApi();

describe('looking up one district', () => {
  it('finds Westminster by code with rank 1 of 324, a hotspot in quintile 1 (SMI 2016)', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E09000033' });
    expect(authority).toMatchObject({
      code: 'E09000033',
      name: 'Westminster',
      region: { code: 'E12000007', name: 'London' },
      mobility: { edition: 2016, rank: 1, outOf: 324, band: 'HOTSPOT', quintile: 1, lifeStages: [], indicators: [] },
    });
    expect(authority?.mobility?.score).toBe(smi2016().get('E09000033')?.score);
  });

  it('serves district ranks and scores exactly as published', async () => {
    const published = smi2016();
    for (const code of ['E07000191', 'E06000001', 'E08000025', 'E07000112']) {
      const { authority } = await api.data(AuthorityByCodeDocument, { code });
      expect(authority?.mobility?.rank).toBe(published.get(code)?.rank);
      expect(authority?.mobility?.score).toBe(published.get(code)?.score);
    }
  });

  it('makes West Somerset, ranked last (324), a coldspot in quintile 5', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E07000191' });
    expect(authority?.name).toBe('West Somerset');
    expect(authority?.mobility).toMatchObject({ rank: 324, band: 'COLDSPOT', quintile: 5 });
  });

  it('gives City of London and Isles of Scilly no mobility: the index does not rank them', async () => {
    for (const code of ['E09000001', 'E06000053']) {
      const { authority } = await api.data(AuthorityByCodeDocument, { code });
      expect(authority?.code).toBe(code);
      expect(authority?.mobility).toBeNull();
    }
  });

  it('finds a district by name, ignoring case and surrounding spaces', async () => {
    expect((await api.data(AuthorityByNameDocument, { name: '  bristol, city of ' })).authority).toEqual({
      code: 'E06000023',
      name: 'Bristol, City of',
    });
    expect((await api.data(AuthorityByNameDocument, { name: 'SHEPWAY' })).authority?.code).toBe('E07000112');
  });

  it('accepts a code in lower case', async () => {
    expect((await api.data(AuthorityByCodeDocument, { code: 'e09000033' })).authority?.name).toBe('Westminster');
  });

  it('returns null for an unknown code or name, without an error', async () => {
    const byCode = await api.run(AuthorityByCodeDocument, { code: 'E99999999' });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data?.authority).toBeNull();
    const byName = await api.run(AuthorityByNameDocument, { name: 'Atlantis' });
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.authority).toBeNull();
  });

  it('rejects both or neither of code and name with BAD_USER_INPUT', async () => {
    const neither = await api.run(AuthorityByCodeOrNameDocument, {});
    expect(neither.errors?.[0]).toMatchObject({
      message: 'authority needs exactly one of code or name',
      extensions: { code: 'BAD_USER_INPUT', argument: 'code' },
    });
    const both = await api.run(AuthorityByCodeOrNameDocument, { code: 'E09000033', name: 'Westminster' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
  });

  it('rejects an edition that is not loaded, naming the loaded ones', async () => {
    const result = await api.run(AuthorityByCodeDocument, { code: 'E09000033', edition: 2019 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'edition 2019 is not loaded; loaded editions: 2016',
      extensions: { code: 'BAD_USER_INPUT', argument: 'edition' },
    });
    const outOfRange = await api.run(AuthorityByCodeDocument, { code: 'E09000033', edition: 3000 });
    expect(outOfRange.errors?.[0]).toMatchObject({
      message: 'edition must be a whole number between 2000 and 2100 (got 3000)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'edition' },
    });
  });

  it('puts districts in the region the ONS lookup gives', async () => {
    const lookup = onsLookup();
    for (const code of ['E06000053', 'E07000112', 'E08000037', 'E06000057']) {
      const { authority } = await api.data(AuthorityByCodeDocument, { code });
      expect(authority?.region).toEqual({ code: lookup.get(code)?.regionCode, name: lookup.get(code)?.regionName });
      expect(authority?.name).toBe(lookup.get(code)?.name);
    }
  });
});

describe('classification of a district', () => {
  it('classes Cornwall as Mainly Rural (DEFRA class 1), so rural', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E06000052' });
    expect(authority?.classification).toMatchObject({
      ruralUrban: 'MAINLY_RURAL',
      ruralUrbanCode: 1,
      ruralUrbanBroadGroup: 'PREDOMINANTLY_RURAL',
      rural: true,
    });
  });

  it('flags Hartlepool industrial: ONS supergroup 6 Services and Industrial Legacy', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E06000001' });
    expect(authority?.classification.industrial).toBe(true);
    expect(authority?.classification.areaType.supergroup).toEqual({
      code: '6',
      name: 'Services and Industrial Legacy',
    });
    expect(authority?.classification.areaType.group.code).toBe('6a');
    expect(authority?.classification.rural).toBe(false);
  });

  it('flags Middlesbrough industrial through group 8a Manufacturing Traits', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E06000002' });
    expect(authority?.classification.areaType.group).toEqual({ code: '8a', name: 'Manufacturing Traits' });
    expect(authority?.classification.industrial).toBe(true);
  });

  it('gives City of London the combined City of London/Westminster row of the ONS file', async () => {
    const city = (await api.data(AuthorityByCodeDocument, { code: 'E09000001' })).authority?.classification.areaType;
    const westminster = (await api.data(AuthorityByCodeDocument, { code: 'E09000033' })).authority?.classification
      .areaType;
    expect(city).toEqual(westminster);
    expect(city?.supergroup.name).toBe('London Cosmopolitan');
  });
});

describe('deprivation (English Indices of Deprivation 2015)', () => {
  it('ranks Blackpool most deprived of 326 on average score and local concentration (Blackpool JSNA)', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E06000009' });
    expect(authority?.deprivation).toMatchObject({
      outOf: 326,
      rankOfLocalConcentration: 1,
      imd: { domain: 'IMD', rankOfAverageScore: 1 },
    });
    expect(authority?.deprivation?.domains.map((d) => d.domain)).toEqual([
      'IMD',
      'INCOME',
      'EMPLOYMENT',
      'EDUCATION',
      'HEALTH',
      'CRIME',
      'BARRIERS',
      'LIVING_ENVIRONMENT',
      'IDACI',
      'IDAOPI',
    ]);
  });

  it('gives the IMD rank of average rank Lancashire County Council publishes (Burnley 17, Hyndburn 28, Pendle 42, Ribble Valley 290, Blackpool 4)', async () => {
    const expected: [string, number][] = [
      ['E07000117', 17],
      ['E07000120', 28],
      ['E07000122', 42],
      ['E07000124', 290],
      ['E06000009', 4],
    ];
    for (const [code, rank] of expected) {
      const { authority } = await api.data(AuthorityByCodeDocument, { code });
      expect(authority?.deprivation?.imd.rankOfAverageRank).toBe(rank);
    }
  });

  it('has a scale only for the Income and Employment domains', async () => {
    const { authority } = await api.data(AuthorityByCodeDocument, { code: 'E06000001' });
    const withScale = authority?.deprivation?.domains.filter((d) => d.scale !== null).map((d) => d.domain);
    expect(withScale).toEqual(['INCOME', 'EMPLOYMENT']);
  });
});

describe('population (ONS mid-2016)', () => {
  it('serves the published estimates (Westminster 247,614; City of London 9,401; Isles of Scilly 2,308)', async () => {
    const published = new Map(
      rawCsv('context/ons_mye2016_england_lad16_population_area_density.csv').map((r) => [r.lad16cd, r]),
    );
    for (const code of ['E09000033', 'E09000001', 'E06000053']) {
      const { authority } = await api.data(AuthorityByCodeDocument, { code });
      const row = published.get(code)!;
      expect(authority?.population).toBe(Number(row.population_mid2016_all_ages));
      expect(authority?.populationEstimate).toEqual({
        year: 2016,
        persons: Number(row.population_mid2016_all_ages),
        personsPreviousYear: Number(row.population_mid2015_all_ages_mye5),
        landAreaKm2: Number(row.area_sq_km_mye5),
        personsPerKm2: Number(row.persons_per_sq_km_mid2016_mye5),
      });
    }
    expect((await api.data(AuthorityByCodeDocument, { code: 'E09000033' })).authority?.population).toBe(247614);
  });
});
