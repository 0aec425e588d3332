/**
 * SQL for vector tiles: one Mapbox Vector Tile per z/x/y from ST_AsMVT, with one layer,
 * `authorities`, in Web Mercator. The boundaries a tile needs are found by the WGS84 GiST index,
 * simplified below zoom 6 by half a tile unit (so nothing visible is lost), then clipped and
 * quantised to the tile by ST_AsMVTGeom. One statement per tile.
 */
import vtpbf from 'vt-pbf';
import { type Queryable, sql, type SQLQuery } from '../db';
import { featureJoins, propertyColumns, type FeaturePropertyName } from '../filter';

export const TILE_LAYER = 'authorities';
export const TILE_EXTENT = 4096;
/** Tile units drawn beyond each edge, so polygons' outlines meet across tiles. */
export const TILE_BUFFER = 64;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 14;

/** The properties every tile feature carries. */
export const TILE_PROPERTIES: readonly FeaturePropertyName[] = [
  'code',
  'name',
  'rank',
  'score',
  'band',
  'quintile',
  'coastal',
  'rural',
  'industrial',
];

/** Web Mercator's circumference at the equator, metres. */
const WORLD_METRES = 40075016.686;
/** From this zoom on a tile unit (87 m on the ground at z6) is no bigger than the stored 200 m generalisation. */
const UNSIMPLIFIED_FROM_ZOOM = 6;

/** Douglas-Peucker tolerance for zoom z, in Web Mercator metres: half a tile unit; 0 from zoom 6. */
export function simplifyMetresFor(z: number): number {
  return z >= UNSIMPLIFIED_FROM_ZOOM ? 0 : WORLD_METRES / 2 ** z / TILE_EXTENT / 2;
}

/** True when PostGIS was built with protobuf-c (ST_AsMVT); PGlite's PostGIS is not. */
export async function hasNativeMvt(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ native: boolean }>(
    'postgisHasProtobuf',
    sql.query`select postgis_full_version() like '%PROTOBUF%' as native`,
  );
  return rows[0]?.native === true;
}

/**
 * The boundary in Web Mercator for zoom z: from the WGS84 copy (PROJ's fast path to EPSG:3857),
 * simplified below zoom 6 by ST_Simplify keeping every district (a district smaller than the
 * tolerance stays as a speck). Measured on PostgreSQL for tile 6/31/21: 24 ms, where
 * ST_SimplifyPreserveTopology in EPSG:27700 took 92 ms for 4 % fewer bytes.
 */
function boundaryFor(z: number): SQLQuery {
  const tolerance = simplifyMetresFor(z);
  const mercator = sql.query`ST_Transform(b.boundary_wgs84, 3857)`;
  return tolerance > 0 ? sql.query`ST_Simplify(${mercator}, ${sql.value(tolerance)}::float8, true)` : mercator;
}

const tileEnvelope = (z: number, x: number, y: number): SQLQuery =>
  sql.query`ST_TileEnvelope(${sql.value(z)}::int, ${sql.value(x)}::int, ${sql.value(y)}::int)`;

/** The tile as MVT bytes (empty when no district reaches into it), properties of `edition`. */
export async function vectorTile(
  db: Queryable,
  z: number,
  x: number,
  y: number,
  edition: number,
  native: boolean,
): Promise<Buffer> {
  return native ? nativeTile(db, z, x, y, edition) : encodedTile(db, z, x, y, edition);
}

/** ST_AsMVTGeom and ST_AsMVT: PostGIS clips, quantises and encodes. */
async function nativeTile(db: Queryable, z: number, x: number, y: number, edition: number): Promise<Buffer> {
  const rows = await db.query<{ tile: Buffer | Uint8Array }>(
    'vectorTile',
    sql.query`
      with tile as (select ${tileEnvelope(z, x, y)} as env),
      features as (
        select ST_AsMVTGeom(${boundaryFor(z)}, tile.env, ${sql.value(TILE_EXTENT)}::int, ${sql.value(TILE_BUFFER)}::int, true) as geom,
               ${propertyColumns(TILE_PROPERTIES)}
        from tile, authorities a ${featureJoins(edition)}
        where b.boundary_wgs84 && ST_Transform(tile.env, 4326)
      )
      select ST_AsMVT(features.*, ${sql.value(TILE_LAYER)}::text, ${sql.value(TILE_EXTENT)}::int, 'geom') as tile
      from features where geom is not null`,
  );
  const tile = rows[0]?.tile;
  return tile ? Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength) : Buffer.alloc(0);
}

