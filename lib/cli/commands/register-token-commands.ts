import type { Command } from "commander";
import { action, contextOf } from "../command-context";
import { confirm } from "../confirm";
import { CliError, usageError } from "../cli-error";
import { bold, printJson, shortDate, table } from "../output";
import { parseRole } from "./register-member-commands";

const EXPIRIES = { "30": 30, "90": 90, "365": 365, never: null } as const;

function parseExpiry(value: string): 30 | 90 | 365 | null {
  if (!(value in EXPIRIES)) throw usageError(`"${value}" is not an expiry: use 30, 90, 365 (days) or never.`);
  return EXPIRIES[value as keyof typeof EXPIRIES];
}

/** `roster tokens list|create|update|revoke` (the workspace's tokens; --personal for personal access tokens). */
export function registerTokenCommands(program: Command) {
  const tokens = program.command("tokens").description("API tokens of the workspace (or --personal: your personal access tokens)");

  tokens
    .command("list")
    .description("The tokens you may see (owners and managers: all of the workspace's)")
    .option("--personal", "your personal access tokens")
    .action(
      action(async (options: { personal?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = options.personal ? await client.listPersonalTokens() : await client.listTokens();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Name", value: (t) => t.name },
            { header: "Prefix", value: (t) => `${t.displayPrefix}…` },
            { header: "Role", value: (t) => t.role ?? "(yours)" },
            { header: "Holder", value: (t) => t.holder.label },
            { header: "Expires", value: (t) => (t.expiresAt ? shortDate(t.expiresAt) : "never") },
            { header: "Last used", value: (t) => shortDate(t.lastUsedAt) || "never" },
            { header: "Id", value: (t) => t.id },
          ])}\n`,
        );
      }),
    );

  tokens
    .command("create <name>")
    .description("Create a token; its secret is printed once")
    .option("--role <role>", "its role ceiling (default: member, or your role if lower)")
    .option("--expires <days>", "30, 90, 365 or never", "90")
    .option("--personal", "a personal access token (acts as you in every workspace)")
    .option("--holder <id>", "for a service account of the workspace (its id: roster service-accounts list)")
    .action(
      action(async (name: string, options: { role?: string; expires: string; personal?: boolean; holder?: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const expiresInDays = parseExpiry(options.expires);
        const created = options.personal
          ? await client.createPersonalToken({ name, expiresInDays })
          : await client.createToken({ name, expiresInDays, ...(options.role ? { role: parseRole(options.role) } : {}), ...(options.holder ? { holderId: options.holder } : {}) });
        if (json) return printJson(created);
        process.stdout.write(`${bold(created.token)}\nShown once: store it now. ${created.name}${created.role ? `, role ${created.role}` : ""}, ${created.expiresAt ? `expires ${shortDate(created.expiresAt)}` : "never expires"}.\n`);
      }),
    );

  tokens
    .command("update <id>")
    .description("Rename a token, lower its role or bring its expiry forward")
    .option("--name <name>", "a new name")
    .option("--role <role>", "a lower role")
    .option("--expires-at <date>", "an earlier expiry (ISO date, e.g. 2027-01-31)")
    .option("--personal", "a personal access token")
    .action(
      action(async (id: string, options: { name?: string; role?: string; expiresAt?: string; personal?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        if (!options.name && !options.role && !options.expiresAt) throw usageError("Say what to change: --name, --role or --expires-at.");
        let expiresAt: string | undefined;
        if (options.expiresAt) {
          const date = new Date(options.expiresAt);
          if (Number.isNaN(date.getTime())) throw usageError(`"${options.expiresAt}" is not a date.`);
          expiresAt = date.toISOString();
        }
        const updated = options.personal
          ? await client.updatePersonalToken({ id, name: options.name, expiresAt })
          : await client.updateToken({ id, name: options.name, expiresAt, ...(options.role ? { role: parseRole(options.role) } : {}) });
        if (json) return printJson(updated);
        process.stdout.write(updated.changed ? `Updated ${bold(updated.name)}.\n` : `Nothing changed.\n`);
      }),
    );

  tokens
    .command("revoke <id>")
    .description("Revoke a token: its next request is refused")
    .option("--personal", "a personal access token")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (id: string, options: { personal?: boolean; yes?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        if (!(await confirm(`Revoke the token ${id}?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        if (options.personal) await client.revokePersonalToken({ id });
        else await client.revokeToken({ id });
        if (json) return printJson({ revoked: id });
        process.stdout.write("Revoked.\n");
      }),
    );

  const accounts = program.command("service-accounts").description("Service accounts of the workspace (owners and managers)");
  accounts
    .command("list")
    .description("The workspace's service accounts")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listServiceAccounts();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Name", value: (a) => a.name },
            { header: "Role", value: (a) => a.role },
            { header: "Tokens", value: (a) => a.liveTokens },
            { header: "Created", value: (a) => shortDate(a.joinedAt) },
            { header: "Id", value: (a) => a.id },
          ])}\n`,
        );
      }),
    );
  accounts
    .command("create <name>")
    .description("Create a service account (then give it a token: roster tokens create NAME --holder ID)")
    .option("--role <role>", "manager, member or viewer", "member")
    .action(
      action(async (name: string, options: { role: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const role = parseRole(options.role);
        if (role === "owner") throw usageError("A service account cannot be an owner.");
        const created = await client.createServiceAccount({ name, role });
        if (json) return printJson(created);
        process.stdout.write(`Created the service account ${bold(created.name)} (${created.role}).\n`);
      }),
    );
}
