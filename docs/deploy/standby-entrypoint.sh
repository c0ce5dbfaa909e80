#!/usr/bin/env bash
# The standby of compose.yaml: on first start, a copy of the primary made with pg_basebackup -R (which writes
# standby.signal and primary_conninfo), streaming WAL through its own replication slot; then PostgreSQL in hot standby.
set -euo pipefail
PGDATA=${PGDATA:-/var/lib/postgresql/data}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h primary -p 5432 -q; do sleep 1; done
  pg_basebackup -h primary -p 5432 -U replicator -D "$PGDATA" -R -X stream -C -S standby1 -c fast
  chmod 700 "$PGDATA"
fi
exec postgres -D "$PGDATA" -c hot_standby=on -c hot_standby_feedback=on -c max_standby_streaming_delay=30s
