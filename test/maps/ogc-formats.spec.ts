/**
 * The OGC API's items as CSV (f=csv): the same features as the JSON pages, their properties as
 * columns and their geometry as WKT (or none), streamed in chunks past the JSON page limit, with
 * filters, CRS and errors as for JSON; and as FlatGeobuf (f=fgb), served a byte range at a time
 * as readers over HTTP ask (GDAL reading it through its spatial index: npm run gdal-check).
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import { parse } from 'csv-parse/sync';
import { useTestServers } from '../support/server';

const servers = useTestServers();
let base: string;

beforeAll(async () => {
  ({ base } = await servers.start());
});

async function fetchUrl(path: string, params: Record<string, string>): Promise<Response> {
  const url = new URL(`${base}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return fetch(url);
}

const json = async (path: string, params: Record<string, string>) =>
  (await fetchUrl(path, params)).json() as Promise<any>;

async function csv(
  path: string,
  params: Record<string, string>,
): Promise<{ response: Response; rows: Record<string, string>[] }> {
  const response = await fetchUrl(path, { ...params, f: 'csv' });
  const text = await response.text();
  return { response, rows: response.ok ? (parse(text, { columns: true }) as Record<string, string>[]) : [] };
}

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

describe('f=csv', () => {
  it('has a row per feature of the JSON page: its properties, and its geometry as WKT', async () => {
    const params = { filter: "band = 'COLDSPOT'", limit: '100' };
    const page = await json('/ogc/collections/authorities/items', params);
    const { response, rows } = await csv('/ogc/collections/authorities/items', params);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-number-matched')).toBe(String(page.numberMatched));
    expect(rows).toHaveLength(page.features.length);
    page.features.forEach((f: any, i: number) => {
      const { wkt, ...properties } = rows[i]!;
      expect(properties).toEqual(Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, cell(v)])));
      expect(wktToGeoJSON(wkt!)).toEqual(f.geometry);
    });
  });

  it('streams past the JSON page limit, chunk by chunk, in order', async () => {
    const first = await json('/ogc/collections/neighbours/items', { limit: '500' });
    const second = await json('/ogc/collections/neighbours/items', { limit: '500', offset: '500' });
    const { rows } = await csv('/ogc/collections/neighbours/items', { limit: '10000', geometry: 'none' });
    expect(rows).toHaveLength(first.numberMatched);
    expect(rows.length).toBeGreaterThan(600);
    expect(rows.map((r) => `${r.code}-${r.neighbour_code}`)).toEqual(
      [...first.features, ...second.features].map((f: any) => f.id),
    );
    expect(Object.keys(rows[0]!)).not.toContain('wkt');
  });

  it('gives coordinates in the CRS asked for', async () => {
    const { response, rows } = await csv('/ogc/collections/nearest-hotspots/items', {
      crs: 'http://www.opengis.net/def/crs/EPSG/0/27700',
      limit: '5',
    });
    expect(response.headers.get('content-crs')).toBe('<http://www.opengis.net/def/crs/EPSG/0/27700>');
    const line = wktToGeoJSON(rows[0]!.wkt!) as { coordinates: number[][] };
    expect(line.coordinates[0]![0]).toBeGreaterThan(1000);
  });

  it('is linked from the JSON page and declared in the OpenAPI document', async () => {
    const page = await json('/ogc/collections/areas/items', { limit: '1' });
    expect(page.links.find((l: any) => l.type === 'text/csv').href).toMatch(/f=csv/);
    const apiDoc = await json('/ogc/api', {});
    const f = apiDoc.paths['/collections/areas/items'].get.parameters.find((p: any) => p.name === 'f');
    expect(f.schema.enum).toContain('csv');
  });

  it('refuses what it cannot do with a 400 naming the parameter, before sending anything', async () => {
    const limit = await fetchUrl('/ogc/collections/authorities/items', { f: 'csv', limit: '10001' });
    expect(limit.status).toBe(400);
    expect(await limit.json()).toMatchObject({ parameter: 'limit' });
    const geometry = await fetchUrl('/ogc/collections/authorities/items', { geometry: 'none' });
    expect(geometry.status).toBe(400);
    expect(await geometry.json()).toMatchObject({ parameter: 'geometry' });
    const filter = await csv('/ogc/collections/authorities/items', { filter: 'bnad = 1' });
    expect(filter.response.status).toBe(400);
    const f = await fetchUrl('/ogc/collections', { f: 'csv' });
    expect(f.status).toBe(400);
  });
});

describe('f=fgb', () => {
  const url = (params: Record<string, string>) => {
    const u = new URL(`${base}/ogc/collections/authorities/items`);
    for (const [k, v] of Object.entries({ f: 'fgb', ...params })) u.searchParams.set(k, v);
    return u;
  };

  it('is a FlatGeobuf file of the page, its features counted as the JSON page counts them', async () => {
    const page = await json('/ogc/collections/authorities/items', { filter: "band = 'HOTSPOT'", limit: '500' });
    const response = await fetch(url({ filter: "band = 'HOTSPOT'", limit: '500' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/flatgeobuf');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('x-number-matched')).toBe(String(page.numberMatched));
    const bytes = Buffer.from(await response.arrayBuffer());
    // The magic bytes of FlatGeobuf 3 ("fgb" 3 "fgb", then the patch version).
    expect([...bytes.subarray(0, 7)]).toEqual([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62]);
    expect(bytes.length).toBeGreaterThan(10000);
  });

  it('answers a byte range with 206 and that slice of the same file, and an impossible one with 416', async () => {
    const whole = Buffer.from(await (await fetch(url({ limit: '20' }))).arrayBuffer());
    const part = await fetch(url({ limit: '20' }), { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(100, 200));
    const beyond = await fetch(url({ limit: '20' }), { headers: { range: `bytes=${whole.length + 10}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${whole.length}`);
  });

  it('says so when a page has no feature, as a FlatGeobuf file here holds at least one', async () => {
    const empty = await fetch(url({ filter: "name = 'Atlantis'" }));
    expect(empty.status).toBe(404);
    expect((await empty.json()).description).toMatch(/f=json answers with an empty FeatureCollection/);
  });
});
