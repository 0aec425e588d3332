/**
 * Boundaries and centroids as GeoJSON: CRS, precision, simplification, and areas measured in
 * British National Grid.
 */
import { AuthoritiesPageDocument, GeometryDocument } from '../generated/graphql';
import { useTestApi } from '../support/graphql';

const api = useTestApi();

type Position = number[];
const positions = (g: Record<string, any>): Position[] => (g.coordinates as Position[][][]).flat(2);
const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

describe('boundaries', () => {
  it('returns a WGS84 MultiPolygon inside Great Britain by default, at 6 decimal places at most', async () => {
    const { authority } = await api.data(GeometryDocument, { code: 'E09000033' });
    const g = authority!.boundary;
    expect(g.type).toBe('MultiPolygon');
    expect(g.crs).toBeUndefined();
    const pts = positions(g);
    expect(pts.length).toBeGreaterThan(10);
    for (const [lon, lat] of pts) {
      expect(lon).toBeGreaterThan(-0.25);
      expect(lon).toBeLessThan(-0.1);
      expect(lat).toBeGreaterThan(51.48);
      expect(lat).toBeLessThan(51.54);
      expect(decimals(lon!)).toBeLessThanOrEqual(6);
    }
  });

  it('stays a MultiPolygon when simplified, in both CRSs, though one part is left', async () => {
    // Hartlepool's stored boundary is a MultiPolygon of one part; simplifying it gives a Polygon unless kept multi.
    for (const crs of ['WGS84', 'BNG'] as const) {
      const { authority } = await api.data(GeometryDocument, { code: 'E06000001', simplifyMetres: 500, crs });
      expect(authority!.boundary.type).toBe('MultiPolygon');
      expect(authority!.boundary.coordinates).toHaveLength(1);
    }
  });

  it('returns British National Grid metres with an EPSG:27700 crs member when asked', async () => {
    const { authority } = await api.data(GeometryDocument, { code: 'E09000033', crs: 'BNG', precision: 0 });
    const g = authority!.boundary;
    expect(g.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } });
    for (const [e, n] of positions(g)) {
      expect(Number.isInteger(e)).toBe(true);
      expect(e).toBeGreaterThan(520000);
      expect(e).toBeLessThan(535000);
      expect(n).toBeGreaterThan(175000);
      expect(n).toBeLessThan(185000);
    }
  });

  it('simplifies in metres: a coarser tolerance gives fewer vertices, and 0 gives the stored boundary', async () => {
    const count = async (simplifyMetres: number): Promise<number> =>
      positions((await api.data(GeometryDocument, { code: 'E06000052', simplifyMetres })).authority!.boundary).length;
    const stored = await count(0);
    const s500 = await count(500);
    const s5000 = await count(5000);
    expect(s500).toBeLessThan(stored);
    expect(s5000).toBeLessThan(s500);
  });

  it('rounds coordinates to the requested precision', async () => {
    const { authority } = await api.data(GeometryDocument, { code: 'E09000033', precision: 2 });
    for (const [lon, lat] of positions(authority!.boundary)) {
      expect(decimals(lon!)).toBeLessThanOrEqual(2);
      expect(decimals(lat!)).toBeLessThanOrEqual(2);
    }
  });

  it('rejects out-of-range simplification and precision with the allowed range', async () => {
    const negative = await api.run(GeometryDocument, { code: 'E09000033', simplifyMetres: -1 });
    expect(negative.errors?.[0]).toMatchObject({
      message: 'simplifyMetres must be between 0 and 10000 (got -1)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'simplifyMetres' },
    });
    const precise = await api.run(GeometryDocument, { code: 'E09000033', precision: 11 });
    expect(precise.errors?.[0]?.message).toBe('precision must be a whole number between 0 and 10 (got 11)');
  });
});

describe('centroids and areas', () => {
  it('puts the centroid of a compact district inside its bounding box, in both CRSs', async () => {
    const { authority } = await api.data(GeometryDocument, { code: 'E09000033' });
    const [lon, lat] = authority!.centroid.coordinates as number[];
    expect(authority!.centroid.type).toBe('Point');
    expect(lon).toBeGreaterThan(-0.22);
    expect(lon).toBeLessThan(-0.11);
    expect(lat).toBeGreaterThan(51.48);
    expect(lat).toBeLessThan(51.54);
    const [e, n] = authority!.centroidBng.coordinates as number[];
    expect(authority!.centroidBng.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } });
    expect(e).toBeGreaterThan(524000);
    expect(n).toBeGreaterThan(178000);
  });

  it('measures areas in km² close to the ONS land area (the boundary is generalised to 200 m)', async () => {
    const { authorities } = await api.data(AuthoritiesPageDocument, { first: 500 });
    expect(authorities.nodes).toHaveLength(326);
    for (const code of ['E06000052', 'E09000033', 'E08000025', 'E07000191']) {
      const { authority } = await api.data(GeometryDocument, { code });
      const ratio = authority!.areaKm2 / authority!.populationEstimate!.landAreaKm2;
      expect(ratio).toBeGreaterThan(0.9);
      expect(ratio).toBeLessThan(1.1);
    }
  });
});
