/**
 * Loads the committed seed into a database in one transaction: every seed-owned table is brought
 * to exactly the seed's rows (stale rows deleted, the rest upserted), boundaries are made valid
 * with centroid and area precomputed, and the load is recorded. A failure rolls everything back,
 * so the data that was there keeps serving. Editions added by imports are left untouched.
 */
import { type Db, sql, type SQLQuery, type Transaction } from '../db';
import type { Logger } from '../logger';
import { MEMBER_SHARE } from '../areas/areas.rules';
import { boundaryRecords, validBoundaryFromGeoJson } from './boundary.sql';
import { upsertEditions, upsertSources } from './provenance.sql';
import { SEED_TABLES, type LoadedSeed, type TableSpec } from './seed.format';

export interface SeedStatus {
  hash: string;
  loadedAt: string;
}

/** The seed last loaded into this database, or null when none has been. */
export async function currentSeed(db: Db): Promise<SeedStatus | null> {
  const rows = await db.query<{ seed_hash: string; loaded_at: string }>(
    'currentSeed',
    sql.query`select seed_hash, loaded_at::text as loaded_at from seed_loads order by id desc limit 1`,
  );
  const row = rows[0];
  return row ? { hash: row.seed_hash, loadedAt: row.loaded_at } : null;
}

const ident = (name: string): SQLQuery => sql.query`${sql.identifier(name)}`;

function records(spec: TableSpec, rows: unknown[]): SQLQuery {
  return sql.query`json_populate_recordset(null::${ident(spec.table)}, ${sql.value(JSON.stringify(rows))}::json)`;
}

async function deleteStale(tx: Transaction, spec: TableSpec, rows: unknown[], scope?: SQLQuery): Promise<void> {
  const key = sql.join(
    spec.key.map((k) => ident(k)),
    ', ',
  );
  await tx.query(
    `deleteStale:${spec.table}`,
    sql.query`delete from ${ident(spec.table)}
              where ${scope ?? sql.query`true`}
                and (${key}) not in (select ${key} from ${records(spec, rows)})`,
  );
}

async function upsert(tx: Transaction, spec: TableSpec, rows: unknown[]): Promise<void> {
  const columns = Object.keys(spec.columns);
  const list = sql.join(
    columns.map((c) => ident(c)),
    ', ',
  );
  const updates = columns
    .filter((c) => !spec.key.includes(c))
    .map((c) => sql.query`${ident(c)} = excluded.${ident(c)}`);
  await tx.query(
    `upsert:${spec.table}`,
    sql.query`insert into ${ident(spec.table)} (${list})
              select ${list} from ${records(spec, rows)}
              on conflict (${sql.join(
                spec.key.map((k) => ident(k)),
                ', ',
              )}) do update set ${sql.join(updates, ', ')}`,
  );
}

export async function loadSeed(db: Db, seed: LoadedSeed, log: Logger): Promise<void> {
  const started = performance.now();
  const seedEditions = seed.editions.map((e) => e.edition);
  await db.transaction(
    async (tx) => {
      // Children first: drop rows the seed no longer has, so parents can then be replaced.
      for (const spec of [...SEED_TABLES].reverse()) {
        const scope =
          spec.table === 'mobility_scores'
            ? sql.query`edition = any(${sql.value(seedEditions)}::smallint[])`
            : undefined;
        await deleteStale(tx, spec, seed.tables[spec.table], scope);
      }
      await tx.query(
        'deleteStaleEditions',
        sql.query`delete from editions where origin = 'seed' and not (edition = any(${sql.value(seedEditions)}::smallint[]))`,
      );
      await tx.query(
        'deleteStaleDetailedBoundaries',
        sql.query`delete from detailed_boundaries where not (code = any(${sql.value(seed.detailedBoundaries.map((b) => b.code))}::text[]))`,
      );
      await tx.query(
        'deleteStaleBoundaries',
        sql.query`delete from boundaries where not (code = any(${sql.value(seed.boundaries.map((b) => b.code))}::text[]))`,
      );

      await upsertSources(tx, seed.sources);
      await tx.query(
        'upsertBoundaries',
        sql.query`insert into boundaries (code, name, country, boundary_bng, boundary_wgs84, centroid_bng, centroid_wgs84, area_km2)
                select code, name, country, bng, ST_Transform(bng, 4326), ST_Centroid(bng), ST_Transform(ST_Centroid(bng), 4326),
                       ST_Area(bng) / 1e6
                from (select code, name, country, ${validBoundaryFromGeoJson(sql.query`geometry`)} as bng
                      from ${boundaryRecords(seed.boundaries)}) as valid
                on conflict (code) do update set name = excluded.name, country = excluded.country,
                  boundary_bng = excluded.boundary_bng, boundary_wgs84 = excluded.boundary_wgs84,
                  centroid_bng = excluded.centroid_bng, centroid_wgs84 = excluded.centroid_wgs84, area_km2 = excluded.area_km2`,
      );
      for (const spec of SEED_TABLES) {
        if (spec.table === 'coastlines') {
          // After authorities (its parent), before the tables that follow.
          await tx.query(
            'upsertDetailedBoundaries',
            sql.query`insert into detailed_boundaries (code, boundary_bng)
                    select code, ${validBoundaryFromGeoJson(sql.query`geometry`)}
                    from json_to_recordset(${sql.value(JSON.stringify(seed.detailedBoundaries))}::json) as input(code text, geometry json)
                    on conflict (code) do update set boundary_bng = excluded.boundary_bng`,
          );
        }
        if (spec.table === 'mobility_scores') {
          await upsertEditions(tx, seed.editions, 'seed');
        }
        await upsert(tx, spec, seed.tables[spec.table]);
      }
      // Derived: an area's boundary is the union of its districts' (areas.rules.ts: MEMBER_SHARE).
      await tx.query('deleteAreaBoundaries', sql.query`delete from area_boundaries`);
      await tx.query(
        'insertAreaBoundaries',
        sql.query`insert into area_boundaries (code, boundary_bng, boundary_wgs84, area_km2)
                select code, g, ST_Transform(g, 4326), ST_Area(g) / 1e6
                from (select d.area_code as code, ST_Multi(ST_CollectionExtract(ST_Union(b.boundary_bng), 3)) as g
                      from area_districts d join boundaries b on b.code = d.district_code
                      where d.share >= ${sql.value(MEMBER_SHARE)}::float8
                      group by d.area_code) as unions`,
      );
      // Derived: the neighbours as lines (db/migrations/0011_adjacency_lines.sql).
      await tx.query('refreshAdjacencyLines', sql.query`select refresh_adjacency_lines()`);
      await tx.query('recordSeedLoad', sql.query`insert into seed_loads (seed_hash) values (${sql.value(seed.hash)})`);
      // Fresh statistics with the data (and with it, if the load rolls back): the planner's row
      // estimates decide between KNN index scans and joins, and autovacuum may be off or late.
      await tx.exec(
        `analyze ${['boundaries', 'detailed_boundaries', 'editions', 'area_boundaries', 'adjacency_lines', ...SEED_TABLES.map((t) => t.table)].join(', ')}`,
      );
    },
    { write: true },
  );
  log.info(
    {
      module: 'seed',
      hash: seed.hash.slice(0, 12),
      boundaries: seed.boundaries.length,
      ms: Math.round(performance.now() - started),
    },
    'seed loaded',
  );
}
