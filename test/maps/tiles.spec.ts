/**
 * Vector tiles: /tiles/{z}/{x}/{y}.mvt from ST_AsMVT with one layer, `authorities`, decoded here
 * with @mapbox/vector-tile (a client we did not write), and the TileJSON document at /tiles.json.
 */
import { hasNativeMvt, vectorTile } from '../../src/maps/tiles.queries';
import { useTestServers } from '../support/server';
import { AuthorityCodesDocument, DistrictTilePropertiesDocument, EditionNumbersDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';

const servers = useTestServers();
const api = useTestApi();
let base: string;
let decode: (bytes: ArrayBuffer) => Map<string, Record<string, unknown>>;

beforeAll(async () => {
  ({ base } = await servers.start());
  const { VectorTile } = await import('@mapbox/vector-tile');
  const { PbfReader } = await import('pbf');
  // Each feature's properties by its code.
  decode = (bytes) => {
    const layer = new VectorTile(new PbfReader(new Uint8Array(bytes))).layers.authorities;
    const out = new Map<string, Record<string, unknown>>();
    for (let i = 0; layer && i < layer.length; i++) {
      const f = layer.feature(i);
      out.set(String(f.properties.code), { ...f.properties, type: f.type });
    }
    return out;
  };
});

const tile = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${base}${path}`, { headers });

describe('vector tiles', () => {
  it('cover every district of England at zoom 6, each once or more, with its band and rank', async () => {
    // England lies in x 28..32, y 19..22 at zoom 6 (lon -6.4..1.8, lat 49.9..55.8).
    const seen = new Map<string, Record<string, unknown>>();
    for (let x = 28; x <= 32; x++) {
      for (let y = 19; y <= 22; y++) {
        const response = await tile(`/tiles/6/${x}/${y}.mvt`);
        expect(response.status).toBe(200);
        for (const [code, props] of decode(await response.arrayBuffer())) seen.set(code, props);
      }
    }
    expect(seen.size).toBe(326);
    const { authorities } = await api.data(DistrictTilePropertiesDocument, { first: 500 });
    for (const node of authorities.nodes) {
      const props = seen.get(node.code)!;
      expect(props.type).toBe(3); // polygon
      expect(props).toMatchObject({
        rural: node.classification.rural,
        industrial: node.classification.industrial,
        coastal: node.classification.coastal,
      });
      if (node.mobility) {
        expect(props).toMatchObject({
          rank: node.mobility.rank,
          band: node.mobility.band,
          quintile: node.mobility.quintile,
        });
        expect(props.score).toBeCloseTo(node.mobility.score, 6);
      } else {
        // The two districts the edition does not rank carry no rank, score, band or quintile.
        expect([props.rank, props.score, props.band, props.quintile]).toEqual([
          undefined,
          undefined,
          undefined,
          undefined,
        ]);
      }
    }
  });

  it('keep every district at zoom 3, simplified to the zoom: fewer bytes than the zoom 6 tiles of the same area', async () => {
    // England lies in tiles 3/3/2 and 3/4/2 (either side of the Greenwich meridian).
    const codes = new Set<string>();
    let bytes = 0;
    for (const x of [3, 4]) {
      const body = await (await tile(`/tiles/3/${x}/2.mvt`)).arrayBuffer();
      bytes += body.byteLength;
      for (const code of decode(body).keys()) codes.add(code);
    }
    expect(codes.size).toBe(326);
    let z6 = 0;
    for (let x = 28; x <= 32; x++)
      for (let y = 19; y <= 22; y++) z6 += (await (await tile(`/tiles/6/${x}/${y}.mvt`)).arrayBuffer()).byteLength;
    expect(bytes).toBeLessThan(z6 * 0.75);
  });

  it('are cacheable: an ETag of the data version, and 304 for If-None-Match', async () => {
    const first = await tile('/tiles/8/127/85.mvt');
    expect(first.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"tile-\d+-\d{4}-8-127-85"$/);
    const again = await tile('/tiles/8/127/85.mvt', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    // Westminster is in this tile (lon -0.14, lat 51.50).
    expect(decode(await first.arrayBuffer()).get('E09000033')).toMatchObject({
      name: 'Westminster',
      band: 'HOTSPOT',
      rank: 1,
    });
  });

  it('hold the districts that reach into the tile, with either encoder (PostGIS ST_AsMVT, or PostGIS clipping and vt-pbf)', async () => {
    const { editions } = await api.data(EditionNumbersDocument);
    const edition = editions[0]!.edition;
    // Tile 6/31/21: lon -5.625..0, lat 48.92..52.48 (the Midlands, Wales' border and the South West).
    const [z, x, y] = [6, 31, 21];
    const lon = (i: number): number => (i / 2 ** z) * 360 - 180;
    const lat = (j: number): number => (Math.atan(Math.sinh(Math.PI - (2 * Math.PI * j) / 2 ** z)) * 180) / Math.PI;
    const inside = async (pad: number): Promise<Set<string>> => {
      const bbox = [lon(x) - pad, lat(y + 1) - pad, lon(x + 1) + pad, lat(y) + pad];
      const { authorities } = await api.data(AuthorityCodesDocument, { filter: { bbox }, first: 500 });
      return new Set(authorities.nodes.map((n) => n.code));
    };
    const within = await inside(0);
    const nearby = await inside(0.2); // beyond the tile's 64-unit buffer (about 0.09° here)
    const encoders = (await hasNativeMvt(servers.db)) ? [true, false] : [false];
    for (const native of encoders) {
      const codes = [...decode(new Uint8Array(await vectorTile(servers.db, z, x, y, edition, native)).buffer).keys()];
      for (const code of within) expect(codes).toContain(code);
      for (const code of codes) expect(nearby.has(code)).toBe(true);
    }
  });

  it('are empty away from England', async () => {
    const response = await tile('/tiles/6/10/10.mvt');
    expect(response.status).toBe(200);
    expect(decode(await response.arrayBuffer()).size).toBe(0);
  });

  it.each([
    ['/tiles/15/0/0.mvt', 'z', /z must be an integer from 0 to 14/],
    ['/tiles/3/8/0.mvt', 'x', /x must be an integer from 0 to 7/],
    ['/tiles/3/0/-1.mvt', 'y', /y must be an integer from 0 to 7/],
    ['/tiles/a/0/0.mvt', 'z', /z must be an integer/],
    ['/tiles/3/0/0.mvt?edition=1999', 'edition', /edition 1999 is not loaded; loaded editions: \d{4}/],
  ])('answer %s with 400 naming %s', async (path, parameter, message) => {
    const response = await tile(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; parameter: string; description: string };
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    expect(body.description).toMatch(message);
  });
});

describe('TileJSON', () => {
  it('describes the tiles, their layer and fields, and England’s bounds', async () => {
    const response = await tile('/tiles.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Record<string, any>;
    expect(doc.tilejson).toBe('3.0.0');
    const { editions } = await api.data(EditionNumbersDocument);
    expect(doc.tiles).toEqual([`${base}/tiles/{z}/{x}/{y}.mvt?edition=${editions[0]!.edition}`]);
    expect([doc.minzoom, doc.maxzoom]).toEqual([0, 14]);
    const [minLon, minLat, maxLon, maxLat] = doc.bounds as number[];
    expect(minLon).toBeLessThan(-5.5);
    expect(maxLon).toBeGreaterThan(1.7);
    expect(minLat).toBeLessThan(50.1);
    expect(maxLat).toBeGreaterThan(55.7);
    expect(doc.vector_layers[0].id).toBe('authorities');
    expect(Object.keys(doc.vector_layers[0].fields)).toEqual([
      'code',
      'name',
      'rank',
      'score',
      'band',
      'quintile',
      'coastal',
      'rural',
      'industrial',
    ]);
  });
});
