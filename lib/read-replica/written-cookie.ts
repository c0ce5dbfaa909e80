/**
 * The cookie that carries the WAL position of a person's last write, for read-your-writes on replicas: while the replica
 * has not replayed it, their replica reads go to the primary. A plain value: forging it can only send one's own reads to
 * the primary or the replica, both of which they may read. It outlives any sane replication lag.
 */
export const WRITTEN_COOKIE = { name: "roster-written", maxAgeSeconds: 60 } as const;
