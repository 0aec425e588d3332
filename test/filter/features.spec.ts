/**
 * Feature collections in GraphQL: `authorities { featureCollection }` is the connection's page as
 * one GeoJSON FeatureCollection, with the same filter, order and paging, the geometry the
 * arguments ask for and the properties the caller picks, built by the database in one statement.
 */
import {
  AuthorityPageWithFeaturesDocument,
  FeatureCollectionDocument,
  FeaturesFineAndCoarseDocument,
  FeaturesInWgs84AndBngDocument,
} from '../generated/graphql';
import { useTestApi } from '../support/graphql';

const api = useTestApi();

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[][][][] };
  properties: Record<string, unknown>;
}

const firstVertex = (f: Feature): number[] => f.geometry.coordinates[0]![0]![0]!;

describe('AuthorityConnection.featureCollection', () => {
  it('is the page of districts the connection returns, in the same order, with the chosen properties', async () => {
    const { data, statementNames } = await api.run(AuthorityPageWithFeaturesDocument, {
      filter: { band: 'COLDSPOT', coastal: true },
      orderBy: 'RANK_DESC',
      first: 8,
      simplifyMetres: 500,
      properties: ['CODE', 'BAND', 'RANK', 'COASTAL'],
    });
    const { nodes } = data!.authorities;
    const featureCollection = data!.authorities.featureCollection as { type: string; features: Feature[] };
    expect(featureCollection.type).toBe('FeatureCollection');
    expect(featureCollection.features.map((f) => f.id)).toEqual(nodes.map((n) => n.code));
    for (const [i, f] of featureCollection.features.entries()) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('MultiPolygon');
      expect(Object.keys(f.properties)).toEqual(['code', 'band', 'rank', 'coastal']);
      expect(f.properties).toEqual({
        code: nodes[i]!.code,
        band: 'COLDSPOT',
        rank: nodes[i]!.mobility!.rank,
        coastal: true,
      });
    }
    // The collection is one statement of its own, beside the page's.
    expect(statementNames.filter((n) => n === 'featureCollection')).toHaveLength(1);
  });

  it('gives every property by default and pages as the connection does', async () => {
    const { authorities } = await api.data(AuthorityPageWithFeaturesDocument, {
      first: 3,
      after: Buffer.from('atlas:2').toString('base64url'),
      simplifyMetres: 2000,
    });
    const collection = authorities.featureCollection as { features: Feature[] };
    expect(collection.features.map((f) => f.id)).toEqual(authorities.nodes.map((n) => n.code));
    const first = collection.features[0]!;
    expect(Object.keys(first.properties)).toEqual([
      'code',
      'name',
      'region',
      'rank',
      'score',
      'band',
      'quintile',
      'coastal',
      'rural',
      'industrial',
      'population',
    ]);
    expect(first.properties.name).toBe(authorities.nodes[0]!.name);
    expect(first.properties.region).toBe(authorities.nodes[0]!.region.name);
  });

  it('writes British National Grid coordinates with a crs member, and WGS84 without', async () => {
    const { authorities } = await api.data(FeaturesInWgs84AndBngDocument, { filter: { codes: ['E09000033'] } });
    const [lon, lat] = firstVertex(authorities.wgs84.features[0]);
    expect(lon).toBeGreaterThan(-0.3);
    expect(lon).toBeLessThan(0);
    expect(lat).toBeGreaterThan(51.4);
    expect(authorities.wgs84.crs).toBeUndefined();
    const [e, n] = firstVertex(authorities.bng.features[0]);
    expect(e).toBeGreaterThan(520000);
    expect(n).toBeGreaterThan(170000);
    expect(Number.isInteger(e) && Number.isInteger(n)).toBe(true);
    expect(authorities.bng.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } });
    expect(authorities.bng.features[0].properties).toEqual({});
  });

  it('simplifies in metres: a coarser tolerance keeps fewer vertices', async () => {
    const { authorities } = await api.data(FeaturesFineAndCoarseDocument, { filter: { codes: ['E06000052'] } });
    const vertices = (c: Record<string, any>): number =>
      JSON.stringify(c.features[0]!.geometry.coordinates).split('],[').length;
    expect(vertices(authorities.coarse)).toBeLessThan(vertices(authorities.fine) / 2);
  });

  it('refuses a property named twice and a precision out of range, naming the argument', async () => {
    const twice = await api.run(FeatureCollectionDocument, { first: 1, properties: ['CODE', 'CODE'] });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(twice.errors?.[0]?.message).toMatch(/properties.*at most once/);
    const precise = await api.run(FeatureCollectionDocument, { first: 1, precision: 11 });
    expect(precise.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(precise.errors?.[0]?.message).toMatch(/precision.*0.*10/);
  });
});
