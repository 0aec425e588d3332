/**
 * SQL for local authority districts: lists with filters, ordering and paging, lookups by code
 * and name, and boundaries. Spatial values are computed in EPSG:27700 and emitted as GeoJSON.
 */
import type { Queryable } from '../db/db';
import { sql, type SQLQuery } from '../db/sql';
import { geometrySql, pointSql } from '../spatial/geometry.sql';
import type { AuthorityCriteria, AuthorityOrderKey } from './authority.criteria';

export interface AuthorityRow {
  code: string;
  name: string;
  regionCode: string;
  areaKm2: number;
  population: number | null;
  populationMid2015: number | null;
  landAreaKm2: number | null;
  personsPerKm2: number | null;
}

/** Columns of an AuthorityRow, from `authorities a join boundaries b left join populations p`. */
const AUTHORITY_COLUMNS = sql.query`
  a.code, a.name, a.region_code as "regionCode", b.area_km2 as "areaKm2",
  p.persons_mid2016 as population, p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2", p.persons_per_km2 as "personsPerKm2"`;

const AUTHORITY_FROM = sql.query`authorities a join boundaries b on b.code = a.code left join populations p on p.code = a.code`;

function bandCondition(band: AuthorityCriteria['band']): SQLQuery {
  switch (band) {
    case 'HOTSPOT':
      return sql.query`m.rank <= e.hotspot_max_rank`;
    case 'COLDSPOT':
      return sql.query`m.rank >= e.coldspot_min_rank`;
    default:
      return sql.query`m.rank > e.hotspot_max_rank and m.rank < e.coldspot_min_rank`;
  }
}

/** The WHERE condition for criteria, on alias `a` (authorities). Composable under and/or/not. */
export function whereFromCriteria(c: AuthorityCriteria): SQLQuery {
  const parts: SQLQuery[] = [];
  if (c.codes) parts.push(sql.query`a.code = any(${sql.value(c.codes)}::text[])`);
  if (c.nameContains !== undefined) parts.push(sql.query`strpos(lower(a.name), lower(${sql.value(c.nameContains)})) > 0`);
  if (c.regionCode) parts.push(sql.query`a.region_code = ${sql.value(c.regionCode)}`);
  if (c.band) {
    parts.push(sql.query`exists (select 1 from mobility_scores m join editions e on e.edition = m.edition
                                 where m.code = a.code and m.edition = ${sql.value(c.edition)} and ${bandCondition(c.band)})`);
  }
  if (c.rankFrom !== undefined || c.rankTo !== undefined) {
    parts.push(sql.query`exists (select 1 from mobility_scores m
                                 where m.code = a.code and m.edition = ${sql.value(c.edition)}
                                   and m.rank between ${sql.value(c.rankFrom ?? 1)} and ${sql.value(c.rankTo ?? 2147483647)})`);
  }
  if (c.rural !== undefined) parts.push(sql.query`exists (select 1 from classifications c where c.code = a.code and c.rural = ${sql.value(c.rural)})`);
  if (c.industrial !== undefined) {
    parts.push(sql.query`exists (select 1 from classifications c where c.code = a.code and c.industrial = ${sql.value(c.industrial)})`);
  }
  if (c.ruralUrbanCodes) {
    parts.push(sql.query`exists (select 1 from classifications c
                                 where c.code = a.code and c.rural_urban_code = any(${sql.value(c.ruralUrbanCodes)}::smallint[]))`);
  }
  if (c.imdRankFrom !== undefined || c.imdRankTo !== undefined) {
    parts.push(sql.query`exists (select 1 from deprivation_domains dd where dd.code = a.code and dd.domain = 'IMD'
                                   and dd.rank_of_average_score between ${sql.value(c.imdRankFrom ?? 1)} and ${sql.value(c.imdRankTo ?? 2147483647)})`);
  }
  if (c.bandChange) {
    const { from, to, band, change } = c.bandChange;
    const inBand = (alias: 'f' | 't'): SQLQuery => {
      const m = sql.identifier(`m${alias}`);
      const e = sql.identifier(`e${alias}`);
      return band === 'HOTSPOT'
        ? sql.query`${m}.rank <= ${e}.hotspot_max_rank`
        : band === 'COLDSPOT'
          ? sql.query`${m}.rank >= ${e}.coldspot_min_rank`
          : sql.query`${m}.rank > ${e}.hotspot_max_rank and ${m}.rank < ${e}.coldspot_min_rank`;
    };
    const [before, after] = change === 'ENTERED' ? [sql.query`not (${inBand('f')})`, inBand('t')] : [inBand('f'), sql.query`not (${inBand('t')})`];
    parts.push(sql.query`exists (select 1 from mobility_scores mf join editions ef on ef.edition = mf.edition,
                                               mobility_scores mt join editions et on et.edition = mt.edition
                                 where mf.code = a.code and mf.edition = ${sql.value(from)} and mt.code = a.code and mt.edition = ${sql.value(to)}
                                   and ${before} and ${after})`);
  }
  if (c.coastal !== undefined) {
    parts.push(sql.query`exists (select 1 from coastlines cl where cl.code = a.code and cl.coastal = ${sql.value(c.coastal)})`);
  }
  if (c.within?.point) {
    // From a point: to the detailed boundary, as authorityAt and nearestAuthorities measure.
    parts.push(sql.query`exists (select 1 from detailed_boundaries wd where wd.code = a.code
                                   and ST_DWithin(wd.boundary_bng, ${pointSql(c.within.point)}, ${sql.value(c.within.metres)}::float8))`);
  }
  if (c.within?.authorityCode) {
    parts.push(sql.query`exists (select 1 from boundaries w1 join boundaries w2 on w2.code = ${sql.value(c.within.authorityCode)}
                                 where w1.code = a.code and ST_DWithin(w1.boundary_bng, w2.boundary_bng, ${sql.value(c.within.metres)}::float8))`);
  }
  if (c.bbox) {
    const [minLon, minLat, maxLon, maxLat] = c.bbox.map((v) => sql.value(v));
    parts.push(sql.query`exists (select 1 from boundaries bx where bx.code = a.code
                                   and ST_Intersects(bx.boundary_wgs84, ST_MakeEnvelope(${minLon!}::float8, ${minLat!}::float8, ${maxLon!}::float8, ${maxLat!}::float8, 4326)))`);
  }
  if (c.intersects) {
    parts.push(sql.query`exists (select 1 from boundaries gx where gx.code = a.code and ST_Intersects(gx.boundary_bng, ${geometrySql(c.intersects)}))`);
  }
  if (c.and) parts.push(...c.and.map((inner) => sql.query`(${whereFromCriteria(inner)})`));
  if (c.or) {
    parts.push(c.or.length === 0 ? sql.query`false` : sql.query`(${sql.join(c.or.map((inner) => sql.query`(${whereFromCriteria(inner)})`), ' or ')})`);
  }
  if (c.not) parts.push(sql.query`not (${whereFromCriteria(c.not)})`);
  return parts.length === 0 ? sql.query`true` : sql.join(parts, ' and ');
}

