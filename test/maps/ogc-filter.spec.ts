/**
 * OGC API – Features Part 3 on the `authorities` collection: the queryables, the conformance
 * classes, and CQL2 filters (text and JSON) that give the same districts as GraphQL's filter
 * asked the same question, because both compile to the same criteria and SQL; sortby (as
 * GraphQL's orderBy) and properties. Errors are 400s
 * that name the parameter and, for the filter, the token and its position.
 */
import { AuthorityCodesDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';
import { useTestServers } from '../support/server';

const servers = useTestServers();
const api = useTestApi();
let base: string;

beforeAll(async () => {
  ({ base } = await servers.start());
});

const get = async (
  path: string,
  params: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: any }> => {
  const url = new URL(`${base}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
  };
};

/** The codes of the districts a CQL2 filter selects, in code order (one page holds them all). */
async function ogcCodes(filter: string, params: Record<string, string> = {}): Promise<string[]> {
  const { status, body } = await get('/ogc/collections/authorities/items', { filter, limit: '500', ...params });
  expect({ status, body: status === 200 ? undefined : body }).toEqual({ status: 200, body: undefined });
  expect(body.numberMatched).toBe(body.features.length);
  return body.features.map((f: { id: string }) => f.id);
}

/** The codes GraphQL's filter selects, in code order. */
async function graphqlCodes(filter: object): Promise<string[]> {
  const { authorities } = await api.data(AuthorityCodesDocument, { filter, first: 500 } as never);
  return authorities.nodes.map((n) => n.code).sort();
}

const LEEDS = { lon: -1.5491, lat: 53.8008 };
// A triangle over the Pennines (test geometry, not data).
const TRIANGLE = [
  [-2.6, 53.3],
  [-1.2, 53.4],
  [-2.0, 54.2],
  [-2.6, 53.3],
];
const wkt = (ring: number[][]) => `POLYGON((${ring.map(([x, y]) => `${x} ${y}`).join(', ')}))`;

describe('queryables and conformance', () => {
  it('lists the properties a filter may name, as JSON Schema, linked from the collection', async () => {
    const collection = await get('/ogc/collections/authorities');
    const link = collection.body.links.find(
      (l: { rel: string }) => l.rel === 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
    );
    expect(link.href).toBe(`${base}/ogc/collections/authorities/queryables`);
    // With no preference (*/*), JSON Schema's own media type.
    const response = await fetch(`${base}/ogc/collections/authorities/queryables`);
    const [status, headers, body] = [response.status, response.headers, await response.json()];
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(body).toMatchObject({ type: 'object', $id: link.href, additionalProperties: false });
    expect(body.properties.geometry).toMatchObject({
      format: 'geometry-multipolygon',
      'x-ogc-role': 'primary-geometry',
    });
    expect(body.properties.band).toMatchObject({ type: 'string', enum: ['HOTSPOT', 'COLDSPOT', 'NEITHER'] });
    expect(body.properties.rank.type).toBe('integer');
    expect(body.properties.coastal.type).toBe('boolean');
    // Every queryable is a property of the features (besides the geometry), so a client can show what it filtered on.
    const page = await get('/ogc/collections/authorities/items', { limit: '1' });
    expect(
      Object.keys(body.properties)
        .filter((k) => k !== 'geometry')
        .sort(),
    ).toEqual(Object.keys(page.body.features[0].properties).sort());
  });

  it('declares Part 3 and the CQL2 classes it honours, and no others', async () => {
    const { body } = await get('/ogc/conformance');
    const cql2 = body.conformsTo.filter((c: string) => /cql2|features-3/.test(c)).sort();
    expect(cql2).toEqual(
      [
        'http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators',
        'http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2',
        'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions',
        'http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-json',
        'http://www.opengis.net/spec/cql2/1.0/conf/cql2-text',
        'http://www.opengis.net/spec/cql2/1.0/conf/property-property',
        'http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
      ].sort(),
    );
    const apiDoc = await get('/ogc/api');
    const names = apiDoc.body.paths['/collections/authorities/items'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['filter', 'filter-lang', 'filter-crs']));
    expect(apiDoc.body.paths['/collections/authorities/queryables']).toBeDefined();
  });
});

describe('a CQL2 filter gives the districts GraphQL gives for the same question', () => {
  it('coastal coldspots, in text and in JSON', async () => {
    const expected = await graphqlCodes({ band: 'COLDSPOT', coastal: true });
    expect(expected.length).toBeGreaterThan(5);
    expect(await ogcCodes("band = 'COLDSPOT' AND coastal = true")).toEqual(expected);
    const json = {
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'band' }, 'COLDSPOT'] },
        { op: '=', args: [{ property: 'coastal' }, true] },
      ],
    };
    expect(await ogcCodes(JSON.stringify(json), { 'filter-lang': 'cql2-json' })).toEqual(expected);
  });

  it('a range of ranks (BETWEEN, and the same as two comparisons)', async () => {
    const expected = await graphqlCodes({ rankFrom: 10, rankTo: 30 });
    expect(expected).toHaveLength(21);
    expect(await ogcCodes('rank BETWEEN 10 AND 30')).toEqual(expected);
    expect(await ogcCodes('rank >= 10 AND rank <= 30')).toEqual(expected);
    expect(await ogcCodes('NOT (rank < 10 OR rank > 30)')).toEqual(expected);
  });

  it('regions by name (IN, and OR)', async () => {
    const expected = await graphqlCodes({ or: [{ region: 'North East' }, { region: 'London' }] });
    expect(await ogcCodes("region IN ('North East', 'London')")).toEqual(expected);
    expect(await ogcCodes("region = 'North East' OR region = 'London'")).toEqual(expected);
  });

  it('rural hotspots outside the industrial districts, with the edition parameter', async () => {
    const expected = await graphqlCodes({ band: 'HOTSPOT', rural: true, industrial: false, edition: 2016 });
    expect(await ogcCodes("band = 'HOTSPOT' AND rural = true AND industrial <> true", { edition: '2016' })).toEqual(
      expected,
    );
  });

  it('names by pattern (LIKE) and codes by list (IN)', async () => {
    const everyone = await api.data(AuthorityCodesDocument, { first: 500 });
    const named = await ogcCodes("name LIKE 'North%'");
    const { authorities } = await api.data(AuthorityCodesDocument, { filter: { nameContains: 'North' }, first: 500 });
    // nameContains matches anywhere and in any case; LIKE 'North%' only at the start, in that case.
    expect(named.length).toBeGreaterThan(3);
    expect(named.every((c) => authorities.nodes.some((n) => n.code === c))).toBe(true);
    const codes = everyone.authorities.nodes.slice(0, 3).map((n) => n.code);
    expect(await ogcCodes(`code IN (${codes.map((c) => `'${c}'`).join(', ')})`)).toEqual([...codes].sort());
  });

  it('districts the edition does not rank (IS NULL), and a property compared with itself', async () => {
    const { authorities } = await api.data(AuthorityCodesDocument, { first: 500 });
    const ranked = await graphqlCodes({ rankFrom: 1 });
    const unranked = authorities.nodes
      .map((n) => n.code)
      .filter((c) => !ranked.includes(c))
      .sort();
    expect(unranked.length).toBeGreaterThan(0);
    expect(await ogcCodes('rank IS NULL')).toEqual(unranked);
    expect(await ogcCodes('rank IS NOT NULL')).toEqual(ranked);
    // property = property: null is not equal to itself, so only the ranked.
    expect(await ogcCodes('rank = rank')).toEqual(ranked);
  });

  it('within a distance of a point (S_DWITHIN, in metres) as withinKm measures', async () => {
    const expected = await graphqlCodes({ withinKm: { ...LEEDS, km: 10 } });
    expect(expected.length).toBeGreaterThan(1);
    expect(await ogcCodes(`S_DWITHIN(geometry, POINT(${LEEDS.lon} ${LEEDS.lat}), 10000)`)).toEqual(expected);
  });

  it('meeting a polygon (S_INTERSECTS) as intersects does, in text, JSON and British National Grid', async () => {
    const polygon = { type: 'Polygon', coordinates: [TRIANGLE] };
    const expected = await graphqlCodes({ intersects: polygon });
    expect(expected.length).toBeGreaterThan(5);
    expect(await ogcCodes(`S_INTERSECTS(geometry, ${wkt(TRIANGLE)})`)).toEqual(expected);
    const json = { op: 's_intersects', args: [{ property: 'geometry' }, polygon] };
    expect(await ogcCodes(JSON.stringify(json), { 'filter-lang': 'cql2-json' })).toEqual(expected);
    // A box in BNG metres (filter-crs) and the same box as bbox in BNG (bbox-crs) agree.
    const box = [400000, 420000, 440000, 460000];
    const viaFilter = await ogcCodes(`S_INTERSECTS(geometry, BBOX(${box.join(', ')}))`, {
      'filter-crs': 'http://www.opengis.net/def/crs/EPSG/0/27700',
    });
    const viaBbox = await get('/ogc/collections/authorities/items', {
      bbox: box.join(','),
      'bbox-crs': 'http://www.opengis.net/def/crs/EPSG/0/27700',
      limit: '500',
    });
    expect(viaFilter).toEqual(viaBbox.body.features.map((f: { id: string }) => f.id));
    expect(viaFilter.length).toBeGreaterThan(1);
  });

  it('inside a box (S_WITHIN) is a subset of meeting it, and disjoint is the rest', async () => {
    const box = 'BBOX(-2.6, 53.2, -1.0, 54.0)';
    const meets = await ogcCodes(`S_INTERSECTS(geometry, ${box})`);
    const inside = await ogcCodes(`S_WITHIN(geometry, ${box})`);
    const apart = await ogcCodes(`S_DISJOINT(geometry, ${box})`);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(meets.length);
    expect(inside.every((c) => meets.includes(c))).toBe(true);
    expect(meets.length + apart.length).toBe(326);
    // The box inside a district: S_CONTAINS with the property first; none contains a whole county-sized box.
    expect(await ogcCodes(`S_CONTAINS(geometry, ${box})`)).toEqual([]);
  });

  it('goes with the other parameters: bbox, band and paging', async () => {
    const all = await ogcCodes("band = 'COLDSPOT'");
    const page = await get('/ogc/collections/authorities/items', {
      filter: "band = 'COLDSPOT'",
      limit: '5',
      offset: '5',
    });
    expect(page.body.numberMatched).toBe(all.length);
    expect(page.body.features.map((f: { id: string }) => f.id)).toEqual(all.slice(5, 10));
    const next = page.body.links.find((l: { rel: string }) => l.rel === 'next');
    expect(new URL(next.href).searchParams.get('filter')).toBe("band = 'COLDSPOT'");
    expect(await ogcCodes('rural = true', { band: 'COLDSPOT' })).toEqual(
      await graphqlCodes({ rural: true, band: 'COLDSPOT' }),
    );
  });
});

describe('what GIS clients send', () => {
  it("reads filter-lang=cql-text (the draft's name, which GDAL's OAPIF driver sends) as CQL2 text, and 0/1 as booleans", async () => {
    const expected = await ogcCodes("band = 'COLDSPOT' AND coastal = true");
    // As GDAL 3.6 writes an attribute filter: each term in brackets, the boolean as an integer.
    expect(await ogcCodes("(band = 'COLDSPOT') AND (coastal = 1)", { 'filter-lang': 'cql-text' })).toEqual(expected);
    expect((await ogcCodes('coastal = 0')).length + (await ogcCodes('coastal = 1')).length).toBe(326);
    const two = await get('/ogc/collections/authorities/items', { filter: 'coastal = 2' });
    expect(two.body.description).toMatch(/coastal \(boolean\) cannot be compared with 2 \(number\)/);
  });

  it('sends the OpenAPI document and the queryables with media types GDAL accepts', async () => {
    const apiDoc = await fetch(`${base}/ogc/api`);
    expect(apiDoc.headers.get('content-type')).toBe('application/vnd.oai.openapi+json;version=3.0');
    const asJson = await fetch(`${base}/ogc/collections/authorities/queryables`, {
      headers: { accept: 'application/json' },
    });
    expect(asJson.headers.get('content-type')).toMatch(/^application\/json/);
    const asSchema = await fetch(`${base}/ogc/collections/authorities/queryables`, {
      headers: { accept: 'application/schema+json, application/json;q=0.9' },
    });
    expect(asSchema.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(await asSchema.json()).toEqual(await asJson.json());
  });
});

describe('sortby and properties', () => {
  it('sorts by queryables as GraphQL orders, descending with "-", and by several keys', async () => {
    const { authorities } = await api.data(AuthorityCodesDocument, {
      filter: { band: 'COLDSPOT' },
      orderBy: 'SCORE_DESC',
      first: 500,
    });
    const expected = authorities.nodes.map((n) => n.code);
    const page = await get('/ogc/collections/authorities/items', {
      filter: "band = 'COLDSPOT'",
      sortby: '-score',
      limit: '500',
    });
    expect(page.body.features.map((f: { id: string }) => f.id)).toEqual(expected);
    // Region A to Z, then the largest population first within each: checked on what comes back.
    const two = await get('/ogc/collections/authorities/items', {
      sortby: 'region,-population',
      properties: 'region,population',
      limit: '500',
    });
    const rows = two.body.features.map((f: { properties: { region: string; population: number } }) => f.properties);
    expect(rows).toHaveLength(326);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(a.region < b.region || (a.region === b.region && a.population >= b.population)).toBe(true);
    }
    // "+" (a space once decoded) and nothing both mean ascending.
    const plus = await fetch(`${base}/ogc/collections/authorities/items?sortby=+name&properties=name&limit=3`).then(
      (r) => r.json(),
    );
    const bare = await get('/ogc/collections/authorities/items', { sortby: 'name', properties: 'name', limit: '3' });
    expect(plus.features.map((f: { id: string }) => f.id)).toEqual(bare.body.features.map((f: { id: string }) => f.id));
  });

  it('returns only the properties asked for, in that order', async () => {
    const { body } = await get('/ogc/collections/authorities/items', { properties: 'name,band', limit: '2' });
    expect(Object.keys(body.features[0].properties)).toEqual(['name', 'band']);
    expect(body.features[0].geometry.type).toBe('MultiPolygon');
  });

  it.each([
    ['sortby', '-rnak', /sortby names queryables, each with - for descending: code, name, .* \(got "rnak"\)/],
    ['sortby', 'geometry', /got "geometry"/],
    ['sortby', 'rank,-rank', /each property at most once/],
    ['properties', 'name,boundary', /properties must be a comma-separated list of code, name, .* \(got "boundary"\)/],
  ])('%s=%s is a 400 naming it', async (parameter, value, message) => {
    const { status, body } = await get('/ogc/collections/authorities/items', { [parameter]: value });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.description).toMatch(message);
  });
});

describe('a filter that cannot be answered is a 400 that says why', () => {
  it.each([
    [
      "bnad = 'COLDSPOT'",
      'filter',
      /unknown property "bnad" at position 1; the queryables are code, name, region, rank, score, band, quintile, coastal, rural, industrial, population, geometry/,
    ],
    ["band = 'coldspot'", 'filter', /band is one of HOTSPOT, COLDSPOT, NEITHER \(got "coldspot"\)/],
    ["rank = 'ten'", 'filter', /rank \(integer\) cannot be compared with "ten" \(string\)/],
    ["band = 'COLDSPOT' AND", 'filter', /not valid CQL2 text: unexpected the end of the filter at position 22/],
    ["CASEI(name) = 'leeds'", 'filter', /CASEI\(…\) at position 6 .* is not a function this API evaluates/],
    ['coastal > true', 'filter', /booleans can only be compared with = and <>/],
    ['S_INTERSECTS(geometry, POINT(500 54))', 'filter', /WGS84 longitude -180\.\.180/],
    ['S_INTERSECTS(name, POINT(-1 54))', 'filter', /"name" is not a geometry/],
    ['geometry IS NULL', 'filter', /geometry at position 1 can only be used in a spatial function/],
    [`${'NOT ('.repeat(12)}rank = 1${')'.repeat(12)}`, 'filter', /levels deep; at most 10/],
  ])('%s', async (filter, parameter, message) => {
    const { status, body } = await get('/ogc/collections/authorities/items', { filter });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.description).toMatch(message);
  });

  it('names filter-lang, filter-crs and malformed CQL2 JSON', async () => {
    const lang = await get('/ogc/collections/authorities/items', { filter: 'rank = 1', 'filter-lang': 'ecql' });
    expect(lang.status).toBe(400);
    expect(lang.body).toMatchObject({ parameter: 'filter-lang' });
    expect(lang.body.description).toMatch(/filter-lang must be one of cql2-text, cql2-json \(got "ecql"\)/);
    const crs = await get('/ogc/collections/authorities/items', { filter: 'rank = 1', 'filter-crs': 'EPSG:4326' });
    expect(crs.body).toMatchObject({ parameter: 'filter-crs' });
    const json = await get('/ogc/collections/authorities/items', {
      filter: '{"op": "=", "args": [',
      'filter-lang': 'cql2-json',
    });
    expect(json.status).toBe(400);
    expect(json.body.description).toMatch(/filter is not valid JSON \(filter-lang=cql2-json\)/);
    const shape = await get('/ogc/collections/authorities/items', {
      filter: '{"op": "=", "args": [{"property": "rank"}]}',
      'filter-lang': 'cql2-json',
    });
    expect(shape.body.description).toMatch(/= takes 2 arguments \(got 1\)/);
  });

  it('the areas collection takes no filter, and says so', async () => {
    const items = await get('/ogc/collections/areas/items', { filter: 'rank = 1' });
    expect(items.status).toBe(400);
    expect(items.body).toMatchObject({ parameter: 'filter' });
    const queryables = await get('/ogc/collections/areas/queryables');
    expect(queryables.status).toBe(404);
    expect(queryables.body.description).toMatch(/the collection areas takes no filter/);
  });
});
