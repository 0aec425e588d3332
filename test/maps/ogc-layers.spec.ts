/**
 * The spatial answers as OGC API layers: `neighbours` (one line per pair of neighbouring
 * districts: the shared border, or the shortest line across the water) and `nearest-hotspots`
 * (from each district's centroid to its nearest hotspot's), each giving what GraphQL gives for
 * the same question, with paging, bbox, CRS, single items and errors that name the parameter.
 */
import { NearestHotspotsDocument, NeighboursOfDistrictDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { useTestServers } from '../support/server';

const servers = useTestServers();
const api = useTestApi();
let base: string;

beforeAll(async () => {
  ({ base } = await servers.start());
});

const get = async (path: string, params: Record<string, string> = {}): Promise<{ status: number; body: any }> => {
  const url = new URL(`${base}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
};

const NORTHUMBERLAND = 'E06000057';
const EPSG_27700 = 'http://www.opengis.net/def/crs/EPSG/0/27700';

describe('the neighbours collection', () => {
  it("gives a district's neighbours as GraphQL does, land borders as lines of the shared length", async () => {
    const { authority } = await api.data(NeighboursOfDistrictDocument, { code: NORTHUMBERLAND });
    const expected = authority!.neighbours
      .map((n) => ({ code: n.authority.code, kind: n.kind, km: n.sharedBorderKm ?? n.gapKm }))
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(expected.length).toBeGreaterThan(1);
    const { status, body } = await get('/ogc/collections/neighbours/items', { code: NORTHUMBERLAND, limit: '100' });
    expect(status).toBe(200);
    const got = body.features
      .map((f: any) => ({
        code: f.properties.code === NORTHUMBERLAND ? f.properties.neighbour_code : f.properties.code,
        kind: f.properties.kind,
        km: f.properties.shared_border_km ?? f.properties.gap_km,
      }))
      .sort((a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code));
    expect(got).toEqual(expected);
    expect(body.numberMatched).toBe(expected.length);
    for (const f of body.features) {
      expect(f.geometry.type).toBe('MultiLineString');
      expect(f.id).toBe(`${f.properties.code}-${f.properties.neighbour_code}`);
      expect(f.properties.code < f.properties.neighbour_code).toBe(true);
    }
  });

  it('draws a land border as long as GraphQL says it is (measured in British National Grid)', async () => {
    const { body } = await get('/ogc/collections/neighbours/items', {
      code: NORTHUMBERLAND,
      kind: 'LAND_BORDER',
      crs: EPSG_27700,
    });
    const lengthKm = (coords: number[][][]) =>
      coords.reduce(
        (sum, line) =>
          sum + line.slice(1).reduce((s, [x, y], i) => s + Math.hypot(x! - line[i]![0]!, y! - line[i]![1]!), 0),
        0,
      ) / 1000;
    for (const f of body.features)
      expect(lengthKm(f.geometry.coordinates)).toBeCloseTo(f.properties.shared_border_km, 0);
  });

  it('has across-water pairs as the shortest line, the gap its length', async () => {
    const { body } = await get('/ogc/collections/neighbours/items', {
      kind: 'ACROSS_WATER',
      crs: EPSG_27700,
      limit: '500',
    });
    expect(body.numberMatched).toBeGreaterThan(5);
    for (const f of body.features) {
      expect(f.properties.shared_border_km).toBeNull();
      const [[[x1, y1], [x2, y2]]] = f.geometry.coordinates;
      expect(Math.hypot(x2 - x1, y2 - y1) / 1000).toBeCloseTo(f.properties.gap_km, 1);
    }
  });

  it('pages, filters by bbox and serves one pair by its id', async () => {
    const all = await get('/ogc/collections/neighbours/items', { limit: '500' });
    const second = await get('/ogc/collections/neighbours/items', { limit: '500', offset: '500' });
    expect(all.body.numberMatched).toBe(all.body.features.length + second.body.features.length);
    expect(all.body.links.some((l: { rel: string }) => l.rel === 'next')).toBe(true);
    const near = await get('/ogc/collections/neighbours/items', { bbox: '-0.15,51.49,-0.12,51.51', limit: '100' });
    expect(near.body.numberMatched).toBeGreaterThan(0);
    expect(near.body.numberMatched).toBeLessThan(20);
    const one = near.body.features[0];
    const item = await get(`/ogc/collections/neighbours/items/${one.id}`);
    expect(item.status).toBe(200);
    expect(item.body.properties).toEqual(one.properties);
    expect((await get('/ogc/collections/neighbours/items/E09000033-E09000001')).status).toBe(404);
  });

  it('names a bad parameter', async () => {
    const kind = await get('/ogc/collections/neighbours/items', { kind: 'BRIDGE' });
    expect(kind.status).toBe(400);
    expect(kind.body).toMatchObject({ parameter: 'kind' });
    const code = await get('/ogc/collections/neighbours/items', { code: 'Leeds' });
    expect(code.body).toMatchObject({ parameter: 'code' });
  });
});

describe('the nearest-hotspots collection', () => {
  it("gives each district's nearest hotspot and distance as GraphQL does, a line between their centroids", async () => {
    const { authorities } = await api.data(NearestHotspotsDocument, { first: 500 });
    const expected = new Map(authorities.nodes.map((n) => [n.code, n]));
    const { body } = await get('/ogc/collections/nearest-hotspots/items', { limit: '500', crs: EPSG_27700 });
    expect(body.numberMatched).toBe(expected.size);
    for (const f of body.features) {
      const node = expected.get(f.properties.code)!;
      expect(f.properties.hotspot_code).toBe(node.nearestHotspot!.authority.code);
      expect(f.properties.distance_km).toBeCloseTo(node.nearestHotspot!.distanceKm, 6);
      expect(f.geometry.type).toBe('LineString');
      const [start, end] = f.geometry.coordinates;
      expect(start[0]).toBeCloseTo(node.centroid.coordinates[0], 0);
      expect(start[1]).toBeCloseTo(node.centroid.coordinates[1], 0);
      expect(Math.hypot(end[0] - start[0], end[1] - start[1]) / 1000).toBeCloseTo(f.properties.distance_km, 2);
    }
  });

  it('filters the districts as the authorities collection does, and serves one by its code', async () => {
    const coldspots = await get('/ogc/collections/authorities/items', {
      band: 'COLDSPOT',
      coastal: 'true',
      limit: '100',
    });
    const lines = await get('/ogc/collections/nearest-hotspots/items', {
      band: 'COLDSPOT',
      coastal: 'true',
      limit: '100',
    });
    expect(lines.body.features.map((f: { id: string }) => f.id)).toEqual(
      coldspots.body.features.map((f: { id: string }) => f.id),
    );
    const one = await get(`/ogc/collections/nearest-hotspots/items/${lines.body.features[0].id}`);
    expect(one.body.properties).toEqual(lines.body.features[0].properties);
  });
});

describe('the collections list', () => {
  it('lists the four collections, each with its items and extent', async () => {
    const { body } = await get('/ogc/collections');
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual([
      'authorities',
      'areas',
      'neighbours',
      'nearest-hotspots',
    ]);
    const apiDoc = await get('/ogc/api');
    expect(Object.keys(apiDoc.body.paths)).toEqual(
      expect.arrayContaining(['/collections/neighbours/items', '/collections/nearest-hotspots/items/{featureId}']),
    );
  });
});
