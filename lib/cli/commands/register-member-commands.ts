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

/** `roster members list|set-role|remove|transfer|leave`. */
export function registerMemberCommands(program: Command) {
  const members = program.command("members").description("List members, change roles, remove members");

  members
    .command("list")
    .description("The workspace's members")
    .option("-q, --search <text>", "only names or emails containing this")
    .option("--role <role>", "only this role")
    .option("--page <n>", "the page (50 members each)", "1")
    .action(
      action(async (options: { search?: string; role?: string; page: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const page = await client.listMembers({ q: options.search, role: options.role ? parseRole(options.role) : undefined, page: Number(options.page) || 1, pageSize: 50 });
        if (json) return printJson(page.data);
        process.stdout.write(
          `${table(page.data, [
            { header: "Name", value: (m) => m.name ?? "" },
            { header: "Email", value: (m) => m.email ?? (m.serviceAccount ? "(service account)" : "") },
            { header: "Role", value: (m) => m.role },
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
