/**
 * Spatial questions on real districts: neighbours across the Thames, an island, the Welsh
 * border, nearest hotspots checked against an independent computation, point lookups, distance
 * and area filters, the coastal classification, and the errors for bad input.
 */
import {
  AuthorityCodesDocument,
  AuthorityCountDocument,
  BandsOfDistrictsNearestPointDocument,
  CoastalClassificationDocument,
  CoastalClassificationListDocument,
  DistrictAtPointDocument,
  DistrictsNearestPointDocument,
  GeometryDocument,
  NearestByBoundaryAndCentroidDocument,
  NearestDistrictsDocument,
  NearestHotspotsDocument,
  NeighbourLinksDocument,
  NeighboursOfDistrictDocument,
  type AuthorityFilter,
  type DistrictAtPointQueryVariables,
  type NeighboursOfDistrictQuery,
  type NeighboursOfDistrictQueryVariables,
} from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { MAX_GEOMETRY_POSITIONS } from '../../src/common/geo/geometry.check';

const api = useTestApi();

const SOUTHWARK = 'E09000028';
const TOWER_HAMLETS = 'E09000030';
const WESTMINSTER = 'E09000033';
const ISLE_OF_WIGHT = 'E06000046';
const ISLES_OF_SCILLY = 'E06000053';
const HEREFORDSHIRE = 'E06000019';

/** SYNTHETIC geometry: a line of n positions across England. */
const syntheticLine = (n: number): { type: 'LineString'; coordinates: number[][] } => ({
  type: 'LineString',
  coordinates: Array.from({ length: n }, (_, i) => [-3 + (2 * i) / n, 52 + i / n]),
});

type NeighbourResult = NonNullable<NeighboursOfDistrictQuery['authority']>['neighbours'][number];

async function neighbours(
  code: string,
  args: Omit<NeighboursOfDistrictQueryVariables, 'code'> = {},
): Promise<NeighbourResult[]> {
  const data = await api.data(NeighboursOfDistrictDocument, { code, ...args });
  return data.authority!.neighbours;
}

const names = (list: NeighbourResult[]): string[] => list.map((n) => n.authority.name).sort();

