import type { Command } from "commander";
import type { RosterClient } from "@/lib/sdk/create-roster-client";
import { action, contextOf } from "../command-context";
import { confirm } from "../confirm";
import { CliError, usageError } from "../cli-error";
import { bold, printJson, shortDate, table } from "../output";
import { parseAccessUntil, parseRole } from "./register-member-commands";

/** A pending invitation named by id or by email. */
async function invitationId(client: RosterClient, idOrEmail: string): Promise<string> {
  if (!idOrEmail.includes("@")) return idOrEmail;
  const match = (await client.listInvitations()).data.find((i) => i.email.toLowerCase() === idOrEmail.toLowerCase());
  if (!match) throw new CliError(`There is no pending invitation for ${idOrEmail}.`, 1, "See roster invitations list.");
  return match.id;
}

/** `roster invite`, `roster invitations list|resend|revoke`, `roster links create|list|revoke`. */
export function registerInvitationCommands(program: Command) {
  program
    .command("invite <emails...>")
    .description("Invite people by email")
    .option("--role <role>", "their role", "member")
    .option("--access-until <date>", "their membership ends then (e.g. 2027-01-31T18:00:00Z)")
    .action(
      action(async (emails: string[], options: { role: string; accessUntil?: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const accessUntil = options.accessUntil ? parseAccessUntil(options.accessUntil) : null;
        const result = await client.inviteMembers({ emails, role: parseRole(options.role), ...(accessUntil ? { accessUntil } : {}) });
        if (json) return printJson(result);
        const lines = [
          result.invited.length ? `Invited ${result.invited.join(", ")}.` : "",
          result.refreshed.length ? `Sent again to ${result.refreshed.join(", ")}.` : "",
          result.alreadyMembers.length ? `Already members: ${result.alreadyMembers.join(", ")}.` : "",
          result.invalid.length ? `Not email addresses: ${result.invalid.join(", ")}.` : "",
        ].filter(Boolean);
        process.stdout.write(`${lines.join("\n")}\n`);
        if (result.invalid.length && !result.invited.length && !result.refreshed.length) process.exitCode = 1;
      }),
    );

  const invitations = program.command("invitations").description("Pending email invitations");
  invitations
    .command("list")
    .description("The workspace's pending invitations")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listInvitations();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Email", value: (i) => i.email },
            { header: "Role", value: (i) => i.role },
            { header: "Invited by", value: (i) => i.inviter ?? "" },
            { header: "Expires", value: (i) => (i.expired ? "expired" : shortDate(i.expiresAt)) },
            { header: "Id", value: (i) => i.id },
          ])}\n`,
        );
      }),
    );
  invitations
    .command("resend <id>")
    .description("Send a pending invitation again (by id, or by email); it is valid for a new period")
    .action(
      action(async (idOrEmail: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const id = await invitationId(client, idOrEmail);
        const resent = await client.resendInvitation({ id });
        if (json) return printJson(resent);
        process.stdout.write(`Sent the invitation ${idOrEmail} again; it expires ${shortDate(resent.expiresAt)}.\n`);
      }),
    );
  invitations
    .command("revoke <id>")
    .description("Revoke a pending invitation (by id, or by email)")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (idOrEmail: string, options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const id = await invitationId(client, idOrEmail);
        if (!(await confirm(`Revoke the invitation ${idOrEmail}?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        await client.revokeInvitation({ id });
        if (json) return printJson({ revoked: id });
        process.stdout.write(`Revoked the invitation ${idOrEmail}.\n`);
      }),
    );

  const links = program.command("links").description("Invite links");
  links
    .command("create")
    .description("Create an invite link (its URL is shown once)")
    .option("--role <role>", "the role it gives", "member")
    .option("--expires-in <duration>", "1d, 7d or 30d", "7d")
    .option("--max-uses <n>", "how many people may use it")
    .option("--access-until <date>", "memberships made through it end then (e.g. 2027-01-31T18:00:00Z)")
    .action(
      action(async (options: { role: string; expiresIn: string; maxUses?: string; accessUntil?: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const maxUses = options.maxUses === undefined ? undefined : Number(options.maxUses);
        if (maxUses !== undefined && (!Number.isInteger(maxUses) || maxUses < 1)) throw usageError("--max-uses must be a whole number of at least 1.");
        const accessUntil = options.accessUntil ? parseAccessUntil(options.accessUntil) : null;
        const link = await client.createInviteLink({ role: parseRole(options.role), expiresIn: options.expiresIn, ...(maxUses ? { maxUses } : {}), ...(accessUntil ? { accessUntil } : {}) });
        if (json) return printJson(link);
        process.stdout.write(`${bold(link.url)}\nRole ${link.role}${link.expiresAt ? `, expires ${shortDate(link.expiresAt)}` : ""}${link.maxUses ? `, ${link.maxUses} uses` : ""}. Shown once: copy it now.\n`);
      }),
    );
  links
    .command("list")
    .description("The workspace's invite links")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listInviteLinks();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Link", value: (l) => `${l.tokenPrefix}…` },
            { header: "Role", value: (l) => l.role },
            { header: "Uses", value: (l) => `${l.useCount}${l.maxUses ? `/${l.maxUses}` : ""}` },
            { header: "Expires", value: (l) => shortDate(l.expiresAt) },
            { header: "State", value: (l) => (l.active ? "active" : "ended") },
            { header: "Id", value: (l) => l.id },
          ])}\n`,
        );
      }),
    );
  links
    .command("revoke <id>")
    .description("Revoke an invite link")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (id: string, options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        if (!(await confirm(`Revoke the invite link ${id}?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        await client.revokeInviteLink({ id });
        if (json) return printJson({ revoked: id });
        process.stdout.write(`Revoked the invite link.\n`);
      }),
    );
}
