import { readFileSync, statSync } from "node:fs";
import autocannon from "autocannon";

/** Who a request is sent as: a database session cookie (pages) or an API token (`Authorization: Bearer`, /api/v1). */
export type Target = { baseUrl: string; cookie?: string; bearer?: string };

function headersOf(target: Target): Record<string, string> {
  return {
    ...(target.cookie ? { cookie: target.cookie } : {}),
    ...(target.bearer ? { authorization: `Bearer ${target.bearer}` } : {}),
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** One GET with the session cookie or the bearer token; redirects are not followed (a redirect to sign-in is a failure, not a 200). */
export async function get(target: Target, path: string): Promise<{ status: number; body: string; ms: number }> {
  const start = performance.now();
  const res = await fetch(`${target.baseUrl}${path}`, { headers: headersOf(target), redirect: "manual" });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - start };
}

async function readCounter(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/api/dev/query-count`, { cache: "no-store" });
  if (res.status !== 200) {
    await res.arrayBuffer();
    throw new Error(
      `GET /api/dev/query-count answered ${res.status}: the build predates app/api/dev/query-count or ROSTER_COUNT_QUERIES is unset (run \`npm run build\`)`,
    );
  }
  return ((await res.json()) as { count: number }).count;
}

export async function assertCounter(baseUrl: string): Promise<void> {
  await readCounter(baseUrl);
}

const settle = () => new Promise((r) => setTimeout(r, 30));

/**
 * SQL statements one request sends: the server's statement counter before and after the request (the counter route
 * only reads memory). One unmeasured warm-up request, then `runs` measured ones; requests are strictly sequential.
 */
export async function countStatements(target: Target, path: string, runs = 5, onRun?: (i: number) => void) {
  await get(target, path);
  const counts: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < runs; i++) {
    onRun?.(i);
    const before = await readCounter(target.baseUrl);
    const { status } = await get(target, path);
    await settle(); // anything the request defers after its response (after(), background updates)
    const after = await readCounter(target.baseUrl);
    counts.push(after - before);
    statuses.add(status);
  }
  return { statements: Math.max(...counts), runs: counts, statuses: [...statuses] };
}

/** Latency one request at a time: `warmup` unmeasured requests, then `samples` measured ones. */
export async function sequentialLatency(target: Target, path: string, warmup = 20, samples = 100) {
  for (let i = 0; i < warmup; i++) await get(target, path);
  const times: number[] = [];
  let non2xx = 0;
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const { status, ms, body } = await get(target, path);
    times.push(ms);
    bytes = body.length;
    if (status < 200 || status > 299) non2xx++;
  }
  times.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times[times.length - 1]),
    samples,
    non2xx,
    bodyBytes: bytes,
  };
}

/**
 * `connections` concurrent keep-alive connections for `duration` seconds (autocannon), after `warmupS` seconds of the
 * same load that is not counted. With `cpuMs` (the server's CPU time so far), the server's CPU per request over the
 * counted run: what a page costs, less sensitive than requests/s to what else the machine is running.
 */
export async function loadTest(target: Target, path: string, connections = 10, duration = 10, warmupS = 3, cpuMs?: () => number | null) {
  const run = (seconds: number) => autocannon({ url: `${target.baseUrl}${path}`, connections, duration: seconds, timeout: 20, headers: headersOf(target) });
  // Steady state: the first seconds (the JIT still compiling the page in each server process) are not counted.
  const warmup = warmupS > 0 ? await run(warmupS) : null;
  const cpuBefore = cpuMs?.() ?? null;
  const result = await run(duration);
  const cpuAfter = cpuMs?.() ?? null;
  const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? round((cpuAfter - cpuBefore) / result.requests.total, 2) : null;
  return {
    connections,
    durationS: duration,
    warmupS,
    /** Requests/s during the warm-up: the server while V8 still compiles the page's code. */
    warmupRps: warmup ? round(warmup.requests.average) : null,
    requests: result.requests.total,
    rps: round(result.requests.average),
    p50Ms: round(result.latency.p50),
    p97_5Ms: round(result.latency.p97_5),
    p99Ms: round(result.latency.p99),
    /** The server processes' CPU time (user + system) over the counted run, per request. */
    cpuMsPerRequest,
    non2xx: result.non2xx + (warmup?.non2xx ?? 0),
    errors: result.errors + (warmup?.errors ?? 0),
    timeouts: result.timeouts + (warmup?.timeouts ?? 0),
  };
}

/**
 * PostgreSQL's own per-statement timings: while enabled, log_min_duration_statement = 0 writes every statement's
 * execution time to the server log (the file `pg_ctl -l` writes, next to the data folder).
 */
export class StatementLog {
  private offset = 0;
  constructor(private readonly file: string) {}

  mark() {
    this.offset = statSync(this.file).size;
  }

  /** Statements executed since mark(): the execute phase of each, with its duration and SQL text (shortened). */
  read(): { ms: number; sql: string }[] {
    const text = readFileSync(this.file).subarray(this.offset).toString("utf8");
    const out: { ms: number; sql: string }[] = [];
    for (const line of text.split("\n")) {
      const match = /duration: ([\d.]+) ms\s+(?:execute [^:]*|statement): (.*)$/.exec(line);
      if (match) out.push({ ms: Number(match[1]), sql: match[2].replace(/\s+/g, " ").slice(0, 160) });
    }
    return out;
  }
}
