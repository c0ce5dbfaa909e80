#!/usr/bin/env bash
# Verifies docs/deploy.md's backup + PITR steps on a throwaway PostgreSQL 15 (run as root; postgres runs as postgres).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
D=$(mktemp -d /tmp/pitr-XXXX); chown postgres: "$D"; P=55491
as() { runuser -u postgres -- "$@"; }
trap 'as $BIN/pg_ctl -D $D/data -m immediate stop >/dev/null 2>&1 || true; as $BIN/pg_ctl -D $D/restore -m immediate stop >/dev/null 2>&1 || true; rm -rf $D' EXIT
as mkdir $D/archive
as $BIN/initdb -D $D/data -U postgres -A trust --no-sync -E UTF8 >/dev/null
as $BIN/pg_ctl -D $D/data -l $D/log -w -o "-p $P -k $D -c listen_addresses=127.0.0.1 -c archive_mode=on -c archive_timeout=60 -c wal_level=replica" \
  -o "-c archive_command='test ! -f $D/archive/%f && cp %p $D/archive/%f'" start >/dev/null
q() { as $BIN/psql -h $D -p $P -U postgres -Atqc "$1"; }
q "create table t (id int); insert into t select generate_series(1, 1000)"
as $BIN/pg_basebackup -h 127.0.0.1 -p $P -U postgres -D $D/base -Ft -z -X stream -c fast
q "insert into t select generate_series(1001, 2000)"
sleep 1; TARGET=$(q "select now()"); sleep 1
q "delete from t where id > 10"   # the mistake
q "select pg_switch_wal()" >/dev/null
# wait until the segment with the delete is archived
for i in $(seq 50); do [ "$(q "select last_archived_wal = pg_walfile_name(pg_current_wal_lsn() - 1) or archived_count >= 3 from pg_stat_archiver")" = t ] && break; sleep 0.2; done
echo "archiver: $(q 'select archived_count, failed_count from pg_stat_archiver')"
echo "rows before restore: $(q 'select count(*) from t')"
as $BIN/pg_ctl -D $D/data -m fast -w stop >/dev/null
as mkdir -m 700 $D/restore
as tar -xzf $D/base/base.tar.gz -C $D/restore
as tar -xzf $D/base/pg_wal.tar.gz -C $D/restore/pg_wal
as bash -c "cat >> $D/restore/postgresql.auto.conf <<CONF
restore_command = 'cp $D/archive/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
archive_mode = off
CONF
touch $D/restore/recovery.signal"
as $BIN/pg_ctl -D $D/restore -l $D/restore.log -w -o "-p $P -k $D -c listen_addresses=127.0.0.1" start >/dev/null
for i in $(seq 50); do [ "$(q 'select pg_is_in_recovery()')" = f ] && break; sleep 0.2; done
echo "in recovery: $(q 'select pg_is_in_recovery()'); rows after restore: $(q 'select count(*) from t')"
grep -E "recovery stopping|archive recovery complete|selected new timeline" $D/restore.log
