import type { Command } from "commander";
import { action, contextOf } from "../command-context";
import { bold, printJson, shortDate } from "../output";

/** `roster whoami`: who the token acts as, where, with which role, until when. */
export function registerWhoamiCommand(program: Command) {
  program
    .command("whoami")
    .description("Who the active profile's token acts as, its workspace, role and expiry")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json, connection } = contextOf(command);
        const me = await client.me();
        if (json) return printJson(me);
        const who = me.holder.name ? `${me.holder.name} (${me.holder.email ?? "service account"})` : (me.holder.email ?? me.holder.id);
        process.stdout.write(
          [
            `${bold(who)} on ${connection.url}${connection.profile ? ` (profile ${connection.profile})` : ""}`,
            me.workspace ? `Workspace: ${me.workspace.displayName} (${me.workspace.slug}), role ${me.role}` : "All your workspaces (a personal access token)",
            me.token ? `Token: ${me.token.name}, ${me.token.expiresAt ? `expires ${shortDate(me.token.expiresAt)}` : "never expires"}` : "",
          ]
            .filter(Boolean)
            .join("\n") + "\n",
        );
      }),
    );
}
