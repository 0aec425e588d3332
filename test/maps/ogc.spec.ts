/**
 * OGC API – Features under /ogc: landing page, conformance, the `authorities` collection, its
 * items with paging, bbox (CRS84 or EPSG:27700), crs and property filters, single items, the
 * `areas` collection (the areas people name, with their summaries, as GraphQL gives them), the
 * OpenAPI definition, HTML views, and errors that name the parameter. GDAL's own check of the
 * same endpoints is `npm run gdal-check` (it needs Debian's gdal-bin, so CI runs it apart).
 */
import { AreaSummariesDocument, AuthorityCodesDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { useTestServers } from '../support/server';

// The reference cache on, as the server runs it (REFERENCE_CACHE_MS), for the extent.
const servers = useTestServers({ referenceCacheMs: 60000 });
const api = useTestApi();
let base: string;

beforeAll(async () => {
  ({ base } = await servers.start());
});

const get = async (
  path: string,
  accept = 'application/json',
): Promise<{ status: number; headers: Headers; body: any }> => {
  const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, { headers: { accept } });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
  };
};

const EPSG_27700 = 'http://www.opengis.net/def/crs/EPSG/0/27700';
const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

describe('the landing page, conformance and collections', () => {
  it('links the API definition, conformance and the collections', async () => {
    const { status, body } = await get('/ogc');
    expect(status).toBe(200);
    const rels = Object.fromEntries(body.links.map((l: { rel: string; href: string }) => [l.rel, l.href]));
    expect(rels).toMatchObject({
      self: `${base}/ogc`,
      'service-desc': `${base}/ogc/api`,
      conformance: `${base}/ogc/conformance`,
      data: `${base}/ogc/collections`,
    });
    const apiDoc = await get('/ogc/api');
    expect(apiDoc.headers.get('content-type')).toMatch(/^application\/vnd\.oai\.openapi\+json; ?version="?3\.0/);
    expect(apiDoc.body.openapi).toMatch(/^3\.0\./);
    expect(Object.keys(apiDoc.body.paths)).toEqual(
      expect.arrayContaining([
        '/collections/authorities/items',
        '/collections/areas/items',
        '/collections/areas/items/{featureId}',
      ]),
    );
  });

  it('conforms to Part 1 core, GeoJSON, HTML, OpenAPI 3.0 and Part 2 CRS', async () => {
    const { body } = await get('/ogc/conformance');
    expect(body.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
      ]),
    );
  });

  it('describes one collection, its extent and both CRSs', async () => {
    const { body } = await get('/ogc/collections');
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual([
      'authorities',
      'areas',
      'neighbours',
      'nearest-hotspots',
    ]);
    const one = await get('/ogc/collections/authorities');
    expect(one.body.crs).toEqual([CRS84, EPSG_27700]);
    expect(one.body.extent.spatial.bbox[0][0]).toBeLessThan(-5.5);
    // The extent changes only on import: worked out once per data version, then no statement.
    const again = await get('/ogc/collections/authorities');
    expect(again.body.extent).toEqual(one.body.extent);
    expect(again.headers.get('x-sql-statements')).toBe('0');
    expect((await get('/ogc/collections/roads')).status).toBe(404);
  });
});

