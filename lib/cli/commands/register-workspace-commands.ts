import type { Command } from "commander";
import { action, contextOf } from "../command-context";
import { confirm } from "../confirm";
import { CliError } from "../cli-error";
import { bold, printJson, shortDate, table } from "../output";

/** `roster workspace list|create|show|rename|delete|restore` (Blaxel's createWorkspace / deleteWorkspace). */
export function registerWorkspaceCommands(program: Command) {
  const workspace = program.command("workspace").description("List, create, rename, delete and restore workspaces");

  workspace
    .command("list")
    .description("The workspaces you belong to (a personal access token)")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listWorkspaces();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Slug", value: (w) => w.slug },
            { header: "Name", value: (w) => w.displayName },
            { header: "Role", value: (w) => w.role },
            { header: "Region", value: (w) => w.region },
            { header: "Created", value: (w) => shortDate(w.createdAt) },
          ])}\n`,
        );
      }),
    );

  workspace
    .command("create <slug>")
    .description("Create a workspace; you become its owner")
    .option("--name <displayName>", "its display name (default: the slug)")
    .requiredOption("--region <region>", "its region", "local")
    .action(
      action(async (slug: string, options: { name?: string; region: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const created = await client.createWorkspace({ name: slug, displayName: options.name, region: options.region });
        if (json) return printJson(created);
        process.stdout.write(`Created ${bold(created.displayName)} (${created.slug}).\n`);
      }),
    );

  workspace
    .command("show")
    .description("The workspace of the token (or --workspace)")
    .action(
      action(async (_o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const w = await client.getWorkspace();
        if (json) return printJson(w);
        process.stdout.write(`${bold(w.displayName)} (${w.slug})\nRole: ${w.role}\nRegion: ${w.region}\nCreated: ${shortDate(w.createdAt)}\n`);
      }),
    );

  workspace
    .command("rename <displayName>")
    .description("Change the workspace's display name (the slug stays)")
    .action(
      action(async (displayName: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const w = await client.renameWorkspace({ displayName });
        if (json) return printJson(w);
        process.stdout.write(`Renamed to ${bold(w.displayName)}.\n`);
      }),
    );

  workspace
    .command("delete <slug>")
    .description("Delete a workspace (owners only): restorable until its purge date, or at once with --permanent")
    .option("--permanent", "delete it for good now, with no restore")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (slug: string, options: { yes?: boolean; permanent?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        const question = options.permanent ? `Delete the workspace ${slug} and everything in it for good? It cannot be restored.` : `Delete the workspace ${slug}? Its members and tokens lose access at once.`;
        if (!(await confirm(question, options))) throw new CliError("Cancelled: nothing was deleted.", 1);
        const deleted = await client.deleteWorkspace({ name: slug, permanent: options.permanent });
        if (json) return printJson(deleted);
        process.stdout.write(
          deleted.purgeAt
            ? `Deleted ${bold(slug)}. Restore it with \`roster workspace restore ${slug}\` until ${shortDate(deleted.purgeAt)}.\n`
            : `Deleted ${bold(slug)} for good.\n`,
        );
      }),
    );

  workspace
    .command("restore <slug>")
    .description("Restore a workspace scheduled for deletion (owners only): its members and tokens work again")
    .action(
      action(async (slug: string, _o: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const w = await client.restoreWorkspace({ name: slug });
        if (json) return printJson(w);
        process.stdout.write(`Restored ${bold(w.displayName)} (${w.slug}).\n`);
      }),
    );
}