describe('neighbours', () => {
  it('pairs Southwark with Tower Hamlets, the City and Westminster across the Thames, not by land', async () => {
    const list = await neighbours(SOUTHWARK);
    const water = list.filter((n) => n.kind === 'ACROSS_WATER');
    expect(names(water)).toEqual(expect.arrayContaining(['City of London', 'Tower Hamlets', 'Westminster']));
    for (const n of water) {
      expect(n.gapKm).toBeGreaterThan(0);
      expect(n.gapKm).toBeLessThanOrEqual(1);
      expect(n.sharedBorderKm).toBeNull();
    }
    const land = list.filter((n) => n.kind === 'LAND_BORDER');
    expect(names(land)).toEqual(expect.arrayContaining(['Lambeth', 'Lewisham']));
    expect(names(land)).not.toContain('Tower Hamlets');
    for (const n of land) expect(n.sharedBorderKm).toBeGreaterThan(0);
  });

  it('is symmetric: every district is its neighbour’s neighbour, with the same kind and length', async () => {
    const data = await api.data(NeighbourLinksDocument, { first: 500, maxWaterGapKm: 10 });
    const links = new Map<string, string>();
    for (const a of data.authorities.nodes) {
      for (const n of a.neighbours)
        links.set(`${a.code}>${n.authority.code}`, `${n.kind}:${n.sharedBorderKm}:${n.gapKm}`);
    }
    expect(links.size).toBeGreaterThan(1500);
    for (const [key, value] of links) {
      const [from, to] = key.split('>');
      expect({ key, back: links.get(`${to}>${from}`) }).toEqual({ key, back: value });
    }
  });

  it('limits across-water links to maxWaterGapKm', async () => {
    const wide = await neighbours(TOWER_HAMLETS, { kind: 'ACROSS_WATER', gap: 10 });
    const beyondOneKm = wide.filter((n) => (n.gapKm ?? 0) > 1);
    expect(beyondOneKm.length).toBeGreaterThan(0);
    const narrow = await neighbours(TOWER_HAMLETS, { kind: 'ACROSS_WATER' });
    expect(narrow.every((n) => (n.gapKm ?? 99) <= 1)).toBe(true);
    expect(names(narrow)).toEqual(names(wide.filter((n) => (n.gapKm ?? 99) <= 1)));
    const zero = await neighbours(TOWER_HAMLETS, { kind: 'ACROSS_WATER', gap: 0 });
    expect(zero).toEqual([]);
  });

  it('gives the Isle of Wight no land neighbours, and the mainland across the Solent', async () => {
    expect(await neighbours(ISLE_OF_WIGHT, { kind: 'LAND_BORDER' })).toEqual([]);
    const across = await neighbours(ISLE_OF_WIGHT, { gap: 10 });
    expect(across.every((n) => n.kind === 'ACROSS_WATER')).toBe(true);
    expect(names(across)).toEqual(expect.arrayContaining(['New Forest', 'Portsmouth']));
  });

  it('gives the Isles of Scilly no neighbours within 10 km', async () => {
    expect(await neighbours(ISLES_OF_SCILLY, { gap: 10 })).toEqual([]);
  });

  it('lists only English districts for Herefordshire on the Welsh border', async () => {
    const list = await neighbours(HEREFORDSHIRE, { kind: 'LAND_BORDER' });
    // Its land border with Powys and Monmouthshire is in the GB-wide adjacency, but the API
    // serves English districts only.
    expect(names(list)).toEqual(['Forest of Dean', 'Malvern Hills', 'Shropshire']);
    expect(list.every((n) => n.authority.code.startsWith('E'))).toBe(true);
  });

  it('walks neighbours of neighbours, each once at its smallest hop count', async () => {
    const one = await neighbours(SOUTHWARK);
    const two = await neighbours(SOUTHWARK, { depth: 2 });
    expect(two.filter((n) => n.hops === 1).map((n) => n.authority.code)).toEqual(one.map((n) => n.authority.code));
    const codes = two.map((n) => n.authority.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain(SOUTHWARK);
    expect(two.map((n) => n.hops)).toEqual([...two.map((n) => n.hops)].sort());
    const second = two.filter((n) => n.hops === 2);
    expect(names(second)).toEqual(expect.arrayContaining(['Wandsworth', 'Greenwich']));
    for (const n of second) expect([n.sharedBorderKm, n.gapKm]).toEqual([null, null]);
    const three = await neighbours(SOUTHWARK, { depth: 3 });
    expect(three.length).toBeGreaterThan(two.length);
  });

  it('filters the neighbours it returns', async () => {
    const all = await neighbours(SOUTHWARK, { depth: 2 });
    const hot = await neighbours(SOUTHWARK, { depth: 2, filter: { band: 'HOTSPOT' } });
    expect(hot.length).toBeGreaterThan(0);
    expect(hot.every((n) => n.authority.mobility?.band === 'HOTSPOT')).toBe(true);
    expect(names(hot)).toEqual(names(all.filter((n) => n.authority.mobility?.band === 'HOTSPOT')));
  });

  it('rejects depth and gap out of range', async () => {
    const deep = await api.run(NeighboursOfDistrictDocument, { code: SOUTHWARK, depth: 4 });
    expect(deep.errors?.[0]).toMatchObject({
      message: 'depth must be a whole number between 1 and 3 (got 4)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
    });
    const gap = await api.run(NeighboursOfDistrictDocument, { code: SOUTHWARK, gap: 10.5 });
    expect(gap.errors?.[0]).toMatchObject({
      message: 'maxWaterGapKm must be between 0 and 10 (got 10.5)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'maxWaterGapKm' },
    });
  });
});

describe('nearest districts and hotspots', () => {
  it('finds each district’s nearest other hotspot, as a direct computation on the BNG centroids does', async () => {
    const data = await api.data(NearestHotspotsDocument, { first: 500 });
    const nodes = data.authorities.nodes;
    const hotspots = nodes.filter((n) => n.mobility?.band === 'HOTSPOT');
    expect(hotspots).toHaveLength(65);
    for (const n of nodes) {
      const [x, y] = n.centroid.coordinates as [number, number];
      let best = Infinity;
      for (const h of hotspots) {
        if (h.code === n.code) continue;
        const [hx, hy] = h.centroid.coordinates as [number, number];
        best = Math.min(best, Math.hypot(hx - x, hy - y) / 1000);
      }
      expect(n.nearestHotspot?.authority.code).not.toBe(n.code);
      // Centroids are rounded to 0.1 m in the output, so allow a metre.
      expect(Math.abs(n.nearestHotspot!.distanceKm - best)).toBeLessThan(0.001);
    }
  });

  it('orders by boundary distance with touching districts first, ties by centroid distance', async () => {
    const data = await api.data(NearestByBoundaryAndCentroidDocument, { code: SOUTHWARK });
    const { boundary, centroid } = data.authority!;
    const centroidKm = new Map(centroid.map((c) => [c.authority.code, c.distanceKm]));
    const touching = boundary.filter((b) => b.distanceKm === 0);
    expect(touching.length).toBeGreaterThanOrEqual(3);
    const tieOrder = touching.map((b) => centroidKm.get(b.authority.code)!);
    expect(tieOrder).toEqual([...tieOrder].sort((a, b) => a - b));
    const distances = boundary.map((b) => b.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(boundary.map((b) => b.authority.code)).not.toContain(SOUTHWARK);
    expect(centroid.map((c) => c.distanceKm)).toEqual([...centroid.map((c) => c.distanceKm)].sort((a, b) => a - b));
  });

  it('rejects first out of range', async () => {
    const result = await api.run(NearestDistrictsDocument, { code: SOUTHWARK, first: 101 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'first must be a whole number between 1 and 100 (got 101)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('points', () => {
  const at = (point: DistrictAtPointQueryVariables) => api.data(DistrictAtPointDocument, point);

  it('finds the district a point is in, from WGS84 or British National Grid', async () => {
    expect((await at({ lon: -0.1281, lat: 51.508 })).authorityAt?.name).toBe('Westminster'); // Trafalgar Square
    expect((await at({ lon: -6.3035, lat: 49.9145 })).authorityAt?.name).toBe('Isles of Scilly'); // St Mary's
    const { authority: birmingham } = await api.data(GeometryDocument, { code: 'E08000025' });
    const [lon, lat] = birmingham!.centroid.coordinates as number[];
    const [easting, northing] = birmingham!.centroidBng.coordinates as number[];
    expect((await at({ lon, lat })).authorityAt?.name).toBe('Birmingham');
    expect((await at({ easting, northing })).authorityAt?.name).toBe('Birmingham');
  });

  it('returns null outside England: in Wales, in Scotland, at sea', async () => {
    expect((await at({ lon: -3.1791, lat: 51.4816 })).authorityAt).toBeNull(); // Cardiff
    expect((await at({ lon: -3.1883, lat: 55.9533 })).authorityAt).toBeNull(); // Edinburgh
    expect((await at({ lon: -1.0, lat: 50.3 })).authorityAt).toBeNull(); // English Channel
  });

  it('gives distance 0 for the district containing the point, then the nearest others', async () => {
    const data = await api.data(DistrictsNearestPointDocument, { lon: -0.1281, lat: 51.508, first: 5 });
    expect(data.nearestAuthorities[0]).toEqual({ distanceKm: 0, authority: { name: 'Westminster' } });
    const d = data.nearestAuthorities.map((n) => n.distanceKm);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(d[1]).toBeGreaterThan(0);
    const filtered = await api.data(BandsOfDistrictsNearestPointDocument, {
      lon: -0.1281,
      lat: 51.508,
      first: 3,
      filter: { band: 'COLDSPOT' },
    });
    expect(filtered.nearestAuthorities.every((n) => n.authority.mobility!.band === 'COLDSPOT')).toBe(true);
  });

  it('rejects coordinates out of range and incomplete or mixed points', async () => {
    const cases: [DistrictAtPointQueryVariables, string, string][] = [
      [{ lon: -181, lat: 51 }, 'lon', 'lon must be between -180 and 180 (got -181)'],
      [{ lon: 0, lat: 91 }, 'lat', 'lat must be between -90 and 90 (got 91)'],
      [{ easting: -5, northing: 100 }, 'easting', 'easting must be between 0 and 700000 (got -5)'],
      [{ lon: 0 }, 'lat', 'lon and lat must be given together'],
      [
        { lon: 0, lat: 51, easting: 1, northing: 1 },
        'lon',
        'give either lon/lat (WGS84) or easting/northing (British National Grid), not both',
      ],
      [{}, 'lon', 'give a point: lon and lat (WGS84 degrees) or easting and northing (British National Grid metres)'],
    ];
    for (const [point, argument, message] of cases) {
      const result = await api.run(DistrictAtPointDocument, point);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
    }
  });
});

describe('distance and area filters', () => {
  const codes = async (filter: AuthorityFilter): Promise<string[]> =>
    (await api.data(AuthorityCodesDocument, { first: 500, filter })).authorities.nodes.map((n) => n.code).sort();

  it('withinKm of a point: 0 km is the district containing it; more km takes in more', async () => {
    expect(await codes({ withinKm: { km: 0, lon: -0.1281, lat: 51.508 } })).toEqual([WESTMINSTER]);
    const five = await codes({ withinKm: { km: 5, lon: -0.1281, lat: 51.508 } });
    expect(five).toEqual(expect.arrayContaining([WESTMINSTER, SOUTHWARK, 'E09000001']));
    expect(five.length).toBeLessThan(326);
  });

  it('withinKm of a district: the district and all its land neighbours at 0 km', async () => {
    const zero = await codes({ withinKm: { km: 0, authority: SOUTHWARK } });
    const land = (await neighbours(SOUTHWARK, { kind: 'LAND_BORDER' })).map((n) => n.authority.code);
    expect(zero).toEqual([SOUTHWARK, ...land].sort());
    const across = await codes({ withinKm: { km: 0.25, authority: SOUTHWARK } });
    expect(across).toContain(TOWER_HAMLETS); // 207 m across the Thames
  });

  it('combines withinKm with other filters', async () => {
    const hot = await codes({ withinKm: { km: 20, authority: SOUTHWARK }, band: 'HOTSPOT', not: { region: 'London' } });
    const near = await codes({ withinKm: { km: 20, authority: SOUTHWARK } });
    expect(hot.every((c) => near.includes(c))).toBe(true);
    expect(hot.every((c) => !c.startsWith('E09'))).toBe(true);
  });

  it('bbox: districts whose boundary meets a WGS84 box', async () => {
    expect(await codes({ bbox: [-0.13, 51.506, -0.127, 51.509] })).toEqual([WESTMINSTER]);
    expect((await codes({ bbox: [-0.2, 51.45, -0.05, 51.55] })).length).toBeGreaterThan(5);
  });

  it('intersects: districts meeting a GeoJSON geometry', async () => {
    expect(await codes({ intersects: { type: 'Point', coordinates: [-0.1281, 51.508] } })).toEqual([WESTMINSTER]);
    const line = await codes({
      intersects: {
        type: 'LineString',
        coordinates: [
          [-0.1281, 51.508],
          [-0.09, 51.5],
        ],
      },
    });
    expect(line).toEqual(expect.arrayContaining([WESTMINSTER, SOUTHWARK]));
  });

  it('rejects bad distances, boxes and geometries with a message saying what is wrong', async () => {
    const cases: [AuthorityFilter, string, string | RegExp][] = [
      [
        { withinKm: { km: -1, authority: 'E09000028' } },
        'filter.withinKm.km',
        'filter.withinKm.km must be between 0 and 1000 (got -1)',
      ],
      [
        { withinKm: { km: 5000, lon: 0, lat: 51 } },
        'filter.withinKm.km',
        'filter.withinKm.km must be between 0 and 1000 (got 5000)',
      ],
      [
        { withinKm: { km: 5, authority: 'E99999999' } },
        'filter.withinKm.authority',
        'filter.withinKm.authority "E99999999" is not the ONS code of an English district (e.g. E09000028)',
      ],
      [
        { withinKm: { km: 5, lon: 0, lat: 51, authority: 'E09000028' } },
        'filter.withinKm.authority',
        'filter.withinKm needs exactly one of: lon and lat, easting and northing, or authority',
      ],
      [
        { withinKm: { km: 5, lat: 95, lon: 0 } },
        'filter.withinKm.lat',
        'filter.withinKm.lat must be between -90 and 90 (got 95)',
      ],
      [{ bbox: [0, 51, 1] }, 'filter.bbox', 'filter.bbox must be [minLon, minLat, maxLon, maxLat] (got 3 numbers)'],
      [
        { bbox: [1, 51, 0, 52] },
        'filter.bbox',
        'filter.bbox must have minLon < maxLon and minLat < maxLat (got [1,51,0,52])',
      ],
      [{ bbox: [0, 51, 1, 99] }, 'filter.bbox', /longitudes -180..180 and latitudes -90..90/],
      [
        {
          intersects: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 51],
                [1, 51],
                [1, 52],
              ],
            ],
          },
        },
        'filter.intersects',
        /^filter.intersects is not valid GeoJSON: .*four or more positions.*should be the same/,
      ],
      [
        {
          intersects: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 51],
                [1, 52],
                [1, 51],
                [0, 52],
                [0, 51],
              ],
            ],
          },
        },
        'filter.intersects',
        /^filter.intersects is not a valid geometry: Self-intersection/,
      ],
      [
        { intersects: { type: 'Feature', geometry: null, properties: {} } },
        'filter.intersects',
        /^filter.intersects must be a GeoJSON geometry/,
      ],
      [
        { intersects: { type: 'Point', coordinates: [200, 51] } },
        'filter.intersects',
        'filter.intersects must use WGS84 longitude -180..180 and latitude -90..90; got position [200, 51]',
      ],
      [
        { intersects: { type: 'Point', coordinates: ['a', 51] } },
        'filter.intersects',
        /^filter.intersects is not valid GeoJSON/,
      ],
      // The size bound comes before the structural check, which would read every position.
      [
        { intersects: syntheticLine(MAX_GEOMETRY_POSITIONS + 1) },
        'filter.intersects',
        `filter.intersects has more than ${MAX_GEOMETRY_POSITIONS} positions; simplify it first`,
      ],
      [
        {
          intersects: {
            type: 'GeometryCollection',
            geometries: [syntheticLine(MAX_GEOMETRY_POSITIONS / 2), syntheticLine(MAX_GEOMETRY_POSITIONS / 2 + 1)],
          },
        },
        'filter.intersects',
        `filter.intersects has more than ${MAX_GEOMETRY_POSITIONS} positions; simplify it first`,
      ],
      [
        {
          intersects: {
            type: 'LineString',
            coordinates: [...syntheticLine(MAX_GEOMETRY_POSITIONS).coordinates, ['a']],
          },
        },
        'filter.intersects',
        /^filter.intersects is not valid GeoJSON/,
      ],
    ];
    for (const [filter, argument, message] of cases) {
      const result = await api.run(AuthorityCountDocument, { filter });
      expect({
        filter,
        code: result.errors?.[0]?.extensions?.code,
        argument: result.errors?.[0]?.extensions?.argument,
      }).toEqual({ filter, code: 'BAD_USER_INPUT', argument });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
  });
});

