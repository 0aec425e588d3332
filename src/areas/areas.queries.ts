/**
 * The areas' data: lookups by code and name, search, the 2016 districts of each area (and the
 * areas of each district), containment between areas, boundaries, and the summary of an area's
 * districts in an edition; and the per-request loaders that batch them. Membership is
 * `share >= MEMBER_SHARE` everywhere (areas.rules.ts).
 */
import { plannedColumn, type PlannedColumn } from '../authorities';
import { cachedByCode, defineLoaders, oneToMany, oneToOne, perArgs, RawJson } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';
import { bandCountsSql, bandSql } from '../mobility';
import { AREA_KINDS, MEMBER_SHARE, type AreaKind } from './areas.rules';

export interface AreaRow {
  code: string;
  kind: AreaKind;
  name: string;
  formerName: string | null;
  validFrom: number | null;
  validTo: number | null;
  areaKm2: number;
}

const AREA_COLUMNS = sql.query`r.code, r.kind, r.name, r.former_name as "formerName", r.valid_from as "validFrom", r.valid_to as "validTo", ab.area_km2 as "areaKm2"`;
const AREA_FROM = sql.query`areas r join area_boundaries ab on ab.code = r.code`;
const MEMBER = sql.query`${sql.value(MEMBER_SHARE)}::float8`;

/** The order areas (alias `alias`) are listed in: by kind (England, regions, combined authorities, …, councils), newest first, then name. */
const kindOrder = (alias: SQLQuery): SQLQuery =>
  sql.query`array_position(${sql.value([...AREA_KINDS].reverse())}::text[], ${alias}.kind)`;
const orderAs = (alias: SQLQuery): SQLQuery =>
  sql.query`${kindOrder(alias)}, ${alias}.valid_to desc nulls first, ${alias}.valid_from desc nulls last, ${alias}.name, ${alias}.code`;
const KIND_ORDER = kindOrder(sql.query`r`);
const AREA_ORDER = orderAs(sql.query`r`);

/** In force in `year` (null: any year). */
const inForce = (year: number | null): SQLQuery =>
  year === null
    ? sql.query`true`
    : sql.query`(r.valid_from is null or r.valid_from <= ${sql.value(year)}::int) and (r.valid_to is null or r.valid_to >= ${sql.value(year)}::int)`;

export function areasByCode(db: Queryable, codes: readonly string[]): Promise<AreaRow[]> {
  return db.query<AreaRow>(
    'areasByCode',
    sql.query`select ${AREA_COLUMNS} from ${AREA_FROM} where r.code = any(${sql.value(codes)}::text[])`,
  );
}

/**
 * The order areas of one name are tried in: the newest first (in force now, then the latest to
 * end), then England, a region, a combined authority, a metropolitan county, a county, a council.
 */
const NAME_ORDER = sql.query`r.valid_to desc nulls first, ${KIND_ORDER}, r.valid_from desc nulls last, r.code`;

/**
 * The areas named `name` (exact, ignoring case; an area's 2016 name counts too), in force in
 * `year` when given, most likely first (NAME_ORDER).
 */
export function areasByName(
  db: Queryable,
  name: string,
  year: number | null,
  kind: AreaKind | null,
): Promise<AreaRow[]> {
  return db.query<AreaRow>(
    'areasByName',
    sql.query`select ${AREA_COLUMNS} from ${AREA_FROM}
              where (lower(r.name) = lower(${sql.value(name)}) or lower(r.former_name) = lower(${sql.value(name)}))
                and ${inForce(year)} and ${kind === null ? sql.query`true` : sql.query`r.kind = ${sql.value(kind)}`}
              order by ${NAME_ORDER}`,
  );
}

