#!/usr/bin/env bash
# Runs once, when the primary's data folder is created (the postgres image's /docker-entrypoint-initdb.d):
# Roster's role, owning its database (it runs its own migrations at start), and the standby's replication role.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname roster \
  -v roster_password="$ROSTER_DB_PASSWORD" -v replication_password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE roster LOGIN PASSWORD :'roster_password';
ALTER DATABASE roster OWNER TO roster;
ALTER SCHEMA public OWNER TO roster;
-- Behind PgBouncer (DB_PREPARE=false) the timeouts of statements outside transactions are the role's.
ALTER ROLE roster SET statement_timeout = '15s';
ALTER ROLE roster SET lock_timeout = '5s';
CREATE ROLE replicator LOGIN REPLICATION PASSWORD :'replication_password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