describe('coastal districts', () => {
  const classification = async (code: string) =>
    (await api.data(CoastalClassificationDocument, { code })).authority!.classification;

  it('flags seaside and island districts coastal', async () => {
    for (const code of ['E06000009', 'E06000052', ISLE_OF_WIGHT, ISLES_OF_SCILLY, 'E07000112']) {
      const c = await classification(code);
      expect({ code, ...c, long: c.coastlineKm > 5 }).toEqual({
        code,
        coastal: true,
        coastlineKm: c.coastlineKm,
        long: true,
      });
    }
  });

  it('does not flag districts on the tidal Thames, inland, or on the Welsh border', async () => {
    for (const code of [WESTMINSTER, SOUTHWARK, TOWER_HAMLETS, 'E08000025', HEREFORDSHIRE, 'E06000051']) {
      expect({ code, ...(await classification(code)) }).toEqual({ code, coastal: false, coastlineKm: 0 });
    }
  });

  it('filters by coastal consistently with the classification', async () => {
    const data = await api.data(CoastalClassificationListDocument, { first: 500 });
    const flagged = data.authorities.nodes
      .filter((n) => n.classification.coastal)
      .map((n) => n.code)
      .sort();
    expect(flagged.length).toBeGreaterThan(60);
    expect(flagged.length).toBeLessThan(120);
    for (const n of data.authorities.nodes) expect(n.classification.coastal).toBe(n.classification.coastlineKm >= 0.5);
    expect(await codes({ coastal: true })).toEqual(flagged);
    expect((await codes({ coastal: false })).length).toBe(326 - flagged.length);
  });

  const codes = async (filter: AuthorityFilter): Promise<string[]> =>
    (await api.data(AuthorityCodesDocument, { first: 500, filter })).authorities.nodes.map((n) => n.code).sort();
});
