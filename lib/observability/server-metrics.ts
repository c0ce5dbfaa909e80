import "server-only";

/** What the production server's Prometheus metrics (lib/server/metrics.mjs) take from the app, through globalThis. */
export type ServerMetrics = {
  countRateLimitRefusal(limit: string): void;
  /** What the webhook queue gauge reads on each scrape: job counts by state. */
  source(name: "webhookQueue", read: () => Promise<Record<string, number>>): void;
};

/** The server's metrics, or undefined when they are off (no METRICS_TOKEN, `next dev`, tests): then nothing is observed. */
export function serverMetrics(): ServerMetrics | undefined {
  return (globalThis as { __rosterMetrics?: ServerMetrics }).__rosterMetrics;
}
