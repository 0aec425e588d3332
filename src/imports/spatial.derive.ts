/**
 * Load-time spatial derivations, run in PostGIS by the seed build on the GB-wide boundaries:
 * land borders with their length, across-water pairs with their gap, the coastline facing open
 * water, and the detailed boundaries used for point lookups. The results go into the seed, so a
 * request never recomputes them.
 */
import { type Queryable, sql } from '../db';
import {
  COAST_TOLERANCE_M,
  LAND_BORDER_MIN_KM,
  MAX_WATER_GAP_KM,
  OPEN_WATER_MIN_WIDTH_KM,
  WATER_LINE_LAND_TOLERANCE_M,
} from '../spatial/spatial.rules';
import { boundaryRecords, validBoundaryFromGeoJson } from './boundary.sql';
import type { SeedBoundary } from './seed.format';

/**
 * Loads the boundaries into a session-local table `gb` with a GiST index, and into `gb_piece`
 * cut into pieces of at most 256 vertices (ST_Subdivide), also indexed, for the distances.
 */
export async function stageBoundaries(db: Queryable, boundaries: SeedBoundary[]): Promise<void> {
  await db.query(
    'createStage',
    sql.query`create temp table gb (code text primary key, country text not null, raw geometry, g geometry(MultiPolygon, 27700))`,
  );
  await db.query(
    'stageBoundaries',
    sql.query`insert into gb (code, country, raw, g)
              select code, country, ST_SetSRID(ST_GeomFromGeoJSON(geometry), 27700), ${validBoundaryFromGeoJson(sql.query`geometry`)}
              from ${boundaryRecords(boundaries)}`,
  );
  await db.query('indexStage', sql.query`create index gb_g on gb using gist (g)`);
  await db.query(
    'stagePieces',
    sql.query`create temp table gb_piece as select code, ST_Subdivide(g, 256) as g from gb`,
  );
  await db.query('indexPieces', sql.query`create index gb_piece_g on gb_piece using gist (g)`);
}

export interface AdjacencyRow {
  code: string;
  neighbourCode: string;
  kind: 'LAND_BORDER' | 'ACROSS_WATER';
  sharedBorderKm: number | null;
  gapKm: number | null;
}

/**
 * LAND_BORDER: the length of the lines two boundaries share (their intersection), kept when at
 * least LAND_BORDER_MIN_KM; a corner touch is a point and has no length. The boundaries come
 * from one topologically consistent product and share vertices exactly, so the exact
 * intersection finds every shared edge. Measured once per pair (a < b).
 */
export function landBorders(db: Queryable): Promise<AdjacencyRow[]> {
  return db.query<AdjacencyRow>(
    'landBorders',
    sql.query`
      select code, "neighbourCode", 'LAND_BORDER' as kind, "sharedBorderKm", null::float8 as "gapKm"
      from (select a.code, b.code as "neighbourCode",
                   ST_Length(ST_CollectionExtract(ST_Intersection(a.g, b.g), 2)) / 1000 as "sharedBorderKm"
            from gb a join gb b on a.code < b.code and ST_Intersects(a.g, b.g)) as pairs
      where "sharedBorderKm" >= ${sql.value(LAND_BORDER_MIN_KM)}
      order by code, "neighbourCode"`,
  );
}

/**
 * ACROSS_WATER: pairs (a < b) that do not touch (so have no land border), at most
 * MAX_WATER_GAP_KM apart, whose shortest connecting line runs through no third district (GB-wide)
 * for more than WATER_LINE_LAND_TOLERANCE_M. Pairs that touch only at a corner are neither.
 */
export function acrossWater(db: Queryable): Promise<AdjacencyRow[]> {
  // The gap of every pair within reach first, as the nearest of their pieces: the distance between
  // two polygons is the least between the pieces that cover them, and small indexed pieces spare
  // PostGIS comparing every vertex of one whole district with every vertex of the other (a sixth
  // of the time on the GB boundaries, the same gaps to the metre). The shortest line only for
  // pairs that do not touch.
  return db.query<AdjacencyRow>(
    'acrossWater',
    sql.query`
      with pairs as materialized (
        select a.code, b.code as "neighbourCode", min(ST_Distance(a.g, b.g)) / 1000 as "gapKm"
        from gb_piece a join gb_piece b on a.code < b.code and ST_DWithin(a.g, b.g, ${sql.value(MAX_WATER_GAP_KM * 1000)})
        group by a.code, b.code
      ), lines as materialized (
        select p.*, ST_ShortestLine(a.g, b.g) as line
        from pairs p join gb a on a.code = p.code join gb b on b.code = p."neighbourCode"
        where p."gapKm" > 0
      )
      select p.code, p."neighbourCode", 'ACROSS_WATER' as kind, null::float8 as "sharedBorderKm", p."gapKm"
      from lines p
      where not exists (select 1 from gb c
                        where c.code <> p.code and c.code <> p."neighbourCode" and ST_Intersects(c.g, p.line)
                          and ST_Length(ST_Intersection(c.g, p.line)) > ${sql.value(WATER_LINE_LAND_TOLERANCE_M)})
      order by p.code, p."neighbourCode"`,
  );
}

