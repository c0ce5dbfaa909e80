import type { Command } from "commander";
import { action, contextOf } from "../command-context";
import { dim, shortDate } from "../output";

type Event = { id: number; action: string; actor: { label: string }; target: { label: string | null } | null; createdAt: string };

const line = (e: Event) => `${dim(shortDate(e.createdAt))}  ${e.actor.label}  ${e.action}${e.target?.label ? `  ${e.target.label}` : ""}`;

/** `roster activity [--follow]`: the audit log, newest first; --follow prints new events as they happen. */
export function registerActivityCommand(program: Command) {
  program
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
}
