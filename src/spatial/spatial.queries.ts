/**
 * Spatial data: the SQL of neighbours, nearest districts and point lookups (measured in
 * EPSG:27700 on indexed columns), and the per-request loaders that batch it, one statement per
 * batch of source districts.
 */
import { plannedColumn, type PlannedColumn } from '../authorities';
import { defineLoaders, type GridPoint, oneToMany, perArgs, pointSql } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';
import { type AuthorityCriteria, whereFromCriteria } from '../filter';

// SQL for spatial questions: neighbours (precomputed adjacency, walked for hops), nearest
// districts (KNN on GiST), point lookups and geometry checks. Distances are measured in
// EPSG:27700 and reported in km.

export interface NeighbourOptions {
  kinds: ('LAND_BORDER' | 'ACROSS_WATER')[];
  depth: number;
  maxGapKm: number;
  criteria: AuthorityCriteria | null;
}

export interface NeighbourRow {
  source: string;
  code: string;
  kind: 'LAND_BORDER' | 'ACROSS_WATER';
  sharedBorderKm: number | null;
  gapKm: number | null;
  hops: number;
}

/** Adjacency rows `l` of the kinds asked for, water links only up to the gap. */
const linkCondition = (o: Pick<NeighbourOptions, 'kinds' | 'maxGapKm'>): SQLQuery =>
  sql.query`l.kind = any(${sql.value(o.kinds)}::text[]) and (l.kind = 'LAND_BORDER' or l.gap_km <= ${sql.value(o.maxGapKm)}::float8)`;

/** The order of direct neighbours: land before water, longer border or narrower gap first, then name. */
const neighbourOrder = (name: SQLQuery): SQLQuery =>
  sql.query`l.kind = 'ACROSS_WATER', l.shared_border_km desc nulls last, l.gap_km nulls last, ${name}`;

/**
 * The direct neighbours of the district aliased `a` as one JSON array of NeighbourRow (without
 * source), in neighboursOf's order: planned with the district's own row.
 */
export function directNeighboursColumn(o: Pick<NeighbourOptions, 'kinds' | 'maxGapKm'>): SQLQuery {
  return sql.query`(
    select coalesce(json_agg(json_build_object('code', l.neighbour_code, 'kind', l.kind, 'hops', 1,
                                               'sharedBorderKm', l.shared_border_km, 'gapKm', l.gap_km)
                             order by ${neighbourOrder(sql.query`n.name`)}), '[]'::json)
    from adjacencies l join authorities n on n.code = l.neighbour_code
    where l.code = a.code and ${linkCondition(o)})`;
}

/**
 * Neighbours of each source district up to `depth` links, through English districts, each once
 * at its smallest hop count (LAND_BORDER preferred on ties); the filter applies to the results.
 * Ordered by hops, land before water, longer border / shorter gap first, then name.
 */
export function neighboursOf(db: Queryable, codes: readonly string[], o: NeighbourOptions): Promise<NeighbourRow[]> {
  const where = o.criteria ? whereFromCriteria(o.criteria) : sql.query`true`;
  if (o.depth === 1) {
    // Direct neighbours: one indexed join, no walk.
    return db.query<NeighbourRow>(
      'neighboursOf',
      sql.query`
        select s.code as source, l.neighbour_code as code, l.kind, 1 as hops,
               l.shared_border_km as "sharedBorderKm", l.gap_km as "gapKm"
        from unnest(${sql.value(codes)}::text[]) as s(code)
        join adjacencies l on l.code = s.code
        join authorities a on a.code = l.neighbour_code
        where ${linkCondition(o)} and ${where}
        order by s.code, ${neighbourOrder(sql.query`a.name`)}`,
    );
  }
  return db.query<NeighbourRow>(
    'neighboursOf',
    sql.query`
      with recursive links as (
        select l.code, l.neighbour_code, l.kind, l.shared_border_km, l.gap_km
        from adjacencies l join authorities en on en.code = l.neighbour_code
        where ${linkCondition(o)}
      ),
      walk (source, code, hops, kind) as (
        select s.code, l.neighbour_code, 1, l.kind
        from unnest(${sql.value(codes)}::text[]) as s(code) join links l on l.code = s.code
        union
        select w.source, l.neighbour_code, w.hops + 1, l.kind
        from walk w join links l on l.code = w.code
        where w.hops < ${sql.value(o.depth)}::int
      ),
      best as (
        select distinct on (source, code) source, code, hops, kind
        from walk where code <> source
        order by source, code, hops, kind = 'ACROSS_WATER'
      )
      select b.source, b.code, b.kind, b.hops,
             case when b.hops = 1 then d.shared_border_km end as "sharedBorderKm",
             case when b.hops = 1 then d.gap_km end as "gapKm"
      from best b
      join authorities a on a.code = b.code
      left join links d on d.code = b.source and d.neighbour_code = b.code
      where ${where}
      order by b.source, b.hops, b.kind = 'ACROSS_WATER', d.shared_border_km desc nulls last, d.gap_km nulls last, a.name`,
  );
}

