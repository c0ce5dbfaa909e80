import type { Command } from "commander";
import { createRosterClient, type RosterClient } from "@/lib/sdk/create-roster-client";
import { RosterApiError } from "@/lib/sdk/roster-api-error";
import { CliError } from "./cli-error";
import { resolveConnection, type Connection } from "./config-file";
import { dim, red } from "./output";

declare const ROSTER_VERSION: string | undefined;
export const VERSION = typeof ROSTER_VERSION === "string" ? ROSTER_VERSION : "0.0.0-dev";

export type GlobalFlags = { profile?: string; workspace?: string; json?: boolean; yes?: boolean };

export type Context = { connection: Connection; client: RosterClient; json: boolean; flags: GlobalFlags };

/** The profile's connection and an SDK client for it (the flags of the command and of the program merged). */
export function contextOf(command: Command): Context {
  const flags = command.optsWithGlobals() as GlobalFlags;
  const connection = resolveConnection(flags);
  const client = createRosterClient({ baseUrl: connection.url, token: connection.token, workspace: connection.workspace, userAgent: `roster-cli/${VERSION}` });
  return { connection, client, json: Boolean(flags.json), flags };
}

/** One line for a person on stderr, and the exit code: 1 for a failure, 2 for a usage error. Never a stack trace. */
export function reportFailure(error: unknown): number {
  if (error instanceof RosterApiError) {
    const id = error.requestId ? dim(` (request id ${error.requestId})`, process.stderr) : "";
    process.stderr.write(`${red("Error:", process.stderr)} ${error.title}: ${error.detail}${id}\n`);
    for (const [field, messages] of Object.entries(error.errors ?? {})) {
      if (field !== "_") process.stderr.write(`  ${field}: ${messages.join(" ")}\n`);
    }
    if (error.status === 401) process.stderr.write("  Log in again with roster login, or check ROSTER_TOKEN.\n");
    return 1;
  }
  if (error instanceof CliError) {
    process.stderr.write(`${red("Error:", process.stderr)} ${error.message}\n${error.hint ? `  ${error.hint}\n` : ""}`);
    return error.exitCode;
  }
  process.stderr.write(`${red("Error:", process.stderr)} ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** A command's action: failures are reported and set the exit code, so commander never prints a stack. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      process.exitCode = reportFailure(error);
    }
  };
}