/**
 * Coastline per English district: the length of its boundary lying within COAST_TOLERANCE_M of
 * open water. Open water is the sea and estuaries around Great Britain (a box 20 km beyond the
 * land, minus the union of all GB districts) after a morphological opening by
 * OPEN_WATER_MIN_WIDTH_KM: eroding by half the width and dilating back removes every channel
 * narrower than that, so tidal rivers and the narrow upper parts of estuaries are not coast.
 */
export async function coastlines(db: Queryable): Promise<{ code: string; coastlineKm: number }[]> {
  const half = (OPEN_WATER_MIN_WIDTH_KM * 1000) / 2;
  await db.query(
    'openWater',
    sql.query`
      create temp table open_water as
      with land as (select ST_Union(g) as g from gb),
           water as (select ST_Difference(ST_Expand(ST_Envelope(g), 20000), g) as w from land)
      select ST_Subdivide(ST_Buffer(ST_Buffer(w, ${sql.value(-half)}, 'quad_segs=4'), ${sql.value(half + COAST_TOLERANCE_M)}, 'quad_segs=4'), 256) as o
      from water`,
  );
  await db.query('indexOpenWater', sql.query`create index open_water_o on open_water using gist (o)`);
  // PGlite can end a failed GEOS operation with no error and no rows: never derive from nothing.
  const pieces = await db.query<{ n: number }>('countOpenWater', sql.query`select count(*)::int as n from open_water`);
  if (!pieces[0]?.n) throw new Error('computing open water produced no geometry; the buffer failed inside PostGIS');
  // Subdivided pieces do not overlap, so the lengths inside each piece add up. The overlay uses a
  // 1 mm precision grid: the floating-point overlay fails on the many islets of the Isles of Scilly.
  return db.query(
    'coastlines',
    sql.query`
      select gb.code, coalesce(sum(ST_Length(ST_Intersection(ST_Boundary(gb.g), w.o, 0.001))), 0) / 1000 as "coastlineKm"
      from gb left join open_water w on ST_Intersects(gb.g, w.o)
      where gb.country = 'E'
      group by gb.code
      order by gb.code`,
  );
}

/**
 * Detailed boundaries for point lookups: WGS84 GeoJSON geometries transformed to EPSG:27700,
 * snapped to whole metres and made valid; returned as GeoJSON.
 */
export function detailedBoundaries(
  db: Queryable,
  features: { code: string; geometry: unknown }[],
): Promise<{ code: string; geometry: SeedBoundary['geometry'] }[]> {
  return db.query(
    'detailedBoundaries',
    sql.query`
      select code, ST_AsGeoJSON(g, 0)::json as geometry
      from (select code,
                   ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(
                     ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326), 27700), 1)), 3)) as g
            from json_to_recordset(${sql.value(JSON.stringify(features))}::json) as input(code text, geometry json)) as t
      order by code`,
  );
}

export interface AreaShareRow {
  areaCode: string;
  districtCode: string;
  /** Share of the 2016 district's area inside the area, 0..1. */
  share: number;
}

/**
 * Which 2016 districts make up each area (WGS84 GeoJSON polygons): the share of each English
 * district's area (the staged `gb` boundaries, EPSG:27700) that lies inside the area. The areas
 * and the districts come from one ONS generalisation, so a district wholly inside has a share of
 * about 1 and one outside about 0; only shares of at least `minShare` are returned.
 */
export async function areaShares(
  db: Queryable,
  areas: { code: string; geometry: unknown }[],
  minShare: number,
): Promise<AreaShareRow[]> {
  // The areas cut into pieces of at most 256 vertices (ST_Subdivide): intersecting many small
  // pieces with the districts is twice as fast as intersecting England or a region whole.
  await db.query(
    'stageAreas',
    sql.query`create temp table area_stage as
              select code, ST_Subdivide(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(geometry), 4326), 27700)), 3), 256) as g
              from json_to_recordset(${sql.value(JSON.stringify(areas))}::json) as input(code text, geometry json)`,
  );
  await db.query('indexAreaStage', sql.query`create index area_stage_g on area_stage using gist (g)`);
  return db.query<AreaShareRow>(
    'areaShares',
    sql.query`
      select "areaCode", "districtCode", inside / ST_Area(d.g) as share
      from (select a.code as "areaCode", d.code as "districtCode", sum(ST_Area(ST_Intersection(a.g, d.g))) as inside
            from area_stage a join gb d on d.country = 'E' and ST_Intersects(a.g, d.g)
            group by a.code, d.code) as pieces
      join gb d on d.code = pieces."districtCode"
      where inside / ST_Area(d.g) >= ${sql.value(minShare)}::float8
      order by "areaCode", "districtCode"`,
  );
}