export interface NearestOptions {
  measure: 'CENTROID' | 'BOUNDARY';
  first: number;
  criteria: AuthorityCriteria | null;
}

export interface DistanceRow {
  source: string;
  code: string;
  distanceKm: number;
}

/** Extra candidates fetched by boundary KNN before the exact re-sort (ties at distance 0). */
const BOUNDARY_CANDIDATE_MARGIN = 32;

/**
 * The `first` districts nearest to the source `sb` (a row with code, centroid_bng and
 * boundary_bng), never itself: centroid to centroid, or boundary to boundary with ties
 * (touching districts, distance 0) broken by centroid distance.
 * - Unfiltered: KNN on the GiST indexes.
 * - Filtered, by centroid: the districts matching the filter are found once per statement (a
 *   materialised CTE, not re-run per source; a filter such as a band or a region leaves a few
 *   dozen to a few hundred points) and ranked by distance for each source. A KNN scan with the
 *   filter as a correlated condition is what PostgreSQL picks otherwise, and it re-checks the
 *   filter for every candidate of every source: 5x slower for the nearest hotspot of 157
 *   districts (40 -> 7.5 ms, PostgreSQL 15, force_generic_plan).
 * - Filtered, by boundary: KNN on the boundary index with the filter (an exact polygon distance
 *   for every candidate would cost more than the filter).
 */
export function nearestCandidates(o: NearestOptions): SQLQuery {
  const where = o.criteria ? whereFromCriteria(o.criteria) : sql.query`true`;
  if (o.measure === 'CENTROID' && o.criteria) {
    return sql.query`
        with matching as materialized (
          select a.code, b.centroid_bng from authorities a join boundaries b on b.code = a.code where ${where}
        )
        select mt.code, ST_Distance(mt.centroid_bng, sb.centroid_bng) / 1000 as distance_km,
               ST_Distance(mt.centroid_bng, sb.centroid_bng) as centroid_m
        from matching mt
        where mt.code <> sb.code
        order by mt.centroid_bng <-> sb.centroid_bng, mt.code
        limit ${sql.value(o.first)}::int`;
  }
  return o.measure === 'CENTROID'
    ? sql.query`
        select a.code, ST_Distance(b.centroid_bng, sb.centroid_bng) / 1000 as distance_km,
               ST_Distance(b.centroid_bng, sb.centroid_bng) as centroid_m
        from authorities a join boundaries b on b.code = a.code
        where a.code <> sb.code and ${where}
        order by b.centroid_bng <-> sb.centroid_bng, a.code
        limit ${sql.value(o.first)}::int`
    : sql.query`
        select code, distance_km, centroid_m from (
          select a.code, ST_Distance(b.boundary_bng, sb.boundary_bng) / 1000 as distance_km,
                 ST_Distance(b.centroid_bng, sb.centroid_bng) as centroid_m
          from authorities a join boundaries b on b.code = a.code
          where a.code <> sb.code and ${where}
          order by b.boundary_bng <-> sb.boundary_bng
          limit ${sql.value(o.first + BOUNDARY_CANDIDATE_MARGIN)}::int
        ) as candidates
        order by distance_km, centroid_m, code
        limit ${sql.value(o.first)}::int`;
}