/** Fixed map from ordering to SQL: the only way an ORDER BY is built. */
const ORDER_SQL: Record<AuthorityOrderKey, SQLQuery> = {
  CODE_ASC: sql.query`a.code asc`,
  CODE_DESC: sql.query`a.code desc`,
  NAME_ASC: sql.query`a.name asc, a.code asc`,
  NAME_DESC: sql.query`a.name desc, a.code asc`,
  RANK_ASC: sql.query`o.rank asc nulls last, a.code asc`,
  RANK_DESC: sql.query`o.rank desc nulls last, a.code asc`,
  SCORE_ASC: sql.query`o.score asc nulls last, a.code asc`,
  SCORE_DESC: sql.query`o.score desc nulls last, a.code asc`,
  POPULATION_ASC: sql.query`p.persons_mid2016 asc nulls last, a.code asc`,
  POPULATION_DESC: sql.query`p.persons_mid2016 desc nulls last, a.code asc`,
  AREA_ASC: sql.query`b.area_km2 asc, a.code asc`,
  AREA_DESC: sql.query`b.area_km2 desc, a.code asc`,
  IMD_RANK_ASC: sql.query`od.rank_of_average_score asc nulls last, a.code asc`,
  IMD_RANK_DESC: sql.query`od.rank_of_average_score desc nulls last, a.code asc`,
};

export interface PageRequest {
  order: AuthorityOrderKey;
  /** Edition RANK and SCORE orderings refer to. */
  orderEdition: number;
  limit: number;
  offset: number;
}