export interface AreaSearch {
  /** searchForm of what was typed (areas.rules.ts); null: no search. */
  text: string | null;
  kind: AreaKind | null;
  year: number | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const searchWhere = (s: AreaSearch): SQLQuery =>
  sql.query`${s.text === null ? sql.query`true` : sql.query`r.search_text like ${sql.value(`%${escapeLike(s.text)}%`)}`}
            and ${s.kind === null ? sql.query`true` : sql.query`r.kind = ${sql.value(s.kind)}`}
            and ${inForce(s.year)}`;

/** One page of the areas a search finds, in AREA_ORDER, plus one row to tell if more follow. */
export function searchAreas(db: Queryable, s: AreaSearch, limit: number, offset: number): Promise<AreaRow[]> {
  return db.query<AreaRow>(
    'searchAreas',
    sql.query`select ${AREA_COLUMNS} from ${AREA_FROM} where ${searchWhere(s)} order by ${AREA_ORDER}
              limit ${sql.value(limit + 1)} offset ${sql.value(offset)}`,
  );
}

export async function countAreas(db: Queryable, s: AreaSearch): Promise<number> {
  const rows = await db.query<{ count: number }>(
    'countAreas',
    sql.query`select count(*)::int as count from areas r where ${searchWhere(s)}`,
  );
  return rows[0]?.count ?? 0;
}

export interface AreaDistrictRow {
  areaCode: string;
  districtCode: string;
  share: number;
}

/** The 2016 districts recorded for each area, with their shares, by name. */
export function districtsOfAreas(db: Queryable, codes: readonly string[]): Promise<AreaDistrictRow[]> {
  return db.query<AreaDistrictRow>(
    'districtsOfAreas',
    sql.query`select d.area_code as "areaCode", d.district_code as "districtCode", d.share
              from area_districts d join authorities a on a.code = d.district_code
              where d.area_code = any(${sql.value(codes)}::text[])
              order by d.area_code, a.name`,
  );
}

/** The areas each district is one of (its own area included), in AREA_ORDER. */
export function areasOfDistricts(
  db: Queryable,
  codes: readonly string[],
): Promise<(AreaRow & { districtCode: string })[]> {
  return db.query(
    'areasOfDistricts',
    sql.query`select d.district_code as "districtCode", ${AREA_COLUMNS}
              from area_districts d join ${AREA_FROM} on r.code = d.area_code
              where d.district_code = any(${sql.value(codes)}::text[]) and d.share >= ${MEMBER}
              order by d.district_code, ${AREA_ORDER}`,
  );
}

/**
 * Containment between areas whose years overlap: `outer` holds every district of `inner` and
 * more. Areas with the same districts (Greater Manchester, the metropolitan county and the
 * combined authority) contain neither the other.
 */
function containment(where: SQLQuery, order: SQLQuery): SQLQuery {
  return sql.query`
    with members as (
      select area_code, array_agg(district_code) as districts, count(*) as n
      from area_districts where share >= ${MEMBER} group by area_code)
    select i.area_code as "innerCode", o.area_code as "outerCode"
    from members i join members o on o.n > i.n and o.districts @> i.districts
    join areas ri on ri.code = i.area_code join areas ro on ro.code = o.area_code
    where (ri.valid_from is null or ro.valid_to is null or ri.valid_from <= ro.valid_to)
      and (ro.valid_from is null or ri.valid_to is null or ro.valid_from <= ri.valid_to)
      and ${where}
    order by ${order}`;
}

export interface ContainmentRow {
  innerCode: string;
  outerCode: string;
}

export function parentsOf(db: Queryable, codes: readonly string[]): Promise<ContainmentRow[]> {
  return db.query<ContainmentRow>(
    'areaParents',
    containment(sql.query`i.area_code = any(${sql.value(codes)}::text[])`, orderAs(sql.query`ro`)),
  );
}

export function childrenOf(db: Queryable, codes: readonly string[]): Promise<ContainmentRow[]> {
  return db.query<ContainmentRow>(
    'areaChildren',
    containment(sql.query`o.area_code = any(${sql.value(codes)}::text[])`, orderAs(sql.query`ri`)),
  );
}

export interface AreaBoundaryOptions {
  simplifyMetres: number;
  precision: number;
  srid: 4326 | 27700;
}

/** Areas' boundaries as GeoJSON text (the union of their districts', made at load). */
export async function areaBoundaries(
  db: Queryable,
  codes: readonly string[],
  o: AreaBoundaryOptions,
): Promise<{ code: string; geojson: RawJson }[]> {
  const simplified = sql.query`ST_Multi(ST_SimplifyPreserveTopology(ab.boundary_bng, ${sql.value(o.simplifyMetres)}))`;
  const geometry =
    o.srid === 4326
      ? o.simplifyMetres > 0
        ? sql.query`ST_Transform(${simplified}, 4326)`
        : sql.query`ab.boundary_wgs84`
      : o.simplifyMetres > 0
        ? simplified
        : sql.query`ab.boundary_bng`;
  const rows = await db.query<{ code: string; geojson: string }>(
    'areaBoundaries',
    sql.query`select ab.code, ST_AsGeoJSON(${geometry}, ${sql.value(o.precision)}::int, ${sql.value(o.srid === 27700 ? 4 : 0)}::int) as geojson
              from area_boundaries ab where ab.code = any(${sql.value(codes)}::text[])`,
  );
  return rows.map((r) => ({ code: r.code, geojson: new RawJson(r.geojson) }));
}

export interface AreaSummaryRow {
  areaCode: string;
  districtCount: number;
  rankedCount: number;
  hotspotCount: number;
  coldspotCount: number;
  population: number;
  rankedPopulation: number;
  populationInHotspots: number;
  populationInColdspots: number;
  meanScore: number | null;
  populationWeightedScore: number | null;
  medianRank: number | null;
  bestRank: number | null;
  worstRank: number | null;
}

/** The summary columns of AreaSummaryRow over the districts of the area `area` (SQL) in an edition (every figure derived from the districts'). */
function summaryColumns(edition: number): SQLQuery {
  return sql.query`
             count(*)::int as "districtCount",
             ${bandCountsSql(sql.query`m.rank`, sql.query`e`)},
             coalesce(sum(p.persons_mid2016), 0)::int as population,
             coalesce(sum(p.persons_mid2016) filter (where m.rank is not null), 0)::int as "rankedPopulation",
             coalesce(sum(p.persons_mid2016) filter (where ${bandSql(sql.query`m.rank`, sql.query`e`)} = 'HOTSPOT'), 0)::int as "populationInHotspots",
             coalesce(sum(p.persons_mid2016) filter (where ${bandSql(sql.query`m.rank`, sql.query`e`)} = 'COLDSPOT'), 0)::int as "populationInColdspots",
             avg(m.score) as "meanScore",
             sum(m.score * p.persons_mid2016) / nullif(sum(p.persons_mid2016) filter (where m.rank is not null), 0) as "populationWeightedScore",
             percentile_cont(0.5) within group (order by m.rank) as "medianRank",
             min(m.rank) as "bestRank", max(m.rank) as "worstRank"
      from area_districts d
      left join mobility_scores m on m.code = d.district_code and m.edition = ${sql.value(edition)}
      left join editions e on e.edition = m.edition
      left join populations p on p.code = d.district_code`;
}

/** One area's summary (a lateral subquery for the area whose code is `area`). */
const summaryOf = (area: SQLQuery, edition: number): SQLQuery =>
  sql.query`select ${summaryColumns(edition)} where d.area_code = ${area} and d.share >= ${MEMBER}`;

/** Each area's districts in an edition, aggregated. */
export function areaSummaries(db: Queryable, codes: readonly string[], edition: number): Promise<AreaSummaryRow[]> {
  return db.query<AreaSummaryRow>(
    'areaSummaries',
    sql.query`
      select d.area_code as "areaCode", ${summaryColumns(edition)}
      where d.area_code = any(${sql.value(codes)}::text[]) and d.share >= ${MEMBER}
      group by d.area_code`,
  );
}

/**
 * The council that covers the district (alias `a`) in the newest geography: the lower-tier area
 * still in force at the data's end that it is one of (itself when unchanged), as one JSON
 * object: a planned column of LocalAuthority.successor.
 */
export const SUCCESSOR_COLUMN: PlannedColumn<AreaRow | null> = plannedColumn(
  'successor',
  sql.query`(select json_build_object('code', r.code, 'kind', r.kind, 'name', r.name, 'formerName', r.former_name,
                                     'validFrom', r.valid_from, 'validTo', r.valid_to, 'areaKm2', ab.area_km2)
             from area_districts d join ${AREA_FROM} on r.code = d.area_code
             where d.district_code = a.code and d.share >= ${MEMBER} and r.kind = 'DISTRICT' and r.valid_to is null
             order by d.share desc, r.code limit 1)`,
);

/** The successor of each district (see SUCCESSOR_COLUMN), batched. */
export function successorsOf(db: Queryable, codes: readonly string[]): Promise<(AreaRow & { districtCode: string })[]> {
  return db.query(
    'successorsOf',
    sql.query`select distinct on (d.district_code) d.district_code as "districtCode", ${AREA_COLUMNS}
              from area_districts d join ${AREA_FROM} on r.code = d.area_code
              where d.district_code = any(${sql.value(codes)}::text[]) and d.share >= ${MEMBER} and r.kind = 'DISTRICT' and r.valid_to is null
              order by d.district_code, d.share desc, r.code`,
  );
}

// Per-request loaders.

export const AreaLoaders = defineLoaders('areas', ({ db, caches, dataVersion }) => ({
  byCode: oneToOne(
    (codes: readonly string[]) => areasByCode(db, codes),
    (r) => r.code,
  ),
  districts: oneToMany(
    (codes: readonly string[]) => districtsOfAreas(db, codes),
    (r) => r.areaCode,
  ),
  ofDistrict: oneToMany(
    (codes: readonly string[]) => areasOfDistricts(db, codes),
    (r) => r.districtCode,
  ),
  successor: oneToOne(
    (codes: readonly string[]) => successorsOf(db, codes),
    (r) => r.districtCode,
  ),
  parents: oneToMany(
    (codes: readonly string[]) => parentsOf(db, codes),
    (r) => r.innerCode,
  ),
  children: oneToMany(
    (codes: readonly string[]) => childrenOf(db, codes),
    (r) => r.outerCode,
  ),
  summary: perArgs((edition: number) =>
    oneToOne(
      (codes: readonly string[]) => areaSummaries(db, codes, edition),
      (r) => r.areaCode,
    ),
  ),
  boundary: perArgs((o: AreaBoundaryOptions) =>
    cachedByCode(
      caches.geometry,
      (code) => `${dataVersion}:area:${o.srid}:${o.simplifyMetres}:${o.precision}:${code}`,
      (codes) => areaBoundaries(db, codes, o),
    ),
  ),
}));

// Areas as GeoJSON features (the OGC API's `areas` collection), built by PostgreSQL in one statement.

export interface AreaFeatureFilter extends AreaSearch {
  codes?: readonly string[];
  /** WGS84 [minLon, minLat, maxLon, maxLat]. */
  bbox?: readonly [number, number, number, number];
  /** EPSG:27700 [minE, minN, maxE, maxN]. */
  bboxBng?: readonly [number, number, number, number];
}

export interface AreaFeatureOptions extends AreaBoundaryOptions {
  /** Edition of the summary properties. */
  edition: number;
}

/** The properties of an area feature, in order: the area, then its districts' summary in the edition (derived). */
export const AREA_FEATURE_PROPERTIES = [
  'code',
  'name',
  'kind',
  'former_name',
  'valid_from',
  'valid_to',
  'area_km2',
  'edition',
  'districts',
  'ranked',
  'hotspots',
  'coldspots',
  'population',
  'population_in_coldspots',
  'population_weighted_score',
] as const;

const featureWhere = (f: AreaFeatureFilter): SQLQuery => {
  const parts = [searchWhere(f)];
  if (f.codes) parts.push(sql.query`r.code = any(${sql.value(f.codes)}::text[])`);
  if (f.bbox)
    parts.push(
      sql.query`ab.boundary_wgs84 && ST_MakeEnvelope(${sql.join(
        f.bbox.map((v) => sql.value(v)),
        ', ',
      )}, 4326)`,
    );
  if (f.bboxBng)
    parts.push(
      sql.query`ab.boundary_bng && ST_MakeEnvelope(${sql.join(
        f.bboxBng.map((v) => sql.value(v)),
        ', ',
      )}, 27700)`,
    );
  return sql.join(parts, ' and ');
};

/** One page of areas (code order) as a FeatureCollection, and how many match on all pages (null for an empty page). */
export async function areaFeatures(
  db: Queryable,
  f: AreaFeatureFilter,
  page: { limit: number; offset: number },
  o: AreaFeatureOptions,
): Promise<{
  collection: { type: 'FeatureCollection'; features: { id: string; properties: Record<string, unknown> }[] };
  matched: number | null;
}> {
  const simplified = sql.query`ST_Multi(ST_SimplifyPreserveTopology(ab.boundary_bng, ${sql.value(o.simplifyMetres)}))`;
  const geometry =
    o.srid === 4326
      ? o.simplifyMetres > 0
        ? sql.query`ST_Transform(${simplified}, 4326)`
        : sql.query`ab.boundary_wgs84`
      : o.simplifyMetres > 0
        ? simplified
        : sql.query`ab.boundary_bng`;
  const rows = await db.query<{ collection: never; matched: number | null }>(
    'areaFeatures',
    sql.query`
      with page as (
        select r.code, row_number() over (order by r.code) as ord, count(*) over () as matched
        from ${AREA_FROM} where ${featureWhere(f)}
        order by r.code limit ${sql.value(page.limit)} offset ${sql.value(page.offset)}
      )
      select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
               'type', 'Feature', 'id', r.code,
               'geometry', ST_AsGeoJSON(${geometry}, ${sql.value(o.precision)}::int, 0)::json,
               'properties', json_build_object('code', r.code, 'name', r.name, 'kind', r.kind, 'former_name', r.former_name,
                 'valid_from', r.valid_from, 'valid_to', r.valid_to, 'area_km2', ab.area_km2, 'edition', ${sql.value(o.edition)}::int,
                 'districts', s."districtCount", 'ranked', s."rankedCount", 'hotspots', s."hotspotCount", 'coldspots', s."coldspotCount",
                 'population', s.population, 'population_in_coldspots', s."populationInColdspots",
                 'population_weighted_score', s."populationWeightedScore")) order by pg.ord), '[]'::json)) as collection,
             max(pg.matched)::int as matched
      from page pg join ${AREA_FROM} on r.code = pg.code
      cross join lateral (${summaryOf(sql.query`pg.code`, o.edition)}) as s`,
  );
  return rows[0]!;
}

export async function countAreaFeatures(db: Queryable, f: AreaFeatureFilter): Promise<number> {
  const rows = await db.query<{ count: number }>(
    'countAreaFeatures',
    sql.query`select count(*)::int as count from ${AREA_FROM} where ${featureWhere(f)}`,
  );
  return rows[0]?.count ?? 0;
}
