import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Command } from "commander";
import { CliError, usageError } from "../cli-error";
import { action, contextOf } from "../command-context";
import { dim, green, printJson, red, shortDate } from "../output";

type Event = { id: number; action: string; actor: { label: string }; target: { label: string | null } | null; createdAt: string };

const line = (e: Event) => `${dim(shortDate(e.createdAt))}  ${e.actor.label}  ${e.action}${e.target?.label ? `  ${e.target.label}` : ""}`;

/**
 * `roster activity [--follow]`: the audit log, newest first; --follow prints new events as they happen.
 * `roster activity export`: every event in a date range as CSV or NDJSON; `roster activity verify`: the hash chain.
 */
export function registerActivityCommand(program: Command) {
  const activity = program
    .command("activity")
    .description("The workspace's activity log")
    .option("--action <action>", "only this action, e.g. member.role_changed")
    .option("--limit <n>", "how many events", "20")
    .option("-f, --follow", "keep printing new events (every 5 s) until interrupted")
    .action(
      action(async (options: { action?: string; limit: string; follow?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const page = await client.listActivity({ action: options.action, limit: Math.min(100, Number(options.limit) || 20) });
        const print = (events: Event[]) => {
          for (const e of events) process.stdout.write(json ? `${JSON.stringify(e)}\n` : `${line(e)}\n`);
        };
        print([...page.data].reverse());
        if (!options.follow) return;
        let last = page.data[0]?.id ?? 0;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 5000));
          const fresh = (await client.listActivity({ action: options.action, limit: 100 })).data.filter((e) => e.id > last);
          if (fresh.length) {
            last = fresh[0].id;
            print([...fresh].reverse());
          }
        }
      }),
    );

  activity
    .command("export")
    .description("Export the activity log (oldest first) as CSV or NDJSON, streamed to a file or stdout")
    .option("--format <format>", "csv or ndjson", "csv")
    .option("--from <date>", "only events from this day (UTC, YYYY-MM-DD) or ISO date-time")
    .option("--to <date>", "only events up to this day, included, or before this ISO date-time")
    .option("--action <action>", "only this action")
    .option("-q, --search <text>", "only events whose target contains this text")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .action(
      action(async (options: { format: string; from?: string; to?: string; action?: string; search?: string; output?: string }, command: Command) => {
        if (options.format !== "csv" && options.format !== "ndjson") throw usageError(`--format must be csv or ndjson, not "${options.format}".`);
        const { client } = contextOf(command);
        // `--action` is also an option of `roster activity` itself, which parses it first: read it from either.
        const only = options.action ?? (command.optsWithGlobals() as { action?: string }).action;
        const body = await client.exportActivity({ format: options.format, from: options.from, to: options.to, action: only, q: options.search });
        const source = Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
        if (options.output) {
          await pipeline(source, createWriteStream(options.output));
          process.stderr.write(`Exported to ${options.output}\n`);
        } else await pipeline(source, process.stdout);
      }),
    );

  activity
    .command("verify")
    .description("Recompute the activity log's hash chain on the server and report the first event that does not match (exit code 1)")
    .action(
      action(async (_options: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const result = await client.verifyActivity();
        if (json) printJson(result);
        else if (result.intact) {
          const after = result.anchor.seq > 0 ? ` after event #${result.anchor.seq} (the anchor, ${result.anchor.hash.slice(0, 12)}…)` : "";
          process.stdout.write(`${green("Intact:")} ${result.checked} events verified${after}.\n`);
        } else {
          const b = result.firstBreak!;
          process.stdout.write(`${red("Altered:")} event ${b.seq === null ? `id ${b.id}` : `#${b.seq}`}${b.id !== null ? ` (id ${b.id}${b.createdAt ? `, ${shortDate(b.createdAt)}` : ""})` : ""}: ${b.reason}\n`);
        }
        if (!result.intact) throw new CliError("The activity log's hash chain does not verify.");
      }),
    );
}
