import "server-only";
import pino, { type Logger } from "pino";
import { getEnv } from "@/lib/env";

export type { Logger };

const globalForLog = globalThis as unknown as { __rosterLogger?: Logger };

/**
 * The process's logger: JSON lines on stdout (one object per event, `requestId` on every line of a request), readable
 * lines through pino-pretty in development. LOG_LEVEL sets the threshold (default info).
 */
export function logger(): Logger {
  if (!globalForLog.__rosterLogger) {
    let level = "info";
    let pretty = false;
    try {
      const env = getEnv();
      level = env.LOG_LEVEL;
      pretty = env.NODE_ENV === "development";
    } catch {
      // An invalid configuration: start-up reports it through this logger, at the default level.
    }
    globalForLog.__rosterLogger = pino({
      level,
      base: { service: "roster" },
      // Secrets never reach a log line, even when a caller logs a whole request or error.
      redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
      ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname,service" } } } : {}),
    });
  }
  return globalForLog.__rosterLogger;
}

/** The logger of one request: every line it writes carries the request's id. */
export function requestLogger(requestId: string): Logger {
  return logger().child({ requestId });
}
