import type { Command } from "commander";
import type { RosterClient } from "@/lib/sdk/create-roster-client";
import { action, contextOf } from "../command-context";
import { confirm } from "../confirm";
import { CliError } from "../cli-error";
import { bold, printJson, shortDate, table } from "../output";
import { parseRole } from "./register-member-commands";

/** A pending request named by id or by the person's email. */
async function requestId(client: RosterClient, idOrEmail: string): Promise<{ id: string; who: string }> {
  if (!idOrEmail.includes("@")) return { id: idOrEmail, who: idOrEmail };
  const match = (await client.listJoinRequests()).data.find((r) => r.email?.toLowerCase() === idOrEmail.toLowerCase());
  if (!match) throw new CliError(`There is no pending request to join from ${idOrEmail}.`, 1, "See roster join-requests list.");
  return { id: match.id, who: idOrEmail };
}

/** `roster join-requests list|approve|decline`: answering requests to join (owners and managers). */
export function registerJoinRequestCommands(program: Command) {
  const requests = program.command("join-requests").description("Requests to join the workspace: list, approve, decline");
  requests
    .command("list")
    .description("The pending requests to join, oldest first")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listJoinRequests();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Person", value: (r) => r.email ?? r.name ?? r.userId },
            { header: "Via", value: (r) => r.via },
            { header: "Asked", value: (r) => shortDate(r.createdAt) },
            { header: "Message", value: (r) => (r.message.length > 40 ? `${r.message.slice(0, 39)}…` : r.message) },
            { header: "Id", value: (r) => r.id },
          ])}\n`,
        );
      }),
    );
  requests
    .command("approve <idOrEmail>")
    .description("Let the person in with a role")
    .option("--role <role>", "their role", "member")
    .action(
      action(async (idOrEmail: string, options: { role: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const { id, who } = await requestId(client, idOrEmail);
        const approved = await client.approveJoinRequest({ id, role: parseRole(options.role) });
        if (json) return printJson(approved);
        process.stdout.write(`Approved ${bold(who)} as ${approved.role}.\n`);
      }),
    );
  requests
    .command("decline <idOrEmail>")
    .description("Decline the request (the person is emailed)")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (idOrEmail: string, options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const { id, who } = await requestId(client, idOrEmail);
        if (!(await confirm(`Decline the request to join from ${who}?`, options))) throw new CliError("Cancelled: nothing was declined.", 1);
        const declined = await client.declineJoinRequest({ id });
        if (json) return printJson(declined);
        process.stdout.write(`Declined ${bold(who)}'s request.\n`);
      }),
    );
}
