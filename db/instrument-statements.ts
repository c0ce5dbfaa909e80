import { SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import type postgres from "postgres";

/** Transaction admission in db/client.ts: connections a process may open, transactions holding one and waiting for one. */
export type PoolUsage = { size: number; active: number; waiting: number };

/** What the production server's metrics (lib/server/metrics.mjs, through globalThis) take from db/. */
type ServerMetrics = {
  observeStatement(operation: string, seconds: number, failed: boolean): void;
  source(name: "dbPool", read: () => PoolUsage): void;
};

/** The longest statement text a span carries (the app's SQL is built from code; a span has no need for more). */
const MAX_STATEMENT_CHARS = 4096;

/**
 * Times every statement (`roster_db_statement_duration_seconds`, when the server's metrics are on) and opens a span for
 * each (when OTEL_EXPORTER_OTLP_ENDPOINT is set: postgres.js has no working auto-instrumentation), with its SQL text
 * (parameters as $1, $2: never their values) as `db.statement`, a child of the request's span. Statements inside
 * transactions go through the transaction's own `sql`, so `begin` and `savepoint` are wrapped too. With neither on,
 * nothing is wrapped: the page path costs what it did.
 */
export function instrumentStatements(client: postgres.Sql, usage: () => PoolUsage): void {
  const metrics = (globalThis as { __rosterMetrics?: ServerMetrics }).__rosterMetrics;
  const tracing = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
  if (!metrics && !tracing) return;
  metrics?.source("dbPool", usage);
  const tracer = tracing ? trace.getTracer("roster-db") : null;

  const record = (query: string, run: () => Promise<unknown>): Promise<unknown> => {
    const operation = operationOf(query);
    const started = performance.now();
    const finish = (span: Span | null, error?: unknown) => {
      metrics?.observeStatement(operation, (performance.now() - started) / 1000, error !== undefined);
      if (!span) return;
      if (error !== undefined) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : undefined });
      }
      span.end();
    };
    const settle = (span: Span | null) =>
      run().then(
        (value) => {
          finish(span);
          return value;
        },
        (error: unknown) => {
          finish(span, error ?? new Error("statement failed"));
          throw error;
        },
      );
    // Only statements of a traced request: background work (pg-boss polling every second) would be a stream of lone traces.
    if (!tracer || !trace.getActiveSpan()) return settle(null);
    const attributes = { "db.system": "postgresql", "db.operation.name": operation, "db.statement": query.slice(0, MAX_STATEMENT_CHARS) };
    return tracer.startActiveSpan(`db ${operation}`, { kind: SpanKind.CLIENT, attributes }, (span) => settle(span));
  };

  /** The statement as it was (its `.values()`, `.cursor()` and the rest), observed once it is awaited. */
  const observed = <T extends PromiseLike<unknown>>(pending: T, query: string): T => {
    const then = pending.then.bind(pending);
    let result: Promise<unknown> | undefined;
    const run = () => (result ??= record(query, () => new Promise((resolve, reject) => then(resolve, reject))));
    return Object.assign(pending, {
      then: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => run().then(onFulfilled, onRejected),
      catch: (onRejected?: (e: unknown) => unknown) => run().catch(onRejected),
      finally: (onFinally?: () => void) => run().finally(onFinally),
    });
  };

  const wrapUnsafe = (sql: postgres.Sql) => {
    const unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((query: string, ...rest: unknown[]) => observed((unsafe as (...a: unknown[]) => ReturnType<postgres.Sql["unsafe"]>)(query, ...rest), query)) as typeof sql.unsafe;
  };
  /** `begin(fn)` / `begin(mode, fn)` and a transaction's `savepoint(...)`: the callback's `sql` is wrapped too. */
  const wrapScopes = (target: object, method: "begin" | "savepoint") => {
    const scoped = target as Record<string, (...args: unknown[]) => unknown>;
    const original = scoped[method]?.bind(target);
    if (!original) return;
    scoped[method] = (...args: unknown[]) => {
      const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
      return original(...args, (tx: postgres.TransactionSql) => {
        wrapUnsafe(tx as unknown as postgres.Sql);
        wrapScopes(tx, "savepoint");
        return fn(tx);
      });
    };
  };
  wrapUnsafe(client);
  wrapScopes(client, "begin");
}

const OPERATIONS = new Set(["select", "insert", "update", "delete", "with", "begin", "commit", "rollback", "savepoint", "release", "set", "lock"]);

/** The statement's SQL command, one of a fixed set (a metric label): "select", "insert", ..., or "other". */
export function operationOf(query: string): string {
  const word = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*\(?\s*([a-z]+)/i.exec(query)?.[1]?.toLowerCase() ?? "";
  return OPERATIONS.has(word) ? word : "other";
}
