// Which database errors are faults of the database's availability (not of the request), and which are safe to retry.
// Pure (no driver imports): lib/errors.ts maps these to a 503, and client components import lib/errors.ts.

export type DbFaultKind =
  /** The server closed the connection under a statement (restart, failover, pg_terminate_backend, a reset). */
  | "lost"
  /** No connection could be opened, or none was free in time. */
  | "unreachable"
  /** A statement or lock timeout. */
  | "timeout"
  /** A serialization failure or deadlock that outlived its retries. */
  | "conflict";

const KINDS: Record<string, DbFaultKind> = {
  // postgres.js: the socket closed under a query, or the pool was destroyed or ended (shutdown).
  CONNECTION_CLOSED: "lost",
  CONNECTION_DESTROYED: "lost",
  CONNECTION_ENDED: "unreachable",
  CONNECT_TIMEOUT: "unreachable",
  ECONNRESET: "lost",
  EPIPE: "lost",
  ECONNREFUSED: "unreachable",
  ETIMEDOUT: "unreachable",
  EHOSTUNREACH: "unreachable",
  ENETUNREACH: "unreachable",
  ENOTFOUND: "unreachable",
  EAI_AGAIN: "unreachable",
  // PostgreSQL: admin_shutdown (also pg_terminate_backend), crash_shutdown, cannot_connect_now (starting or stopping).
  "57P01": "lost",
  "57P02": "lost",
  "57P03": "unreachable",
  // too_many_connections: the server is full.
  "53300": "unreachable",
  // query_canceled (statement_timeout), lock_not_available (lock_timeout).
  "57014": "timeout",
  "55P03": "timeout",
  "40001": "conflict",
  "40P01": "conflict",
  POOL_TIMEOUT: "unreachable",
  // Roster's own bound on a statement or transaction whose driver promise never settled (db/client.ts).
  DB_DEADLINE: "timeout",
};

/** The driver's or PostgreSQL's code of an error, looking through wrappers (drizzle's DrizzleQueryError keeps it in `cause`). */
export function dbErrorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code in KINDS) return code;
    // Node's happy-eyeballs connect gives an AggregateError of one error per address.
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner)) for (const x of inner) if (dbErrorCode(x)) return dbErrorCode(x);
  }
  return undefined;
}

/** The kind of availability fault this error is, or null when it is not one (a constraint violation, a bug). */
export function dbFault(error: unknown): DbFaultKind | null {
  const code = dbErrorCode(error);
  return code ? KINDS[code] : null;
}

type RequestContext = { getStore(): { databaseUnavailable: boolean } | undefined };

/**
 * Records that the current request met an unavailable database, for the production server (lib/server/serve.mjs
 * shares each request's context through globalThis): a page that fails on it is answered 503, not 500. Elsewhere
 * (`next dev`, tests, the browser) there is no context and this does nothing.
 */
export function noteUnavailable(error: unknown) {
  if (!dbFault(error)) return;
  const store = (globalThis as { __rosterRequestContext?: RequestContext }).__rosterRequestContext?.getStore();
  if (store) store.databaseUnavailable = true;
}

/** A serialization failure or a deadlock: PostgreSQL rolled the transaction back, and running it again is safe. */
export const isRetryableConflict = (error: unknown) => dbFault(error) === "conflict";

/** The connection died under the statement: a read may be sent again on a fresh connection. */
export const isLostConnection = (error: unknown) => dbFault(error) === "lost";

/** Every connection stayed in a transaction for longer than DB_POOL_TIMEOUT_MS. */
export class PoolTimeoutError extends Error {
  readonly code = "POOL_TIMEOUT";
  constructor(ms: number) {
    super(`No database connection became free within ${ms} ms.`);
    this.name = "PoolTimeoutError";
  }
}

/**
 * A statement or transaction outlived every bound PostgreSQL and the driver enforce (statement timeout plus connect
 * timeout, with a margin): the app stops waiting for it, so no request hangs on a connection the driver lost track of.
 */
export class DeadlineError extends Error {
  readonly code = "DB_DEADLINE";
  constructor(ms: number) {
    super(`The database did not answer within ${ms} ms.`);
    this.name = "DeadlineError";
  }
}

/** The promise's outcome, or a DeadlineError after `ms` (the promise's late outcome is then ignored). */
export function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(ms)), ms);
  });
  promise.catch(() => {}); // settled after the deadline: nobody is waiting for it any more
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
