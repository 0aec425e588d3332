-- The SQL of src/db/ for the arguments in test/sql/specimens.ts. Written by npm run sql:emit; do not edit.

-- migrate: an empty database, every migration: createMigrationLedger
create table if not exists schema_migrations (
  name text primary key,
  applied_at timestamptz not null default now()
);

-- migrate: an empty database, every migration: appliedMigrations
select
  name
from
  schema_migrations
order by
  name;

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0001_postgis.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0001_postgis.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0002_geography.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0002_geography.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0003_classifications.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0003_classifications.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0004_mobility.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0004_mobility.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0005_context.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0005_context.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0006_spatial.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0006_spatial.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0007_reader_role.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0007_reader_role.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0008_quintile_thresholds.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0008_quintile_thresholds.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0009_data_version.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0009_data_version.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0010_areas.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0010_areas.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- migrate: an empty database, every migration: lockMigrations
-- $1 = 418565087603
select
  pg_advisory_xact_lock($1);

-- migrate: an empty database, every migration: isMigrationApplied
-- $1 = "0011_adjacency_lines.sql"
select
  1
from
  schema_migrations
where
  name = $1;

-- migrate: an empty database, every migration: recordMigration
-- $1 = "0011_adjacency_lines.sql"
insert into
  schema_migrations (name)
values
  ($1);

-- a read replica's state: the data version it has replayed: replicaDataVersion
select
  version::text as version
from
  data_version;
