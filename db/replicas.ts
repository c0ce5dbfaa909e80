import { executeRows, getDbHandle, sql, type Db } from "./client";

/** A WAL position as PostgreSQL prints it (`16/B374D848`). */
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

/**
 * Runs a read on a read replica (DATABASE_REPLICA_URL), or on the primary when there is none (PGlite, one database:
 * no statement more). With `after` (the WAL position of the reader's last write), the replica is used only once it
 * has replayed that far: one cheap statement on the replica, and only for a reader who wrote recently. A replica that
 * fails (down, refusing, a recovery conflict) is skipped: the read runs again on the primary and `onFallback` hears why.
 */
export async function readOnReplica<T>(
  read: (db: Db) => Promise<T>,
  options: { after?: string; onFallback?: (error: unknown) => void } = {},
): Promise<T> {
  const handle = await getDbHandle();
  if (handle.replicas.length === 0) return read(handle.db);
  const replica = handle.replicas[Math.floor(Math.random() * handle.replicas.length)];
  try {
    if (options.after && LSN.test(options.after) && !(await hasReplayed(replica.raw, options.after))) return read(handle.db);
    return await read(replica.db);
  } catch (error) {
    options.onFallback?.(error);
    return read(handle.db);
  }
}

/** Whether the replica has replayed the WAL up to `lsn` (a database that is not a standby has everything). */
async function hasReplayed(replica: Db, lsn: string): Promise<boolean> {
  const [row] = await executeRows<{ replayed: boolean }>(
    replica,
    sql`select case when pg_is_in_recovery() then coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) else true end as replayed`,
  );
  return Boolean(row?.replayed);
}

/**
 * The primary's WAL position now, after a write committed: a replica that has replayed it has that write. Undefined
 * without replicas (nothing to wait for, no statement).
 */
export async function writePosition(): Promise<string | undefined> {
  const handle = await getDbHandle();
  if (handle.replicas.length === 0) return undefined;
  const [row] = await executeRows<{ lsn: string }>(handle.db, sql`select pg_current_wal_insert_lsn()::text as lsn`);
  return row?.lsn;
}
