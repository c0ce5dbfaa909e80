import { isIP } from "node:net";
import { z } from "zod";
import { dbEnvShape, intWithDefault, optional, parseEnvironment } from "@/db/config";

/** Every setting Roster reads, validated once: the database's (db/config.ts) and the app's. */
const envSchema = z.object({
  ...dbEnvShape,
  NODE_ENV: optional,
  PORT: intWithDefault(3000),
  AUTH_SECRET: optional,
  /** The key that secrets stored in the database (SSO client secrets, SAML signing keys) are encrypted with; AUTH_SECRET's when unset. */
  ENCRYPTION_KEY: optional,
  AUTH_URL: optional,
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  /** GitHub's web address, where GitHub sign-in authorizes and exchanges its code (GitHub Enterprise Server: https://<host>; tests: a local server). */
  GITHUB_URL: optional.transform((v) => (v ?? "https://github.com").replace(/\/+$/, "")),
  /** GitHub's REST API (GitHub Enterprise Server: https://<host>/api/v3; tests: a local server). */
  GITHUB_API_URL: optional.transform((v) => (v ?? "https://api.github.com").replace(/\/+$/, "")),
  RESEND_API_KEY: optional,
  MAIL_FROM: optional.transform((v) => v ?? "Roster <roster@localhost>"),
  REGIONS: optional.transform((v) => (v ?? "local").split(",").map((r) => r.trim()).filter(Boolean)),
  MAX_OWNED_WORKSPACES: intWithDefault(10),
  MAX_MEMBERS: intWithDefault(1000),
  MAX_TOKENS: intWithDefault(50),
  INVITE_TTL_DAYS: intWithDefault(7),
  /** How long a deleted workspace waits, restorable by its owners, before the purge sweep deletes it for good. */
  WORKSPACE_RESTORE_DAYS: intWithDefault(30),
  /** Days the activity log keeps events (the retention sweep deletes older ones, keeping the hash chain verifiable); unset: forever. */
  ACTIVITY_RETENTION_DAYS: optional.transform((v, ctx) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: "custom", message: `must be a whole number of days (1 or more), or unset to keep events forever, got "${v}"` });
      return z.NEVER;
    }
    return n;
  }),
  API_RATE_LIMIT: intWithDefault(600),
  TRUSTED_PROXIES: trustedProxies(),
  SIGN_IN_LINKS_PER_ADDRESS: intWithDefault(5),
  SIGN_IN_LINKS_PER_ADDRESS_MINUTES: intWithDefault(15),
  SIGN_IN_LINKS_PER_IP: intWithDefault(30),
  SIGN_IN_LINKS_PER_IP_MINUTES: intWithDefault(60),
  DNS_SERVERS: dnsServers(),
  /** Whether SSO may call an IdP on a loopback, private (RFC 1918, fc00::/7) or CGNAT address: a self-hosted Keycloak or ADFS. */
  SSO_ALLOW_PRIVATE_NETWORKS: flag(),
  /** Whether webhook endpoints may be on a loopback, private or CGNAT address (and plain http there): receivers on an internal network, tests. */
  WEBHOOKS_ALLOW_PRIVATE: flag(),
  /** How many webhook deliveries this process sends at once (its pg-boss workers); 0: this process sends none, others do. */
  WEBHOOK_WORKERS: intWithDefault(2),
  /** An endpoint whose deliveries have all failed for this many days is disabled, and the workspace's owners emailed. */
  WEBHOOK_DISABLE_AFTER_DAYS: intWithDefault(5),
  /** The pauses between a failed delivery's attempts, in seconds (each with up to 10% jitter); after the last, it has failed. */
  WEBHOOK_RETRY_SCHEDULE: retrySchedule(),
  /**
   * The bearer token Prometheus sends for `GET /metrics` (`Authorization: Bearer <token>`, at least 16 characters);
   * unset: /metrics is not served (404) and no metrics are kept. Read by lib/server/metrics.mjs.
   */
  METRICS_TOKEN: optional.pipe(z.string().min(16, "must be at least 16 characters (a random secret)").optional()),
  /**
   * Where traces are sent (OpenTelemetry OTLP over HTTP, e.g. http://collector:4318; /v1/traces is appended); unset:
   * no tracing is loaded at all. The OTEL_EXPORTER_OTLP_* variables (headers, a traces-only endpoint) apply as usual.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  /** How spans are encoded: http/protobuf (default) or http/json. */
  OTEL_EXPORTER_OTLP_PROTOCOL: optional.pipe(z.enum(["http/protobuf", "http/json"]).optional()),
  /** The service name on every span (`service.name`); default "roster". */
  OTEL_SERVICE_NAME: optional.transform((v) => v ?? "roster"),
  LOG_LEVEL: optional.pipe(z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info")),
});

/** Comma-separated seconds, e.g. "5,60,600"; default 5 s, 1 min, 10 min, 1 h, 6 h, 12 h (about a day in all). */
function retrySchedule() {
  return optional.transform((v, ctx): number[] => {
    const parts = (v ?? "5,60,600,3600,21600,43200").split(",").map((s) => s.trim());
    if (parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) {
      ctx.addIssue({ code: "custom", message: `must be comma-separated numbers of seconds, got "${v}"` });
      return z.NEVER;
    }
    return parts.map(Number);
  });
}

/** "true" or "false" (unset: false). */
function flag() {
  return optional.pipe(z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional()).transform((v) => v === "true");
}

/**
 * Which proxies in front may say who the client is (X-Forwarded-For): a number of hops, or a comma-separated list of
 * addresses and CIDR ranges. Unset: nobody, the socket's address is the client's.
 */
export type TrustedProxies = { hops: number } | { ranges: string[] } | undefined;

function trustedProxies() {
  return optional.transform((v, ctx): TrustedProxies => {
    if (v === undefined) return undefined;
    if (/^\d+$/.test(v)) return { hops: Number(v) };
    const ranges = v.split(",").map((r) => r.trim()).filter(Boolean);
    const bad = ranges.find((r) => {
      const [address, prefix, extra] = r.split("/");
      const family = isIP(address ?? "");
      const bits = prefix === undefined ? 0 : Number(prefix);
      return !family || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128);
    });
    if (bad !== undefined) {
      ctx.addIssue({ code: "custom", message: `must be a number of hops or a list of IP addresses or CIDR ranges, got "${bad}"` });
      return z.NEVER;
    }
    return { ranges };
  });
}

/**
 * The DNS servers domain verification asks (comma-separated IP[:port], IPv6 as [addr]:port); unset: the system's.
 * node:dns takes addresses only, no host names.
 */
function dnsServers() {
  return optional.transform((v, ctx): string[] | undefined => {
    if (v === undefined) return undefined;
    const servers = v.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = servers.find((s) => {
      const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(s) ?? /^([^:]+)(?::(\d+))?$/.exec(s) ?? (isIP(s) === 6 ? [s, s, undefined] : null);
      const port = m?.[2] === undefined ? 53 : Number(m[2]);
      return !m || !isIP(m[1] ?? "") || !Number.isInteger(port) || port < 1 || port > 65535;
    });
    if (bad !== undefined) {
      ctx.addIssue({ code: "custom", message: `must be a comma-separated list of IP[:port], got "${bad}"` });
      return z.NEVER;
    }
    return servers;
  });
}

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  return (cached ??= parseEnvironment(envSchema));
}

export function dataDir(): string {
  const env = getEnv();
  return env.PGLITE_DIR.replace(/\/?[^/]+\/?$/, "") || ".";
}
