import type { Command } from "commander";
import { action, contextOf } from "../command-context";
import { CliError, usageError } from "../cli-error";
import { confirm } from "../confirm";
import { bold, printJson, shortDate, table } from "../output";

const eventTypesOf = (value: string | undefined) => (value === undefined || value === "all" ? "all" : value.split(",").map((t) => t.trim()).filter(Boolean));

/** `roster webhooks list|create|update|delete|rotate-secret|test|deliveries|resend` (owners and managers). */
export function registerWebhookCommands(program: Command) {
  const webhooks = program.command("webhooks").description("Webhook endpoints of the workspace and their delivery logs");

  webhooks
    .command("list")
    .description("The workspace's endpoints")
    .action(
      action(async (_options: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listWebhookEndpoints();
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "URL", value: (e) => e.url },
            { header: "Events", value: (e) => (e.eventTypes === "all" ? "all" : e.eventTypes.join(",")) },
            { header: "State", value: (e) => (e.enabled ? (e.failingSince ? `failing since ${shortDate(e.failingSince)}` : "enabled") : "disabled") },
            { header: "Id", value: (e) => e.id },
          ])}\n`,
        );
      }),
    );

  webhooks
    .command("create <url>")
    .description("Add an endpoint; its signing secret is printed once")
    .option("--events <types>", "all, or comma-separated event types (e.g. member.role_changed,member.removed)", "all")
    .option("--description <text>", "what it is for")
    .action(
      action(async (url: string, options: { events: string; description?: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const created = await client.createWebhookEndpoint({ url, description: options.description, eventTypes: eventTypesOf(options.events) });
        if (json) return printJson(created);
        process.stdout.write(`${bold(created.secret)}\nShown once: the signing secret of ${created.url} (id ${created.id}).\n`);
      }),
    );

  webhooks
    .command("update <id>")
    .description("Change an endpoint's URL, description or events, or disable / enable it")
    .option("--url <url>", "a new URL")
    .option("--description <text>", "a new description")
    .option("--events <types>", "all, or comma-separated event types")
    .option("--disable", "stop sending to it")
    .option("--enable", "send to it again")
    .action(
      action(async (id: string, options: { url?: string; description?: string; events?: string; disable?: boolean; enable?: boolean }, command: Command) => {
        const { client, json } = contextOf(command);
        if (options.disable && options.enable) throw usageError("Choose --disable or --enable, not both.");
        const enabled = options.disable ? false : options.enable ? true : undefined;
        if (!options.url && options.description === undefined && !options.events && enabled === undefined) throw usageError("Say what to change: --url, --description, --events, --disable or --enable.");
        const updated = await client.updateWebhookEndpoint({ id, url: options.url, description: options.description, eventTypes: options.events ? eventTypesOf(options.events) : undefined, enabled });
        if (json) return printJson(updated);
        process.stdout.write(`Updated ${updated.url} (${updated.enabled ? "enabled" : "disabled"}).\n`);
      }),
    );

  webhooks
    .command("delete <id>")
    .description("Delete an endpoint and its delivery log")
    .option("-y, --yes", "do not ask for confirmation")
    .action(
      action(async (id: string, options: { yes?: boolean }, command: Command) => {
        const { client } = contextOf(command);
        if (!(await confirm(`Delete the webhook endpoint ${id} and its delivery log?`, options))) throw new CliError("Cancelled: nothing was changed.", 1);
        await client.deleteWebhookEndpoint({ id });
        process.stdout.write("Deleted.\n");
      }),
    );

  webhooks
    .command("rotate-secret <id>")
    .description("A new signing secret, printed once; the old one signs too for the overlap")
    .option("--overlap-hours <n>", "hours the old secret keeps signing (0 to 168)", "24")
    .action(
      action(async (id: string, options: { overlapHours: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const rotated = await client.rotateWebhookSecret({ id, overlapHours: Number(options.overlapHours) });
        if (json) return printJson(rotated);
        const until = rotated.previousSecretExpiresAt ? `The old secret signs too until ${shortDate(rotated.previousSecretExpiresAt)}.` : "The old secret no longer signs.";
        process.stdout.write(`${bold(rotated.secret)}\nShown once. ${until}\n`);
      }),
    );

  webhooks
    .command("test <id>")
    .description("Send a webhook.test event to the endpoint")
    .action(
      action(async (id: string, _options: unknown, command: Command) => {
        const { client, json } = contextOf(command);
        const queued = await client.sendTestWebhook({ id });
        if (json) return printJson(queued);
        process.stdout.write(`Queued (delivery ${queued.deliveryId}): see roster webhooks deliveries ${id}.\n`);
      }),
    );

  webhooks
    .command("deliveries <id>")
    .description("The endpoint's delivery log, newest first (30 days)")
    .option("--limit <n>", "how many deliveries", "20")
    .action(
      action(async (id: string, options: { limit: string }, command: Command) => {
        const { client, json } = contextOf(command);
        const { data } = await client.listWebhookDeliveries({ id, limit: Math.min(100, Number(options.limit) || 20) });
        if (json) return printJson(data);
        process.stdout.write(
          `${table(data, [
            { header: "Created", value: (d) => shortDate(d.createdAt) },
            { header: "Type", value: (d) => d.type },
            { header: "Status", value: (d) => `${d.status}${d.lastStatusCode ? ` (${d.lastStatusCode})` : ""}` },
            { header: "Attempts", value: (d) => d.attempts },
            { header: "Next retry", value: (d) => (d.status === "pending" ? shortDate(d.nextAttemptAt) : "") },
            { header: "Id", value: (d) => d.id },
          ])}\n`,
        );
      }),
    );

  webhooks
    .command("resend <id> <deliveryId>")
    .description("Send a delivery again now (same webhook-id)")
    .action(
      action(async (id: string, deliveryId: string, _options: unknown, command: Command) => {
        const { client } = contextOf(command);
        await client.resendWebhookDelivery({ id, deliveryId });
        process.stdout.write("Queued.\n");
      }),
    );
}
