/**
 * FlatGeobuf (f=fgb) of a page of features, built by PostGIS (ST_AsFlatGeobuf, with its packed
 * Hilbert R-tree spatial index) in one statement from the page's GeoJSON, the same features every
 * format of the OGC API gives. Each property becomes a column of the type its values have
 * (bigint, float8, boolean or text); the geometry keeps the CRS of the page, named in the header.
 * The index has to know every feature before the first is written, so a FlatGeobuf page is built
 * whole (in PostgreSQL), not streamed as CSV is.
 */
import { type Queryable, sql, type SQLQuery } from '../db';

const TYPES = {
  bigint: sql.query`bigint`,
  float8: sql.query`float8`,
  boolean: sql.query`boolean`,
  text: sql.query`text`,
};

type ColumnType = keyof typeof TYPES;

/** The SQL type of a property's values across the features (text when they disagree). */
function columnType(values: unknown[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'text';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number'))
    return present.every((v) => Number.isInteger(v)) ? 'bigint' : 'float8';
  return 'text';
}

export async function flatGeobuf(
  db: Queryable,
  features: Array<{ id: string; geometry?: unknown; properties: Record<string, unknown> }>,
  srid: 4326 | 27700,
): Promise<Buffer> {
  const names = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  const columns = names.map((name) => ({ name, type: columnType(features.map((f) => f.properties[name])) }));
  const record: SQLQuery[] = [
    sql.query`id text`,
    sql.query`geometry json`,
    ...columns.map((c) => sql.query`${sql.identifier(c.name)} ${c.type === 'text' ? sql.query`json` : TYPES[c.type]}`),
  ];
  // Text properties arrive as JSON values, so an object or a number among strings keeps its text.
  const selected = columns.map((c) =>
    c.type === 'text'
      ? sql.query`(case when json_typeof(r.${sql.identifier(c.name)}) = 'string' then r.${sql.identifier(c.name)} #>> '{}' else r.${sql.identifier(c.name)}::text end) as ${sql.identifier(c.name)}`
      : sql.query`r.${sql.identifier(c.name)}`,
  );
  const rows = await db.query<{ fgb: Buffer | Uint8Array | null }>(
    'flatGeobuf',
    sql.query`
      select ST_AsFlatGeobuf(q, true, 'geom') as fgb
      from (select r.id, ${sql.join([...selected, sql.query`ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), ${sql.value(srid)}::int) as geom`], ', ')}
            from json_to_recordset(${sql.value(JSON.stringify(features.map((f) => ({ id: f.id, geometry: f.geometry, ...f.properties }))))}::json)
                 as r(${sql.join(record, ', ')})) as q`,
  );
  const fgb = rows[0]?.fgb;
  return fgb ? Buffer.from(fgb) : Buffer.alloc(0);
}
