// Test support: a real HTTP webhook receiver on 127.0.0.1 that verifies every request with the standardwebhooks
// library (as a customer's would) and answers what the test scripted for its path.
import { createServer, type IncomingHttpHeaders } from "node:http";
import { Webhook } from "standardwebhooks";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; payload: Record<string, unknown> | null; verifiedWith: string | null };

export type WebhookReceiver = {
  url: (path: string) => string;
  received: Received[];
  /** The secrets a request is verified against (each tried alone); a request none verifies has verifiedWith null. */
  secrets: Set<string>;
  /** The statuses the next requests to `path` get, in turn (then 200). */
  script: (path: string, statuses: number[], headers?: Record<string, string>) => void;
  at: (path: string) => Received[];
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const secrets = new Set<string>();
  const scripts = new Map<string, { statuses: number[]; headers: Record<string, string> }>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0];
      let verifiedWith: string | null = null;
      let payload: Record<string, unknown> | null = null;
      for (const secret of secrets) {
        try {
          payload = new Webhook(secret).verify(body, req.headers as Record<string, string>) as Record<string, unknown>;
          verifiedWith = secret;
          break;
        } catch {
          // Not this secret.
        }
      }
      received.push({ path, headers: req.headers, body, payload, verifiedWith });
      const script = scripts.get(path);
      const status = script?.statuses.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain", ...(status >= 300 && status < 400 ? script?.headers : {}) }).end(`status ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    secrets,
    script: (path, statuses, headers = {}) => scripts.set(path, { statuses: [...statuses], headers }),
    at: (path) => received.filter((r) => r.path === path),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`): tests wait on conditions, never sleep blindly. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
