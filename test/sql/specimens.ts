/**
 * Every named statement of src/, issued with a fixed set of arguments, grouped by the folder
 * that owns it. test/sql/sql-snapshots.spec.ts turns them into test/sql/<folder>.sql, so a
 * change to a query shows in review as a diff of its SQL. Codes, editions and points are real
 * ones; the two rectangles of the spatial derivation are SYNTHETIC, as in derive.spec.ts.
 */
import path from 'node:path';
import { adjacencyLinks, districtFeatures, editionScores, pairDistances, scoresWithDeprivation, summaryRows } from '../../src/analytics/analytics.queries';
import type { AuthorityPlan } from '../../src/authorities/authority.queries';
import { authoritiesByCode, authoritiesInRegions, authorityByName, boundariesOf, centroidsOf } from '../../src/authorities/authority.queries';
import { allRegions, classificationJson, classificationsOf, regionStats } from '../../src/classification/classification.queries';
import { geometryValidity } from '../../src/common/geo/geometry-validity';
import {
  areaBoundaries, areaFeatures, areasByCode, countAreaFeatures, areasByName, areaSummaries, areasOfDistricts, childrenOf, countAreas, districtsOfAreas, parentsOf, searchAreas, successorsOf,
} from '../../src/areas/areas.queries';
import { allSources } from '../../src/common/source.queries';
import type { Db } from '../../src/db/db';
import { migrate } from '../../src/db/migrator';
import { withReadReplicas } from '../../src/db/replicas';
import { sql } from '../../src/db/sql';
import { deprivationJson, deprivationOf } from '../../src/deprivation/deprivation.queries';
import { countAuthorities, findAuthorities, findAuthoritiesJson } from '../../src/filter/authorities.queries';
import { GraphQLObjectType, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { AUTHORITY_JSON, AUTHORITY_JSON_TABLES } from '../../src/authorities/authority.queries';
import { compileRows, JsonJoins, jsonObject, JsonSelection } from '../../src/authorities/planned-json';
import { CLASSIFICATION_NAMES } from '../../src/classification/classification.graphql';
import { classificationJsonShape, regionJson } from '../../src/classification/classification.queries';
import { mobilityJson } from '../../src/mobility/mobility.queries';
import { getSchema } from '../../src/server/schema';
import { FEATURE_PROPERTIES, featureCollection } from '../../src/filter/features.queries';
import { districtsExtent, hasNativeMvt, vectorTile } from '../../src/maps/tiles.queries';
import { flatGeobuf } from '../../src/maps/fgb.queries';
import type { AuthorityCriteria } from '../../src/filter/criteria';
import { AuthorityOrder } from '../../src/filter/order';
import { knownDistrictCodes, readImportedEditions, restoreEditions } from '../../src/imports/backup/backup.sql';
import { buildSeed } from '../../src/imports/build-seed';
import { districtsOf2016, removeEdition, writeEdition } from '../../src/imports/edition/write-edition';
import { currentSeed, loadSeed } from '../../src/imports/load-seed';
import { readSeed } from '../../src/imports/seed.format';
import { acrossWater, coastlines, landBorders, stageBoundaries } from '../../src/imports/spatial.derive';
import { allEditions, indicatorValuesOf, lifeStageScoresOf, scoreColumn, scoresOf } from '../../src/mobility/mobility.queries';
import { currentDataVersion } from '../../src/server/data-version.queries';
import { dataStatus } from '../../src/server/readiness.queries';
import { nearestHotspotFeatures, neighbourFeatures } from '../../src/spatial/features.queries';
import { authorityAtPoint, directNeighboursColumn, nearestColumn, nearestOf, nearestToPoint, neighboursOf } from '../../src/spatial/spatial.queries';
import { testLog } from '../support/db';
import { DATA_DIR, MIGRATIONS_DIR, SEED_DIR } from '../support/paths';

export interface Specimen {
  /** The folder of src/ whose statements these are: the snapshot file. */
  area: string;
  /** What the arguments are, as a reader of the snapshot needs to know. */
  label: string;
  run: (db: Db) => Promise<unknown>;
  /** Rows for statements whose answer the code needs to carry on. */
  answers?: Record<string, object[]>;
}

const TWO = ['E09000033', 'E09000028']; // Westminster, Southwark
const WESTMINSTER = { srid: 4326, x: -0.1281, y: 51.508 } as const;
const BNG_POINT = { srid: 27700, x: 530000, y: 180000 } as const;
const POLYGON = JSON.stringify({ type: 'Polygon', coordinates: [[[-0.2, 51.45], [0, 51.45], [0, 51.55], [-0.2, 51.55], [-0.2, 51.45]]] });

/** Every condition a filter can have, nested under and/or/not, so whereFromCriteria shows in full. */
const EVERY_CONDITION: AuthorityCriteria = {
  edition: 2016,
  codes: TWO,
  nameContains: 'minster',
  regionCode: 'E12000007',
  band: 'HOTSPOT',
  rankFrom: 1,
  rankTo: 65,
  rural: false,
  industrial: false,
  ruralUrbanCodes: [5, 6],
  coastal: false,
  bandChange: { from: 2015, to: 2016, band: 'COLDSPOT', change: 'ENTERED' },
  imdRankFrom: 100,
  imdRankTo: 326,
  within: { metres: 5000, point: WESTMINSTER },
  bbox: [-0.5, 51.3, 0.3, 51.7],
  bboxBng: [528500, 178500, 530500, 180500],
  intersects: POLYGON,
  and: [
    { edition: 2016, within: { metres: 20000, authorityCode: 'E09000028' } },
    // The OGC API's CQL2 terms: a comparison of each kind, the spatial functions, a constant.
    { edition: 2016, compare: { op: '<=', args: [{ property: 'rank' }, { value: 65 }] } },
    { edition: 2016, compare: { op: 'like', args: [{ property: 'name' }, { value: 'West%' }] } },
    { edition: 2016, compare: { op: 'between', args: [{ property: 'score' }, { value: 0 }, { value: 1 }] } },
    { edition: 2016, compare: { op: 'in', args: [{ property: 'band' }, { value: 'HOTSPOT' }, { value: 'NEITHER' }] } },
    { edition: 2016, compare: { op: 'isNull', args: [{ property: 'quintile' }] } },
    { edition: 2016, compare: { op: '<>', args: [{ property: 'population' }, { property: 'population' }] } },
    { edition: 2016, spatial: { relation: 'within', geometry: POLYGON } },
    { edition: 2016, spatial: { relation: 'contains', geometry: POLYGON, geometryFirst: true } },
    { edition: 2016, spatial: { relation: 'dwithin', geometry: JSON.stringify({ type: 'Point', coordinates: [530000, 180000] }), srid: 27700, metres: 1000 } },
    { edition: 2016, always: true },
  ],
  or: [{ edition: 2016, band: 'NEITHER' }, { edition: 2016, band: 'COLDSPOT' }],
  not: { edition: 2016, coastal: true },
};
const HOTSPOTS: AuthorityCriteria = { edition: 2016, band: 'HOTSPOT' };

/** A look-ahead plan: mobility(edition: 2016) and classification fetched with the rows. */
const PLANNED: AuthorityPlan = {
  row: true,
  columns: new Map([
    ['mobility:2016', scoreColumn(2016)],
    ['classification', classificationJson(sql.query`a.code`)],
  ]),
  key: 'classification,mobility:2016',
};
/**
 * A page of districts as JSON for `nodes { ... }` (authorities/planned-json.ts), its shape composed
 * as PlanCache.jsonOf composes it, with mobility in edition 2016; `lists` times the same shape.
 */
async function jsonPage(nodes: string, lists = 1): Promise<{ json: ReturnType<typeof compileRows>; joins: JsonJoins }> {
  const schema = await getSchema();
  const operation = parse(`{ authorities { nodes ${nodes} } }`).definitions[0] as OperationDefinitionNode;
  const scope = { schema, fragments: {}, variableValues: {} };
  const connection = new JsonSelection(scope, schema.getType('AuthorityConnection') as GraphQLObjectType, [
    operation.selectionSet.selections[0] as FieldNode,
  ]);
  const selection = connection.below(connection.fields[0]!)!;
  const joins = new JsonJoins();
  for (const { name } of selection.fields) if (AUTHORITY_JSON_TABLES[name]) joins.own.add(AUTHORITY_JSON_TABLES[name]!);
  const object = jsonObject(selection, AUTHORITY_JSON, (field) => {
    const below = selection.below(field)!;
    if (field.name === 'mobility') return mobilityJson(2016, below, joins);
    if (field.name === 'region') return regionJson(below, joins);
    if (field.name === 'classification') return classificationJsonShape(below, CLASSIFICATION_NAMES, joins);
    if (field.name === 'deprivation') return deprivationJson(below, joins);
    return null;
  })!;
  return { json: compileRows(Array.from({ length: lists }, () => object)), joins };
}

/** A look-ahead plan for a selection of codes only: no row, no planned column. */
const CODES_ONLY: AuthorityPlan = { row: false, columns: new Map(), key: '' };

/** SYNTHETIC: two 10 km squares sharing an edge, in British National Grid metres. */
const square = (code: string, x0: number) => ({
  code, name: code, country: 'E' as const,
  geometry: { type: 'Polygon' as const, coordinates: [[[x0, 0], [x0 + 10000, 0], [x0 + 10000, 10000], [x0, 10000], [x0, 0]]] },
});

export const SPECIMENS: Specimen[] = [
  // db/
  { area: 'db', label: 'migrate: an empty database, every migration', run: (db) => migrate(db, MIGRATIONS_DIR, testLog) },
  {
    area: 'db',
    label: "a read replica's state: the data version it has replayed",
    run: async (db) => {
      const replicated = withReadReplicas(db, [{ name: 'replica', db }], testLog, 60000);
      await replicated.refreshReplicas();
      await replicated.close();
    },
  },
  // common/ and server/
  { area: 'common', label: 'all sources', run: (db) => allSources(db) },
  // areas/
  { area: 'areas', label: 'Norfolk and Somerset Council by code', run: (db) => areasByCode(db, ['E10000020', 'E06000066']) },
  { area: 'areas', label: 'areas named Somerset in 2020', run: (db) => areasByName(db, 'Somerset', 2020, null) },
  { area: 'areas', label: 'combined authorities named Greater Manchester, any year', run: (db) => areasByName(db, 'Greater Manchester', null, 'COMBINED_AUTHORITY') },
  { area: 'areas', label: 'search "kings lynn" among districts in 2025, page 2 of 10', run: (db) => searchAreas(db, { text: 'kings lynn', kind: 'DISTRICT', year: 2025 }, 10, 10) },
  { area: 'areas', label: 'count of every area', run: (db) => countAreas(db, { text: null, kind: null, year: null }) },
  { area: 'areas', label: 'districts of Norfolk', run: (db) => districtsOfAreas(db, ['E10000020']) },
  { area: 'areas', label: 'areas of West Somerset', run: (db) => areasOfDistricts(db, ['E07000191']) },
  { area: 'areas', label: 'parents of Somerset Council', run: (db) => parentsOf(db, ['E06000066']) },
  { area: 'areas', label: 'children of the East of England', run: (db) => childrenOf(db, ['E12000006']) },
  { area: 'areas', label: 'boundary of Norfolk, simplified 500 m, BNG', run: (db) => areaBoundaries(db, ['E10000020'], { simplifyMetres: 500, precision: 1, srid: 27700 }) },
  { area: 'areas', label: 'summary of Greater Manchester in 2016', run: (db) => areaSummaries(db, ['E47000001'], 2016) },
  { area: 'areas', label: 'successor of Harrogate', run: (db) => successorsOf(db, ['E07000165']) },
  {
    area: 'areas',
    label: 'features of the counties of 2025 in a bbox, page 2 of 10, BNG, edition 2016',
    run: async (db) => {
      const filter = { text: null, kind: 'COUNTY' as const, year: 2025, bbox: [-1, 52, 1, 53] as const };
      await areaFeatures(db, filter, { limit: 10, offset: 10 }, { simplifyMetres: 0, precision: 1, srid: 27700, edition: 2016 });
      await countAreaFeatures(db, filter);
    },
    answers: { areaFeatures: [{ collection: { type: 'FeatureCollection', features: [] }, matched: null }] },
  },
  { area: 'common', label: 'validity of a caller geometry', run: (db) => geometryValidity(db, [POLYGON]) },
  { area: 'server', label: 'readiness', run: (db) => dataStatus(db) },
  { area: 'server', label: 'the data version', run: (db) => currentDataVersion(db) },
  // authorities/
  { area: 'authorities', label: 'by code', run: (db) => authoritiesByCode(db, TWO) },
  { area: 'authorities', label: 'by code, planned with mobility and classification', run: (db) => authoritiesByCode(db, TWO, PLANNED) },
  { area: 'authorities', label: 'by name', run: (db) => authorityByName(db, 'westminster') },
  { area: 'authorities', label: 'in a region', run: (db) => authoritiesInRegions(db, ['E12000007']) },
  { area: 'authorities', label: 'centroids, WGS84', run: (db) => centroidsOf(db, TWO, 4326) },
  { area: 'authorities', label: 'centroids, BNG', run: (db) => centroidsOf(db, TWO, 27700) },
  { area: 'authorities', label: 'boundaries as stored, WGS84', run: (db) => boundariesOf(db, TWO, { simplifyMetres: 0, precision: 6, srid: 4326 }) },
  { area: 'authorities', label: 'boundaries simplified 500 m, WGS84', run: (db) => boundariesOf(db, TWO, { simplifyMetres: 500, precision: 5, srid: 4326 }) },
  { area: 'authorities', label: 'boundaries simplified 250 m, BNG', run: (db) => boundariesOf(db, TWO, { simplifyMetres: 250, precision: 1, srid: 27700 }) },
  // mobility/
  { area: 'mobility', label: 'editions', run: (db) => allEditions(db) },
  { area: 'mobility', label: 'scores', run: (db) => scoresOf(db, TWO.map((code) => ({ edition: 2016, code }))) },
  { area: 'mobility', label: 'life stages', run: (db) => lifeStageScoresOf(db, TWO.map((code) => ({ edition: 2016, code }))) },
  { area: 'mobility', label: 'indicators', run: (db) => indicatorValuesOf(db, TWO.map((code) => ({ edition: 2016, code }))) },
  // classification/ and deprivation/
  { area: 'classification', label: 'regions', run: (db) => allRegions(db) },
  { area: 'classification', label: 'region counts, 2016', run: (db) => regionStats(db, 2016) },
  { area: 'classification', label: 'classifications', run: (db) => classificationsOf(db, TWO) },
  { area: 'deprivation', label: 'summaries', run: (db) => deprivationOf(db, TWO) },
  // filter/
  { area: 'filter', label: 'a page, no filter, by code', run: (db) => findAuthorities(db, { edition: 2016 }, { order: AuthorityOrder.CODE_ASC, orderEdition: 2016, limit: 100, offset: 0 }) },
  { area: 'filter', label: 'a page, every condition, worst rank first, second page', run: (db) => findAuthorities(db, EVERY_CONDITION, { order: AuthorityOrder.RANK_DESC, orderEdition: 2016, limit: 20, offset: 20 }) },
  { area: 'filter', label: 'codes only, within 10 km of a point, largest first', run: (db) => findAuthorities(db, { edition: 2016, within: { metres: 10000, point: WESTMINSTER } }, { order: AuthorityOrder.AREA_DESC, orderEdition: 2016, limit: 500, offset: 0 }, CODES_ONLY) },
  { area: 'filter', label: 'a page planned with mobility and classification', run: (db) => findAuthorities(db, HOTSPOTS, { order: AuthorityOrder.RANK_ASC, orderEdition: 2016, limit: 65, offset: 0 }, PLANNED) },
  {
    area: 'filter',
    label: 'a page as JSON: own fields, region, rank and band, classification, hotspots by rank, second page',
    run: async (db) => {
      const { json, joins } = await jsonPage('{ __typename id code name population areaKm2 region { name } mobility { rank band quintile outOf } classification { ruralUrban ruralUrbanBroadGroup rural industrial coastal areaType { group { code name } } } deprivation { extent outOf imd { rankOfAverageScore } domains { domain averageScore } } }');
      return findAuthoritiesJson(db, HOTSPOTS, { order: AuthorityOrder.RANK_ASC, orderEdition: 2016, limit: 20, offset: 20 }, json, joins);
    },
  },
  {
    area: 'filter',
    label: 'a page as JSON: codes twice (two aliases of nodes), by code',
    run: async (db) => {
      const { json, joins } = await jsonPage('{ code }', 2);
      return findAuthoritiesJson(db, { edition: 2016 }, { order: AuthorityOrder.CODE_ASC, orderEdition: 2016, limit: 500, offset: 0 }, json, joins);
    },
  },
  { area: 'filter', label: 'the count of a filter', run: (db) => countAuthorities(db, HOTSPOTS) },
  {
    area: 'filter',
    label: 'a feature collection: hotspots by rank, simplified 500 m, WGS84, three properties',
    run: (db) => featureCollection(db, HOTSPOTS, { order: AuthorityOrder.RANK_ASC, orderEdition: 2016, limit: 65, offset: 0 }, { simplifyMetres: 500, precision: 5, srid: 4326, properties: ['code', 'band', 'rank'], edition: 2016 }),
  },
  {
    area: 'filter',
    label: 'a feature collection: every property, stored boundaries, BNG, second page',
    run: (db) => featureCollection(db, { edition: 2016 }, { order: AuthorityOrder.CODE_ASC, orderEdition: 2016, limit: 100, offset: 100 }, { simplifyMetres: 0, precision: 1, srid: 27700, properties: FEATURE_PROPERTIES, edition: 2016 }),
  },
  {
    area: 'filter',
    label: "a feature collection sorted by the OGC API's sortby (region, then population descending), two properties",
    run: (db) => featureCollection(db, { edition: 2016 }, { order: AuthorityOrder.CODE_ASC, orderEdition: 2016, limit: 10, offset: 0, sortBy: [{ property: 'region', descending: false }, { property: 'population', descending: true }] }, { simplifyMetres: 0, precision: 6, srid: 4326, properties: ['region', 'population'], edition: 2016 }),
  },
  // maps/
  {
    area: 'maps',
    label: 'FlatGeobuf of two features: text, integer, number and boolean properties (test values, a point each)',
    run: (db) => flatGeobuf(db, [
      { id: 'a', geometry: { type: 'Point', coordinates: [-0.1281, 51.508] }, properties: { code: 'E09000033', rank: 1, score: 0.5, coastal: false } },
      { id: 'b', geometry: { type: 'Point', coordinates: [-0.09, 51.5] }, properties: { code: 'E09000028', rank: 2, score: 0.25, coastal: true } },
    ], 4326),
  },
  { area: 'maps', label: 'does PostGIS encode MVT itself', run: (db) => hasNativeMvt(db) },
  { area: 'maps', label: 'vector tile 6/31/21 by ST_AsMVT (simplified for zoom 6)', run: (db) => vectorTile(db, 6, 31, 21, 2016, true) },
  { area: 'maps', label: 'vector tile 12/2046/1362 without protobuf-c (PostGIS clips, vt-pbf encodes)', run: (db) => vectorTile(db, 12, 2046, 1362, 2016, false) },
  { area: 'maps', label: "the districts' extent", run: (db) => districtsExtent(db), answers: { districtsExtent: [{ minx: -6.4, miny: 49.9, maxx: 1.8, maxy: 55.8 }] } },
  // spatial/
  { area: 'spatial', label: 'direct neighbours, both kinds, 1 km of water', run: (db) => neighboursOf(db, TWO, { kinds: ['LAND_BORDER', 'ACROSS_WATER'], depth: 1, maxGapKm: 1, criteria: null }) },
  { area: 'spatial', label: 'neighbours to 2 hops, land only, hotspots', run: (db) => neighboursOf(db, TWO, { kinds: ['LAND_BORDER'], depth: 2, maxGapKm: 1, criteria: HOTSPOTS }) },
  { area: 'spatial', label: 'the neighbours layer: pairs with Westminster or Southwark, land borders, in a bbox, WGS84', run: (db) => neighbourFeatures(db, { codes: TWO, kinds: ['LAND_BORDER'], bbox: [-0.5, 51.3, 0.3, 51.7] }, { limit: 10, offset: 0, srid: 4326, precision: 6 }) },
  { area: 'spatial', label: 'the nearest-hotspots layer: coldspots, in a BNG bbox, BNG', run: (db) => nearestHotspotFeatures(db, { edition: 2016, band: 'COLDSPOT' }, { bboxBng: [300000, 300000, 600000, 600000] }, { limit: 10, offset: 0, srid: 27700, precision: 1 }, 2016) },
  { area: 'spatial', label: 'nearest by centroid (the nearest hotspot)', run: (db) => nearestOf(db, TWO, { measure: 'CENTROID', first: 1, criteria: HOTSPOTS }) },
  { area: 'spatial', label: 'nearest by boundary, no filter', run: (db) => nearestOf(db, TWO, { measure: 'BOUNDARY', first: 5, criteria: null }) },
  {
    area: 'spatial',
    label: 'a district with its direct neighbours and nearest hotspot planned into its row',
    run: (db) =>
      authoritiesByCode(db, TWO, {
        row: true,
        columns: new Map([
          ['neighbours:LAND_BORDER+ACROSS_WATER:1', directNeighboursColumn({ kinds: ['LAND_BORDER', 'ACROSS_WATER'], maxGapKm: 1 })],
          ['nearestHotspot:2016:CENTROID', nearestColumn({ measure: 'CENTROID', first: 1, criteria: HOTSPOTS })],
        ]),
        key: 'spatial',
      }),
  },
  { area: 'spatial', label: 'district at a WGS84 point', run: (db) => authorityAtPoint(db, WESTMINSTER) },
  { area: 'spatial', label: 'district at a BNG point', run: (db) => authorityAtPoint(db, BNG_POINT) },
  { area: 'spatial', label: 'nearest to a point, hotspots', run: (db) => nearestToPoint(db, WESTMINSTER, HOTSPOTS, 3) },
  // analytics/
  { area: 'analytics', label: 'summary by region', run: (db) => summaryRows(db, 'REGION', HOTSPOTS, 2016) },
  { area: 'analytics', label: 'summary by band', run: (db) => summaryRows(db, 'BAND', { edition: 2016 }, 2016) },
  { area: 'analytics', label: 'scores and IMD', run: (db) => scoresWithDeprivation(db, { edition: 2016 }, 2016, 'IMD') },
  { area: 'analytics', label: 'statistical neighbour variables', run: (db) => districtFeatures(db) },
  { area: 'analytics', label: 'scores of an edition', run: (db) => editionScores(db, 2016) },
  { area: 'analytics', label: 'adjacency graph, 1 km of water', run: (db) => adjacencyLinks(db, 1) },
  { area: 'analytics', label: 'pair distances', run: (db) => pairDistances(db, TWO) },
  // imports/
  {
    area: 'imports',
    label: 'data:build from db/sources (the workspace answers nothing)',
    // With no shares answered, the check of the areas against the ONS lookups refuses the build;
    // it runs after every statement, so the SQL is all recorded by then.
    run: (db) =>
      buildSeed(DATA_DIR, testLog, { openWorkspace: async () => db }).catch((err: Error) => {
        if (!/areas disagree with the ONS lookups/.test(err.message)) throw err;
      }),
    answers: { countOpenWater: [{ n: 1 }] },
  },
  {
    area: 'imports',
    label: 'the derivations on two SYNTHETIC squares',
    run: async (db) => {
      await stageBoundaries(db, [square('E00000001', 0), square('E00000002', 10000)]);
      await landBorders(db);
      await acrossWater(db);
      await coastlines(db);
    },
    answers: { countOpenWater: [{ n: 1 }] },
  },
  { area: 'imports', label: 'the seed loaded', run: (db) => currentSeed(db) },
  { area: 'imports', label: 'loading db/seed', run: (db) => loadSeed(db, readSeed(SEED_DIR), testLog) },
  {
    area: 'imports',
    label: 'an edition import with a life stage and an indicator, then its removal',
    run: async (db) => {
      await districtsOf2016(db);
      await writeEdition(
        db,
        { edition: 2017, title: 'Social Mobility Index 2017', publisher: 'Social Mobility Commission', publishedOn: '2017-11-28', licence: 'Open Government Licence v3.0', attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.', url: null },
        { rows: [{ code: 'E09000033', score: 1, rank: 1, lifeStages: [{ lifeStage: 'SCHOOL', score: 1, rank: 1 }], indicators: [{ code: 'IND1', value: 1 }] }], notes: [] },
        { district: { codeColumn: 'code' }, overall: { score: 'score', rank: 'rank' }, indicators: [{ code: 'IND1', name: 'An indicator', column: 'ind1', lifeStage: 'SCHOOL', unit: '%', higherIsBetter: true }] },
      );
      await removeEdition(db, 2017);
    },
  },
  {
    area: 'imports',
    label: 'a backup of the imported editions, and a restore of one',
    run: async (db) => {
      await readImportedEditions(db);
      await knownDistrictCodes(db);
      await restoreEditions(db, [
        {
          meta: { edition: 2017, title: 'Social Mobility Index 2017', publisher: 'Social Mobility Commission', publishedOn: '2017-11-28', licence: 'Open Government Licence v3.0', attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.', url: null },
          indicators: [],
          rows: [{ code: 'E09000033', score: 1, rank: 1, lifeStages: [], indicators: [] }],
        },
      ]);
    },
    answers: { backupEditions: [{ edition: 2017, title: 'Social Mobility Index 2017', publisher: 'Social Mobility Commission', published_on: '2017-11-28', licence: 'Open Government Licence v3.0', attribution: 'OGL', url: null }] },
  },
];

/** Where a snapshot file goes. */
export const snapshotFile = (dir: string, area: string): string => path.join(dir, `${area}.sql`);
