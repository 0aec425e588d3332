#!/bin/sh
# Makes a streaming standby's data directory, once: when PGDATA is empty it copies the primary with
# pg_basebackup (-R writes standby.signal and primary_conninfo, so postgres then starts as a
# standby that streams from it). Retries while the primary is still starting. Reads PGDATA,
# PRIMARY_HOST, PRIMARY_PORT (default 5432), REPLICATION_USER and REPLICATION_PASSWORD.
# deploy/compose.yml runs it before postgres; scale:test runs it too (tools/replication.ts).
set -eu
: "${PGDATA:?}" "${PRIMARY_HOST:?}" "${REPLICATION_USER:?}"
if [ -s "$PGDATA/PG_VERSION" ]; then
  exit 0
fi
tries=0
until PGPASSWORD="${REPLICATION_PASSWORD:-}" pg_basebackup --host="$PRIMARY_HOST" --port="${PRIMARY_PORT:-5432}" \
  --username="$REPLICATION_USER" --pgdata="$PGDATA" --write-recovery-conf --wal-method=stream --checkpoint=fast; do
  tries=$((tries + 1))
  if [ "$tries" -ge 30 ]; then
    echo "standby-init: could not copy the primary at $PRIMARY_HOST after $tries tries" >&2
    exit 1
  fi
  find "$PGDATA" -mindepth 1 -delete
  sleep 2
done
chmod 700 "$PGDATA"
