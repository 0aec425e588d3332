#!/bin/sh
# Runs once, when the primary's data directory is first created (the postgres image runs the files
# in /docker-entrypoint-initdb.d): makes the role the standby copies and streams with, and lets it
# connect for replication. Reads POSTGRES_USER, POSTGRES_DB, PGDATA (set by the image) and
# REPLICATION_USER, REPLICATION_PASSWORD. scale:test runs it too (tools/replication.ts).
set -eu
: "${PGDATA:?}" "${POSTGRES_USER:?}" "${REPLICATION_USER:?}" "${REPLICATION_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
  -v role="$REPLICATION_USER" -v password="$REPLICATION_PASSWORD" <<'SQL'
create role :"role" with replication login password :'password';
SQL
echo "host replication $REPLICATION_USER all scram-sha-256" >> "$PGDATA/pg_hba.conf"