/**
 * Where PostGIS has no protobuf-c (PGlite): PostGIS does ST_AsMVTGeom's work with functions it
 * has (clip to the tile and its buffer, map to tile units with y down, snap to the integer grid,
 * make valid, orient exterior rings as MVT wants: positive area in tile units), and vt-pbf, the
 * Mapbox encoder, writes the protobuf from the GeoJSON of the tile-unit polygons. Made valid by
 * GEOS's 'structure' method, which rebuilds polygons from their rings' areas (what a tile of
 * areas needs) at 40 % of the time of the default 'linework' on the embedded database (a zoom 5
 * tile of England: 284 against 695 ms).
 */
async function encodedTile(db: Queryable, z: number, x: number, y: number, edition: number): Promise<Buffer> {
  const scale = sql.query`(${sql.value(TILE_EXTENT)}::float8 / (ST_XMax(t.env) - ST_XMin(t.env)))`;
  const margin = sql.query`((ST_XMax(t.env) - ST_XMin(t.env)) * ${sql.value(TILE_BUFFER / TILE_EXTENT)}::float8)`;
  const rows = await db.query<
    { geom: { type: string; coordinates: number[][][] | number[][][][] } } & Record<string, unknown>
  >(
    'vectorTileFeatures',
    sql.query`
      with t as (select ${tileEnvelope(z, x, y)} as env),
      features as (
        select ST_ForcePolygonCCW(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(ST_Affine(
                 ST_ClipByBox2D(${boundaryFor(z)}, ST_Expand(t.env, ${margin})::box2d),
                 ${scale}, 0, 0, -${scale}, -ST_XMin(t.env) * ${scale}, ST_YMax(t.env) * ${scale}), 1), 'method=structure'), 3)) as g,
               ${propertyColumns(TILE_PROPERTIES)}
        from t, authorities a ${featureJoins(edition)}
        where b.boundary_wgs84 && ST_Transform(t.env, 4326)
      )
      select ST_AsGeoJSON(g, 0)::json as geom, ${sql.join(
        TILE_PROPERTIES.map((p) => sql.identifier(p)),
        ', ',
      )}
      from features where not ST_IsEmpty(g)`,
  );
  if (rows.length === 0) return Buffer.alloc(0);
  const features = rows.map(({ geom, ...tags }) => {
    const polygons = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates) as number[][][][];
    // MVT has no multipolygon: one feature's rings, each exterior followed by its holes.
    return {
      type: 3,
      geometry: polygons.flat(),
      tags: Object.fromEntries(Object.entries(tags).filter(([, v]) => v !== null)),
    };
  });
  // vt-pbf reads geojson-vt tiles (its types name the index instead).
  const layers = { [TILE_LAYER]: { features } } as unknown as Parameters<typeof vtpbf.fromGeojsonVt>[0];
  return Buffer.from(vtpbf.fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT }));
}

/** The districts' extent in WGS84 as [minLon, minLat, maxLon, maxLat] (TileJSON bounds, OGC extent). */
export async function districtsExtent(db: Queryable): Promise<[number, number, number, number]> {
  const rows = await db.query<{ minx: number; miny: number; maxx: number; maxy: number }>(
    'districtsExtent',
    sql.query`select ST_XMin(x) as minx, ST_YMin(x) as miny, ST_XMax(x) as maxx, ST_YMax(x) as maxy
              from (select ST_Extent(b.boundary_wgs84) as x from authorities a join boundaries b on b.code = a.code) e`,
  );
  const r = rows[0]!;
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  return [round(r.minx), round(r.miny), round(r.maxx), round(r.maxy)];
}
