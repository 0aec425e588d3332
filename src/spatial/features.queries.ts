/**
 * The spatial answers as GeoJSON layers, for the OGC API's `neighbours` and `nearest-hotspots`
 * collections: each page one statement, its FeatureCollection built by PostgreSQL, with how
 * many features match on all pages (null for an empty page).
 * - neighbours: each pair of English districts once (code < neighbour_code), its line from
 *   adjacency_lines (the shared border, or the shortest line across the water);
 * - nearest hotspots: from each district's centroid to the centroid of its nearest hotspot in an
 *   edition, as Query.authority { nearestHotspot } finds it (CENTROID measure).
 */
import { type Queryable, sql, type SQLQuery } from '../db';
import { type AuthorityCriteria, whereFromCriteria } from '../filter';
import { nearestCandidates } from './spatial.queries';

export interface LayerPage {
  limit: number;
  offset: number;
  srid: 4326 | 27700;
  precision: number;
}

export interface LayerBbox {
  /** WGS84 [minLon, minLat, maxLon, maxLat]. */
  bbox?: readonly [number, number, number, number];
  /** EPSG:27700 [minE, minN, maxE, maxN]. */
  bboxBng?: readonly [number, number, number, number];
}

export interface FeaturePage {
  collection: { type: 'FeatureCollection'; features: { id: string; properties: Record<string, unknown> }[] };
  matched: number | null;
}

/** The line `line` (EPSG:27700) meets the bbox, in whichever CRS it is given. */
function bboxCondition(line: SQLQuery, b: LayerBbox): SQLQuery[] {
  const parts: SQLQuery[] = [];
  const box = (v: readonly number[], srid: number) =>
    sql.query`ST_MakeEnvelope(${sql.join(
      v.map((x) => sql.value(x)),
      ', ',
    )}, ${sql.value(srid)}::int)`;
  if (b.bbox) parts.push(sql.query`ST_Intersects(${line}, ST_Transform(${box(b.bbox, 4326)}, 27700))`);
  if (b.bboxBng) parts.push(sql.query`ST_Intersects(${line}, ${box(b.bboxBng, 27700)})`);
  return parts;
}

const geometryOut = (line: SQLQuery, p: LayerPage): SQLQuery =>
  sql.query`ST_AsGeoJSON(${p.srid === 4326 ? sql.query`ST_Transform(${line}, 4326)` : line}, ${sql.value(p.precision)}::int, 0)::json`;

export interface NeighbourLayerFilter extends LayerBbox {
  /** Pairs with one of these districts at either end. */
  codes?: readonly string[];
  kinds?: readonly ('LAND_BORDER' | 'ACROSS_WATER')[];
}

/** One page of neighbour pairs (ordered by code, then neighbour's code) as lines. */
export async function neighbourFeatures(db: Queryable, f: NeighbourLayerFilter, p: LayerPage): Promise<FeaturePage> {
  const where: SQLQuery[] = [sql.query`true`];
  if (f.codes)
    where.push(
      sql.query`(nl.code = any(${sql.value(f.codes)}::text[]) or nl.neighbour_code = any(${sql.value(f.codes)}::text[]))`,
    );
  if (f.kinds) where.push(sql.query`l.kind = any(${sql.value(f.kinds)}::text[])`);
  where.push(...bboxCondition(sql.query`nl.line_bng`, f));
  const rows = await db.query<FeaturePage>(
    'neighbourFeatures',
    sql.query`
      with page as (
        select nl.code, nl.neighbour_code, row_number() over (order by nl.code, nl.neighbour_code) as ord,
               count(*) over () as matched
        from adjacency_lines nl join adjacencies l on l.code = nl.code and l.neighbour_code = nl.neighbour_code
        where ${sql.join(where, ' and ')}
        order by nl.code, nl.neighbour_code limit ${sql.value(p.limit)} offset ${sql.value(p.offset)}
      )
      select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
               'type', 'Feature', 'id', pg.code || '-' || pg.neighbour_code,
               'geometry', ${geometryOut(sql.query`nl.line_bng`, p)},
               'properties', json_build_object('code', pg.code, 'name', a1.name,
                 'neighbour_code', pg.neighbour_code, 'neighbour_name', a2.name, 'kind', l.kind,
                 'shared_border_km', l.shared_border_km, 'gap_km', l.gap_km)) order by pg.ord), '[]'::json)) as collection,
             max(pg.matched)::int as matched
      from page pg
      join adjacency_lines nl on nl.code = pg.code and nl.neighbour_code = pg.neighbour_code
      join adjacencies l on l.code = pg.code and l.neighbour_code = pg.neighbour_code
      join authorities a1 on a1.code = pg.code join authorities a2 on a2.code = pg.neighbour_code`,
  );
  return rows[0]!;
}

/** One page of districts matching the criteria (code order), each as the line to its nearest hotspot in `edition`. */
export async function nearestHotspotFeatures(
  db: Queryable,
  criteria: AuthorityCriteria,
  f: LayerBbox,
  p: LayerPage,
  edition: number,
): Promise<FeaturePage> {
  const line = sql.query`ST_MakeLine(b.centroid_bng, hb.centroid_bng)`;
  const nearest = nearestCandidates({ measure: 'CENTROID', first: 1, criteria: { edition, band: 'HOTSPOT' } });
  const rows = await db.query<FeaturePage>(
    'nearestHotspotFeatures',
    sql.query`
      with nearest as (
        select a.code, n.code as hotspot_code, n.distance_km
        from authorities a join boundaries b on b.code = a.code
        cross join lateral (select a.code, b.centroid_bng, b.boundary_bng) as sb
        cross join lateral (${nearest}) as n
        join boundaries hb on hb.code = n.code
        where ${sql.join([whereFromCriteria(criteria), ...bboxCondition(line, f)], ' and ')}
      ),
      page as (
        select nh.*, row_number() over (order by nh.code) as ord, count(*) over () as matched
        from nearest nh order by nh.code limit ${sql.value(p.limit)} offset ${sql.value(p.offset)}
      )
      select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
               'type', 'Feature', 'id', pg.code,
               'geometry', ${geometryOut(line, p)},
               'properties', json_build_object('code', pg.code, 'name', a.name, 'hotspot_code', pg.hotspot_code,
                 'hotspot_name', h.name, 'distance_km', pg.distance_km, 'edition', ${sql.value(edition)}::int)) order by pg.ord), '[]'::json)) as collection,
             max(pg.matched)::int as matched
      from page pg join authorities a on a.code = pg.code join boundaries b on b.code = pg.code
      join authorities h on h.code = pg.hotspot_code join boundaries hb on hb.code = pg.hotspot_code`,
  );
  return rows[0]!;
}