describe('items', () => {
  it('pages through all 326 districts with next links, each page one statement', async () => {
    const codes: string[] = [];
    let next: string | undefined = '/ogc/collections/authorities/items?limit=100';
    let pages = 0;
    while (next) {
      const { status, headers, body } = await get(next, 'application/geo+json');
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^application\/geo\+json/);
      expect(headers.get('content-crs')).toBe(`<${CRS84}>`);
      expect(body.numberMatched).toBe(326);
      expect(body.numberReturned).toBe(body.features.length);
      codes.push(...body.features.map((f: { id: string }) => f.id));
      next = body.links.find((l: { rel: string }) => l.rel === 'next')?.href;
      pages += 1;
    }
    expect(pages).toBe(4);
    expect(new Set(codes).size).toBe(326);
  });

  it('filters by band, coastal and region as the GraphQL filter does', async () => {
    const { body } = await get('/ogc/collections/authorities/items?band=coldspot&coastal=true&limit=500');
    const { authorities } = await api.data(AuthorityCodesDocument, {
      filter: { band: 'COLDSPOT', coastal: true },
      first: 500,
    });
    expect(body.numberMatched).toBe(authorities.totalCount);
    expect(body.features.map((f: { id: string }) => f.id)).toEqual(authorities.nodes.map((n) => n.code));
    for (const f of body.features) expect(f.properties).toMatchObject({ band: 'COLDSPOT', coastal: true });
    const london = await get('/ogc/collections/authorities/items?region=London&limit=50');
    expect(london.body.numberMatched).toBe(33);
  });

  it('filters by a bbox in CRS84 or in EPSG:27700, and answers in EPSG:27700', async () => {
    // Around Westminster: lon -0.15..-0.12, lat 51.49..51.51, or the same in BNG metres.
    const wgs = await get('/ogc/collections/authorities/items?bbox=-0.15,51.49,-0.12,51.51');
    const bng = await get(
      `/ogc/collections/authorities/items?bbox=528500,178500,530500,180500&bbox-crs=${encodeURIComponent(EPSG_27700)}&crs=${encodeURIComponent(EPSG_27700)}`,
    );
    for (const page of [wgs, bng]) expect(page.body.features.map((f: { id: string }) => f.id)).toContain('E09000033');
    expect(bng.headers.get('content-crs')).toBe(`<${EPSG_27700}>`);
    const [e, n] = bng.body.features[0].geometry.coordinates[0][0][0];
    expect(e).toBeGreaterThan(500000);
    expect(n).toBeGreaterThan(150000);
  });

  it('serves one district by its code, and 404 for an unknown one', async () => {
    const { status, body } = await get('/ogc/collections/authorities/items/E09000033');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'Feature',
      id: 'E09000033',
      properties: { name: 'Westminster', band: 'HOTSPOT', rank: 1 },
    });
    // Cacheable until the data changes: the same request with its ETag gets 304.
    const etag = (await fetch(`${base}/ogc/collections/authorities/items/E09000033`)).headers.get('etag')!;
    expect(etag).toMatch(/^W\/"ogc-\d+-j-/);
    expect(
      (await fetch(`${base}/ogc/collections/authorities/items/E09000033`, { headers: { 'if-none-match': etag } }))
        .status,
    ).toBe(304);
    const missing = await get('/ogc/collections/authorities/items/E99999999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it.each([
    ['limit=0', 'limit', /limit must be an integer from 1 to 500/],
    ['bbox=1,2,3', 'bbox', /bbox must be four numbers/],
    ['crs=EPSG:4326', 'crs', /crs must be one of/],
    ['band=LUKEWARM', 'band', /band must be one of HOTSPOT, COLDSPOT, NEITHER/],
    ['region=Atlantis', 'region', /region "Atlantis" is not an English region/],
    ['rural=yes', 'rural', /rural must be true or false/],
    ['colour=red', 'colour', /unknown query parameter "colour"/],
  ])('answers %s with 400 naming %s', async (query, parameter, message) => {
    const { status, body } = await get(`/ogc/collections/authorities/items?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.description).toMatch(message);
  });
});

describe('the areas collection', () => {
  it('lists the areas of a kind in force in a year, as GraphQL does, with their derived summaries', async () => {
    const { body, headers } = await get('/ogc/collections/areas/items?kind=COUNTY&asOf=2025&limit=100');
    expect(headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const { areas } = await api.data(AreaSummariesDocument, { kind: 'COUNTY', asOf: 2025, first: 100 });
    expect(body.numberMatched).toBe(areas.totalCount);
    const byCode = new Map(areas.nodes.map((n) => [n.code, n.summary]));
    expect(body.features.map((f: { id: string }) => f.id).sort()).toEqual([...byCode.keys()].sort());
    for (const f of body.features as { id: string; properties: Record<string, number> }[]) {
      const s = byCode.get(f.id)!;
      expect({
        id: f.id,
        districts: f.properties.districts,
        coldspots: f.properties.coldspots,
        population: f.properties.population,
      }).toEqual({ id: f.id, districts: s.districtCount, coldspots: s.coldspotCount, population: s.population });
    }
  });

  it('serves one area by its code, finds areas by part of a name, and names a bad parameter', async () => {
    const norfolk = await get('/ogc/collections/areas/items/E10000020');
    expect(norfolk.status).toBe(200);
    expect(norfolk.body).toMatchObject({
      type: 'Feature',
      id: 'E10000020',
      geometry: { type: 'MultiPolygon' },
      properties: { name: 'Norfolk', kind: 'COUNTY', districts: 7 },
    });
    const found = await get('/ogc/collections/areas/items?name=kings%20lynn');
    expect(found.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual([
      "King's Lynn and West Norfolk",
    ]);
    expect((await get('/ogc/collections/areas/items/E10999999')).status).toBe(404);
    const bad = await get('/ogc/collections/areas/items?kind=PARISH');
    expect(bad).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', parameter: 'kind' } });
    const year = await get('/ogc/collections/areas/items?asOf=1999');
    expect(year).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', parameter: 'asOf' } });
  });

  it('gives the districts of an area through the authorities collection', async () => {
    const { body } = await get('/ogc/collections/authorities/items?area=E47000001&limit=50');
    const { authorities } = await api.data(AuthorityCodesDocument, { filter: { area: 'E47000001' } });
    expect(body.features.map((f: { id: string }) => f.id)).toEqual(authorities.nodes.map((n) => n.code));
  });
});

describe('HTML views', () => {
  it('shows a browser the items as a table, with the properties escaped', async () => {
    const { status, headers, body } = await get(
      '/ogc/collections/authorities/items?region=London&limit=40',
      'text/html',
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toMatch(/<h1>Districts 1–33 of 33<\/h1>/);
    expect(body).toContain('Kensington and Chelsea');
    expect(body).not.toMatch(/<script/);
    const landing = await get('/ogc?f=html', 'application/json');
    expect(landing.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