/** One page of authorities matching the criteria, plus one extra row to tell if more follow. */
export function findAuthorities(db: Queryable, criteria: AuthorityCriteria, page: PageRequest): Promise<AuthorityRow[]> {
  return db.query<AuthorityRow>(
    'findAuthorities',
    sql.query`
      select ${AUTHORITY_COLUMNS}
      from ${AUTHORITY_FROM}
      left join mobility_scores o on o.code = a.code and o.edition = ${sql.value(page.orderEdition)}
      left join deprivation_domains od on od.code = a.code and od.domain = 'IMD'
      where ${whereFromCriteria(criteria)}
      order by ${ORDER_SQL[page.order]}
      limit ${sql.value(page.limit + 1)} offset ${sql.value(page.offset)}`,
  );
}

export async function countAuthorities(db: Queryable, criteria: AuthorityCriteria): Promise<number> {
  const rows = await db.query<{ count: number }>(
    'countAuthorities',
    sql.query`select count(*)::int as count from authorities a where ${whereFromCriteria(criteria)}`,
  );
  return rows[0]?.count ?? 0;
}

export function authoritiesByCode(db: Queryable, codes: readonly string[]): Promise<AuthorityRow[]> {
  return db.query<AuthorityRow>(
    'authoritiesByCode',
    sql.query`select ${AUTHORITY_COLUMNS} from ${AUTHORITY_FROM} where a.code = any(${sql.value(codes)}::text[])`,
  );
}

/** Exact name match, ignoring case (uses the unique index on lower(name)). */
export async function authorityByName(db: Queryable, name: string): Promise<AuthorityRow | null> {
  const rows = await db.query<AuthorityRow>(
    'authorityByName',
    sql.query`select ${AUTHORITY_COLUMNS} from ${AUTHORITY_FROM} where lower(a.name) = lower(${sql.value(name)})`,
  );
  return rows[0] ?? null;
}

export function authoritiesInRegions(db: Queryable, regionCodes: readonly string[]): Promise<AuthorityRow[]> {
  return db.query<AuthorityRow>(
    'authoritiesInRegions',
    sql.query`select ${AUTHORITY_COLUMNS} from ${AUTHORITY_FROM}
              where a.region_code = any(${sql.value(regionCodes)}::text[]) order by a.name`,
  );
}

export interface CentroidRow {
  code: string;
  geojson: object;
}

/** Centroids as GeoJSON Points (precomputed in both CRSs), only when a query asks for them. */
export function centroidsOf(db: Queryable, codes: readonly string[], srid: 4326 | 27700): Promise<CentroidRow[]> {
  const geometry = srid === 4326 ? sql.query`ST_AsGeoJSON(b.centroid_wgs84, 6)` : sql.query`ST_AsGeoJSON(b.centroid_bng, 1, 4)`;
  return db.query<CentroidRow>(
    'centroidsOf',
    sql.query`select b.code, ${geometry}::json as geojson from boundaries b where b.code = any(${sql.value(codes)}::text[])`,
  );
}

export interface BoundaryOptions {
  /** Douglas-Peucker tolerance in metres (EPSG:27700), topology preserved; 0 = as stored. */
  simplifyMetres: number;
  /** Decimal places of the output coordinates. */
  precision: number;
  srid: 4326 | 27700;
}

export interface BoundaryRow {
  code: string;
  geojson: object;
}

/** Boundaries as GeoJSON; simplification always happens in metres, before any transform. */
export function boundariesOf(db: Queryable, codes: readonly string[], o: BoundaryOptions): Promise<BoundaryRow[]> {
  const simplified = sql.query`ST_SimplifyPreserveTopology(b.boundary_bng, ${sql.value(o.simplifyMetres)})`;
  const geometry =
    o.srid === 4326
      ? o.simplifyMetres > 0
        ? sql.query`ST_Transform(${simplified}, 4326)`
        : sql.query`b.boundary_wgs84`
      : o.simplifyMetres > 0
        ? simplified
        : sql.query`b.boundary_bng`;
  // Option 4 adds the long-form CRS member, so BNG output says it is EPSG:27700.
  const options = o.srid === 27700 ? 4 : 0;
  return db.query<BoundaryRow>(
    'boundariesOf',
    sql.query`select b.code, ST_AsGeoJSON(${geometry}, ${sql.value(o.precision)}::int, ${sql.value(options)}::int)::json as geojson
              from boundaries b where b.code = any(${sql.value(codes)}::text[])`,
  );
}