/** The nearest district to each source district, in order (see nearestCandidates). */
export function nearestOf(db: Queryable, codes: readonly string[], o: NearestOptions): Promise<DistanceRow[]> {
  return db.query<DistanceRow>(
    'nearestOf',
    sql.query`
      select sb.code as source, n.code, n.distance_km as "distanceKm"
      from unnest(${sql.value(codes)}::text[]) as s(code)
      join boundaries sb on sb.code = s.code
      cross join lateral (${nearestCandidates(o)}) as n
      order by sb.code, n.distance_km, n.centroid_m, n.code`,
  );
}

/**
 * The nearest district to the district aliased `a` (whose boundary is `b`) as one JSON object
 * { code, distanceKm }, or null: planned with the district's own row (first = 1).
 */
export function nearestColumn(o: NearestOptions): SQLQuery {
  return sql.query`(
    select json_build_object('code', n.code, 'distanceKm', n.distance_km)
    from (select a.code, b.centroid_bng, b.boundary_bng) as sb
    cross join lateral (${nearestCandidates({ ...o, first: 1 })}) as n)`;
}

/** The English district whose detailed boundary contains the point (first by code on a border). */
export async function authorityAtPoint(db: Queryable, p: GridPoint): Promise<string | null> {
  const rows = await db.query<{ code: string }>(
    'authorityAtPoint',
    sql.query`select code from detailed_boundaries where ST_Intersects(boundary_bng, ${pointSql(p)}) order by code limit 1`,
  );
  return rows[0]?.code ?? null;
}

/** Districts nearest a point, by distance to the detailed boundary (0 inside), KNN on GiST. */
export function nearestToPoint(
  db: Queryable,
  p: GridPoint,
  criteria: AuthorityCriteria | null,
  first: number,
): Promise<Omit<DistanceRow, 'source'>[]> {
  return db.query(
    'nearestToPoint',
    sql.query`
      select a.code, ST_Distance(d.boundary_bng, ${pointSql(p)}) / 1000 as "distanceKm"
      from authorities a join detailed_boundaries d on d.code = a.code
      where ${criteria ? whereFromCriteria(criteria) : sql.query`true`}
      order by d.boundary_bng <-> ${pointSql(p)}, a.code
      limit ${sql.value(first)}::int`,
  );
}

// Per-request loaders for spatial questions, one statement per batch of source districts.

export const SpatialLoaders = defineLoaders('spatial', ({ db }) => ({
  neighbours: perArgs((o: NeighbourOptions) =>
    oneToMany(
      (codes: readonly string[]) => neighboursOf(db, codes, o),
      (r) => r.source,
    ),
  ),
  nearest: perArgs((o: NearestOptions) =>
    oneToMany(
      (codes: readonly string[]) => nearestOf(db, codes, o),
      (r) => r.source,
    ),
  ),
}));

// The planned columns of spatial.graphql.ts: the direct, unfiltered neighbours and the nearest
// district matching the criteria (the nearest hotspot), each with the district's own row.

export const neighboursPlannedColumn = (
  o: Pick<NeighbourOptions, 'kinds' | 'maxGapKm'>,
): PlannedColumn<Omit<NeighbourRow, 'source'>[]> =>
  plannedColumn(`neighbours:${o.kinds.join('+')}:${o.maxGapKm}`, directNeighboursColumn(o));

export const nearestHotspotPlannedColumn = (
  edition: number,
  measure: NearestOptions['measure'],
): PlannedColumn<Omit<DistanceRow, 'source'> | null> =>
  plannedColumn(
    `nearestHotspot:${edition}:${measure}`,
    nearestColumn({ measure, first: 1, criteria: { edition, band: 'HOTSPOT' } }),
  );
