/**
 * The district's data: the SQL for the district itself (lookups by code, name and region,
 * centroids and boundaries, computed in EPSG:27700 and emitted as GeoJSON), what a look-ahead
 * plan asks of it, and the per-request loaders that batch those statements.
 */
import { cachedByCode, defineLoaders, type GeometryEntry, oneToMany, oneToOne, perArgs, RawJson } from '../common';
import { type Queryable, sql, type SQLQuery } from '../db';

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
export const AUTHORITY_COLUMNS = sql.query`
  a.code, a.name, a.region_code as "regionCode", b.area_km2 as "areaKm2",
  p.persons_mid2016 as population, p.persons_mid2015 as "populationMid2015",
  p.land_area_km2 as "landAreaKm2", p.persons_per_km2 as "personsPerKm2"`;

/**
 * The district's own fields as JSON values (planned-json.ts), from AUTHORITY_FROM's aliases
 * (`b` and `p` joined only when AUTHORITY_JSON_TABLES says a field reads them): the same values
 * the resolvers give. `id` is nodeId's base64url of "LocalAuthority:<code>" (no padding).
 */
export const AUTHORITY_JSON: Readonly<Record<string, SQLQuery>> = {
  code: sql.query`a.code`,
  name: sql.query`a.name`,
  population: sql.query`p.persons_mid2016`,
  areaKm2: sql.query`b.area_km2`,
  id: sql.query`translate(encode(convert_to('LocalAuthority:' || a.code, 'UTF8'), 'base64'), E'+/=\n', '-_')`,
};

/** The own tables AUTHORITY_JSON's fields read beyond `authorities a`: boundaries as b, populations as p. */
export const AUTHORITY_JSON_TABLES: Readonly<Record<string, 'boundaries' | 'populations'>> = {
  population: 'populations',
  areaKm2: 'boundaries',
};

export const AUTHORITY_FROM = sql.query`authorities a join boundaries b on b.code = a.code left join populations p on p.code = a.code`;

/** What a look-ahead plan (planned-field.ts) asks of the districts' row statement. */
export interface AuthorityPlan {
  /** Whether the district's own row is needed (else a district is just its code). */
  row: boolean;
  /** Extra columns of the row statement (the planned fields' columns), by id. */
  columns: Map<string, SQLQuery>;
  /** Identifies the columns, for one DataLoader per plan. */
  key: string;
}

/** A column of the districts' row statement, holding JSON of type V; `id` names what it holds (the same id, the same value). */
export interface PlannedColumn<V> {
  readonly id: string;
  readonly sql: SQLQuery;
  /** Type only: what the column holds. */
  readonly __value?: V;
}

export const plannedColumn = <V>(id: string, column: SQLQuery): PlannedColumn<V> => ({ id, sql: column });

/** The name of a planned column in the row statement, and so on the district's row. */
export const plannedAlias = (id: string): string => `planned:${id}`;

/** The row's columns plus the plan's, each under its plannedAlias. */
export function authorityColumns(plan?: AuthorityPlan): SQLQuery {
  if (!plan || plan.columns.size === 0) return AUTHORITY_COLUMNS;
  const planned = [...plan.columns].map(([id, column]) => sql.query`${column} as ${sql.identifier(plannedAlias(id))}`);
  return sql.query`${AUTHORITY_COLUMNS}, ${sql.join(planned, ', ')}`;
}

/** Districts by code, with the columns the plan adds (answers to other domains' fields). */
export function authoritiesByCode(
  db: Queryable,
  codes: readonly string[],
  plan?: AuthorityPlan,
): Promise<AuthorityRow[]> {
  return db.query<AuthorityRow>(
    'authoritiesByCode',
    sql.query`select ${authorityColumns(plan)} from ${AUTHORITY_FROM} where a.code = any(${sql.value(codes)}::text[])`,
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
  const geometry =
    srid === 4326 ? sql.query`ST_AsGeoJSON(b.centroid_wgs84, 6)` : sql.query`ST_AsGeoJSON(b.centroid_bng, 1, 4)`;
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

/** A boundary as GeoJSON text (the geometry cache's entry). */
export type BoundaryRow = GeometryEntry;

/**
 * The boundary of `boundaries b` as the options ask: simplification always happens in metres
 * (EPSG:27700), before any transform; unsimplified output reads the stored column of the CRS.
 */
export function boundaryGeometrySql(o: Pick<BoundaryOptions, 'simplifyMetres' | 'srid'>): SQLQuery {
  // Simplifying can leave one part of a MultiPolygon: ST_Multi keeps the type the schema promises.
  const simplified = sql.query`ST_Multi(ST_SimplifyPreserveTopology(b.boundary_bng, ${sql.value(o.simplifyMetres)}))`;
  if (o.srid === 4326)
    return o.simplifyMetres > 0 ? sql.query`ST_Transform(${simplified}, 4326)` : sql.query`b.boundary_wgs84`;
  return o.simplifyMetres > 0 ? simplified : sql.query`b.boundary_bng`;
}

/** Boundaries as GeoJSON. */
export async function boundariesOf(
  db: Queryable,
  codes: readonly string[],
  o: BoundaryOptions,
): Promise<BoundaryRow[]> {
  // Option 4 adds the long-form CRS member, so BNG output says it is EPSG:27700.
  const options = o.srid === 27700 ? 4 : 0;
  // Text, not json: the GeoJSON goes into the response as PostGIS wrote it, never parsed.
  const rows = await db.query<{ code: string; geojson: string }>(
    'boundariesOf',
    sql.query`select b.code, ST_AsGeoJSON(${boundaryGeometrySql(o)}, ${sql.value(o.precision)}::int, ${sql.value(options)}::int) as geojson
              from boundaries b where b.code = any(${sql.value(codes)}::text[])`,
  );
  return rows.map((r) => ({ code: r.code, geojson: new RawJson(r.geojson) }));
}

// Per-request loaders for authorities and their boundaries. Boundary GeoJSON (simplified, in a
// CRS, at a precision) changes only with the data, so it is also kept across requests in the
// process-wide geometry cache, keyed by the data version: PostGIS simplifies each boundary once.

export const AuthorityLoaders = defineLoaders('authorities', ({ db, caches, dataVersion }) => {
  const byCode = oneToOne(
    (codes: readonly string[]) => authoritiesByCode(db, codes),
    (r) => r.code,
  );
  const prime = (rows: AuthorityRow[]): AuthorityRow[] => {
    for (const r of rows) byCode.prime(r.code, r);
    return rows;
  };
  return {
    byCode,
    /** Districts by code with the columns of a plan (planned-field.ts), one loader per plan. */
    byCodeWith: perArgs(
      (plan: AuthorityPlan) =>
        oneToOne(
          (codes: readonly string[]) => authoritiesByCode(db, codes, plan),
          (r) => r.code,
        ),
      (plan) => plan.key,
    ),
    /** Seeds byCode with rows a list query already fetched, so nested lookups cost nothing. */
    prime,
    byRegion: oneToMany(
      async (regions: readonly string[]) => prime(await authoritiesInRegions(db, regions)),
      (r) => r.regionCode,
    ),
    centroid: perArgs((srid: 4326 | 27700) =>
      oneToOne(
        (codes: readonly string[]) => centroidsOf(db, codes, srid),
        (r) => r.code,
      ),
    ),
    boundary: perArgs((o: BoundaryOptions) =>
      cachedByCode(
        caches.geometry,
        (code) => `${dataVersion}:${o.srid}:${o.simplifyMetres}:${o.precision}:${code}`,
        (codes) => boundariesOf(db, codes, o),
      ),
    ),
  };
});
