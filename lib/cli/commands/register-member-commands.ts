import type { Command } from "commander";
import type { RosterClient, Role } from "@/lib/sdk/create-roster-client";
import { action, contextOf } from "../command-context";
import { confirm } from "../confirm";
import { CliError, usageError } from "../cli-error";
import { bold, printJson, shortDate, table } from "../output";

const ROLES = ["owner", "manager", "member", "viewer"] as const;

export function parseRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw usageError(`"${value}" is not a role: use owner, manager, member or viewer.`);
  return value as Role;
}

/** A member named by user id or email. */
export async function memberId(client: RosterClient, who: string): Promise<string> {
  if (!who.includes("@")) return who;
  const { data } = await client.listMembers({ q: who, pageSize: 50 });
  const match = data.find((m) => m.email?.toLowerCase() === who.toLowerCase());
  if (!match) throw new CliError(`${who} is not a member of this workspace.`, 1, "See roster members list.");
  return match.id;
}

/** An end date for `set-access-until` / `--access-until`: an ISO date or date-time, or "none" (no end date). */
export function parseAccessUntil(value: string): string | null {
  if (value === "none") return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw usageError(`"${value}" is not a date: use e.g. 2027-01-31 or 2027-01-31T18:00:00Z, or none.`);
  return date.toISOString();
}

/** `roster members list|set-role|remove|suspend|reactivate|set-access-until|transfer|leave`. */
export function registerMemberCommands(program: Command) {
  const members = program.command("members").description("List members, change roles, suspend or remove members");

  members
    .command("list")
    .description("The workspace's members")
    .option("-q, --search <text>", "only names or emails containing this")
    .option("--role <role>", "only this role")
    .option("--status <status>", "only active or suspended members")
    .option("--page <n>", "the page (50 members each)", "1")
    .action(
      action(async (options: { search?: string; role?: string; status?: string; page: string }, command: Command) => {
        const { client, json } = contextOf(command);
        if (options.status && options.status !== "active" && options.status !== "suspended") throw usageError(`"${options.status}" is not a status: use active or suspended.`);
        const status = options.status as "active" | "suspended" | undefined;
        const page = await client.listMembers({ q: options.search, role: options.role ? parseRole(options.role) : undefined, status, page: Number(options.page) || 1, pageSize: 50 });
        if (json) return printJson(page.data);
        process.stdout.write(
          `${table(page.data, [
            { header: "Name", value: (m) => m.name ?? "" },
            { header: "Email", value: (m) => m.email ?? (m.serviceAccount ? "(service account)" : "") },
            { header: "Role", value: (m) => m.role },
            { header: "Status", value: (m) => (m.status === "suspended" ? (m.suspendedAt ? "suspended" : "access ended") : m.accessUntil ? `until ${shortDate(m.accessUntil)}` : "active") },
            { header: "Joined", value: (m) => shortDate(m.joinedAt) },
            { header: "Id", value: (m) => m.id },
          ])}\n${page.total > page.data.length ? `${page.data.length} of ${page.total}: --page ${page.page + 1} for more\n` : ""}`,
        );
      }),
    );

  members
    .command("set-role <member> <role>")
    .description("Change a member's role (the member by email or user id)")
    .action(
      action(async (who: string, roleName: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const role = parseRole(roleName);
        const change = await client.setRole({ userId: await memberId(client, who), role });
        if (json) return printJson(change);
        process.stdout.write(change.changed ? `${who} is now ${bold(role)}.\n` : `${who} already was ${role}.\n`);
      }),
    );

  members
    .command("remove <member>")
    .description("Remove a member (their tokens for the workspace are revoked)")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (who: string, options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const id = await memberId(client, who);
        if (!(await confirm(`Remove ${who} from the workspace?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        await client.removeMember({ userId: id });
        if (json) return printJson({ removed: id });
        process.stdout.write(`Removed ${who}.\n`);
      }),
    );

  members
    .command("suspend <member>")
    .description("Suspend a member: no access until reactivated (their role and tokens are kept)")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (who: string, options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const id = await memberId(client, who);
        if (!(await confirm(`Suspend ${who}? They lose access until reactivated.`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        const result = await client.suspendMember({ userId: id });
        if (json) return printJson(result);
        process.stdout.write(result.changed ? `Suspended ${who}.\n` : `${who} already was suspended.\n`);
      }),
    );

  members
    .command("reactivate <member>")
    .description("Give a suspended member (or one whose access ended) their access back")
    .action(
      action(async (who: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const result = await client.reactivateMember({ userId: await memberId(client, who) });
        if (json) return printJson(result);
        process.stdout.write(result.changed ? `${who} is active again.\n` : `${who} already was active.\n`);
      }),
    );

  members
    .command("set-access-until <member> <date>")
    .description('Give a member an end date (e.g. 2027-01-31T18:00:00Z), or "none" to remove it')
    .action(
      action(async (who: string, date: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const accessUntil = parseAccessUntil(date);
        const result = await client.setMemberAccessUntil({ userId: await memberId(client, who), accessUntil });
        if (json) return printJson(result);
        process.stdout.write(result.accessUntil ? `${who} has access until ${bold(result.accessUntil)}.\n` : `${who} has no end date.\n`);
      }),
    );

  members
    .command("transfer <member>")
    .description("Make a member the owner (owners only); you become a manager unless --stay-owner")
    .option("--stay-owner", "stay an owner too")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (who: string, options: { stayOwner?: boolean; yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const id = await memberId(client, who);
        if (!(await confirm(`Transfer ownership to ${who}${options.stayOwner ? "" : " and become a manager"}?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        const result = await client.transferOwnership({ userId: id, demoteSelf: !options.stayOwner });
        if (json) return printJson(result);
        process.stdout.write(`${who} is now an owner.\n`);
      }),
    );

  members
    .command("leave")
    .description("Leave the workspace (your tokens for it stop working, this one too)")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (options: { yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const workspace = await client.getWorkspace();
        if (!(await confirm(`Leave ${workspace.displayName}?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        await client.leaveWorkspace();
        if (json) return printJson({ left: workspace.slug });
        process.stdout.write(`You left ${bold(workspace.displayName)}.\n`);
      }),
    );
}
