/**
 * Regions with their band counts, and the editions and sources the API reports. Counts must add
 * up to the national totals, and match the raw SMI 2016 file.
 */
import { RAW_SOURCES } from '../../src/imports/raw-sources';
import { EditionsDocument, RegionsDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { onsLookup, smi2016 } from '../support/raw';

const api = useTestApi();

describe('regions', () => {
  it("lists England's 9 regions, whose districts add up to all 326", async () => {
    const { regions } = await api.data(RegionsDocument, {});
    expect(regions).toHaveLength(9);
    expect(regions.reduce((n, r) => n + r.authorityCount, 0)).toBe(326);
    expect(regions.reduce((n, r) => n + r.rankedCount, 0)).toBe(324);
    expect(regions.reduce((n, r) => n + r.hotspotCount, 0)).toBe(65);
    expect(regions.reduce((n, r) => n + r.coldspotCount, 0)).toBe(65);
    for (const r of regions) expect(r.authorities).toHaveLength(r.authorityCount);
  });

  it('counts hotspots and coldspots per region as the published ranks give them', async () => {
    const smi = smi2016();
    const lookup = onsLookup();
    const { regions } = await api.data(RegionsDocument, { edition: 2016 });
    for (const r of regions) {
      const ranks = [...smi.entries()]
        .filter(([code]) => lookup.get(code)?.regionCode === r.code)
        .map(([, s]) => s.rank);
      expect({ region: r.name, hot: r.hotspotCount, cold: r.coldspotCount }).toEqual({
        region: r.name,
        hot: ranks.filter((x) => x <= 65).length,
        cold: ranks.filter((x) => x >= 260).length,
      });
    }
    // State of the Nation's headline: London holds the most hotspots and no coldspot.
    const london = regions.find((r) => r.name === 'London');
    expect(london?.hotspotCount).toBe(Math.max(...regions.map((r) => r.hotspotCount)));
    expect(london?.coldspotCount).toBe(0);
  });

  it('rejects an edition that is not loaded', async () => {
    const result = await api.run(RegionsDocument, { edition: 2017 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'edition 2017 is not loaded; loaded editions: 2016',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('editions and sources', () => {
  it('reports the shipped 2016 edition with its publisher, licence and band definition', async () => {
    const { editions } = await api.data(EditionsDocument);
    expect(editions).toHaveLength(1);
    expect(editions[0]).toMatchObject({
      edition: 2016,
      publisher: 'Social Mobility and Child Poverty Commission',
      licence: 'Open Government Licence v3.0',
      rankedCount: 324,
      bandSize: 65,
      hotspotMaxRank: 65,
      coldspotMinRank: 260,
      lifeStageCount: 0,
      indicatorCount: 0,
      latest: true,
      source: { id: 'smi-2016' },
    });
    expect(editions[0]?.publishedOn).toMatch(/^2016-\d\d-\d\d$/);
    expect(editions[0]?.loadedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('lists every source with an Open Government Licence attribution', async () => {
    const { sources } = await api.data(EditionsDocument);
    // Every raw file the loader reads (db/sources/, recorded in raw-sources.ts), and nothing else.
    expect(sources.map((s) => s.id).sort()).toEqual(
      Object.values(RAW_SOURCES)
        .map((s) => s.id)
        .sort(),
    );
    for (const s of sources) {
      expect(s.licence).toMatch(/Open Government Licence v3\.0/);
      expect(s.attribution.length).toBeGreaterThan(20);
    }
  });
});
