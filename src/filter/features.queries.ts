/**
 * SQL for feature collections: districts as GeoJSON Features built by PostgreSQL
 * (json_build_object, ST_AsGeoJSON), one statement per collection. `Query.authorities`'
 * featureCollection, the OGC API items and their single items all read them from here.
 */
import { boundaryGeometrySql, type BoundaryOptions } from '../authorities';
import { type Queryable, sql, type SQLQuery } from '../db';
import { bandSql, quintileSql } from '../mobility';
import type { AuthorityCriteria } from './criteria';
import { whereFromCriteria } from './criteria.sql';
import { orderJoins, pageOrderSql, type PageRequest } from './authorities.queries';

/** The properties a feature can carry, in the order they are written. */
export const FEATURE_PROPERTIES = [
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
] as const;
export type FeaturePropertyName = (typeof FEATURE_PROPERTIES)[number];

/** Fixed map from property to its column on featureJoins: the only way a property is selected. */
const PROPERTY_SQL: Record<FeaturePropertyName, SQLQuery> = {
  code: sql.query`a.code`,
  name: sql.query`a.name`,
  region: sql.query`r.name`,
  rank: sql.query`m.rank`,
  score: sql.query`m.score`,
  band: bandSql(sql.query`m.rank`, sql.query`e`),
  quintile: quintileSql(sql.query`m.rank`, sql.query`e`),
  coastal: sql.query`cl.coastal`,
  rural: sql.query`c.rural`,
  industrial: sql.query`c.industrial`,
  population: sql.query`p.persons_mid2016`,
};

export interface FeatureOptions extends BoundaryOptions {
  properties: readonly FeaturePropertyName[];
  /** Edition the rank, score, band and quintile properties are of. */
  edition: number;
}

/** Joins to `authorities a` of everything a feature's properties read, for the edition given. */
export function featureJoins(edition: number): SQLQuery {
  return sql.query`join boundaries b on b.code = a.code join regions r on r.code = a.region_code
    left join populations p on p.code = a.code left join classifications c on c.code = a.code
    left join coastlines cl on cl.code = a.code left join editions e on e.edition = ${sql.value(edition)}
    left join mobility_scores m on m.code = a.code and m.edition = e.edition`;
}

/** The properties as columns named by their keys (the columns of an MVT layer, say). */
export function propertyColumns(names: readonly FeaturePropertyName[]): SQLQuery {
  return sql.join(
    names.map((name) => sql.query`${PROPERTY_SQL[name]} as ${sql.identifier(name)}`),
    ', ',
  );
}

/** One district of featureJoins as a GeoJSON Feature: its code as id, the chosen properties. */
export function featureSql(o: FeatureOptions): SQLQuery {
  const properties = o.properties.map((name) => sql.query`${sql.literal(name)}::text, ${PROPERTY_SQL[name]}`);
  return sql.query`json_build_object('type', 'Feature', 'id', a.code,
    'geometry', ST_AsGeoJSON(${boundaryGeometrySql(o)}, ${sql.value(o.precision)}::int, 0)::json,
    'properties', ${properties.length ? sql.query`json_build_object(${sql.join(properties, ', ')})` : sql.query`'{}'::json`})`;
}

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: object;
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/**
 * One page of the districts matching the criteria, in order, as a FeatureCollection, and how many
 * districts match on all pages (null when the page is empty: past the end, or nothing matches).
 * With `crsMember`, BNG output names EPSG:27700 in a top-level `crs` member (as QGIS and GDAL
 * read plain GeoJSON); OGC API says it in a header instead.
 */
export async function featureCollection(
  db: Queryable,
  criteria: AuthorityCriteria,
  page: PageRequest,
  o: FeatureOptions,
  crsMember = true,
): Promise<{ collection: FeatureCollection; matched: number | null }> {
  const order = pageOrderSql(page);
  const crs =
    crsMember && o.srid === 27700
      ? sql.query`'crs', json_build_object('type', 'name', 'properties', json_build_object('name', 'urn:ogc:def:crs:EPSG::27700')), `
      : sql.query``;
  const rows = await db.query<{ collection: FeatureCollection; matched: number | null }>(
    'featureCollection',
    sql.query`
      with page as (
        select a.code, row_number() over (order by ${order}) as ord, count(*) over () as matched
        from authorities a ${orderJoins(page, new Set())}
        where ${whereFromCriteria(criteria)}
        order by ${order} limit ${sql.value(page.limit)} offset ${sql.value(page.offset)}
      )
      select json_build_object('type', 'FeatureCollection', ${crs}'features', coalesce(json_agg(${featureSql(o)} order by pg.ord), '[]'::json)) as collection,
             max(pg.matched)::int as matched
      from page pg join authorities a on a.code = pg.code ${featureJoins(o.edition)}`,
  );
  return rows[0]!;
}
