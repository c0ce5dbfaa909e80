import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { startLocalDns, type LocalDns } from "@/lib/testing/local-dns-server";
import { expectAppError, makeTeam, unique } from "@/lib/testing/factories";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { sendTestWebhook } from "./send-test-webhook";
import { startWebhookWorkers } from "./start-webhook-workers";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { stopWebhookBoss } from "./webhook-queue";

// WEBHOOKS_ALLOW_PRIVATE is off here (the default): Roster must not reach the receiver on this machine.
process.env.WEBHOOKS_ALLOW_PRIVATE = "false";

let dns: LocalDns;
let receiver: WebhookReceiver;
beforeAll(async () => {
  dns = await startLocalDns();
  process.env.DNS_SERVERS = dns.server;
  receiver = await startWebhookReceiver();
  await startWebhookWorkers(2, { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopWebhookBoss();
  await receiver.close();
  await dns.close();
  await closeDb();
});

describe("webhook endpoints and private networks (WEBHOOKS_ALLOW_PRIVATE off)", () => {
  it("refuses loopback, private, link-local and metadata addresses, and localhost, when the endpoint is saved", async () => {
    const team = await makeTeam();
    const port = new URL(receiver.url("/")).port;
    for (const host of ["127.0.0.1", "[::1]", "localhost", "10.0.0.7", "192.168.1.10", "[fd00::1]", "169.254.169.254", "[::ffff:127.0.0.1]"]) {
      await expectAppError(createWebhookEndpoint(team.owner.caller, team.slug, { url: `https://${host}:${port}/hook` }), "ADDRESS_NOT_ALLOWED");
    }
    for (const url of ["ftp://example.com/hook", "https://user:pw@example.com/hook"]) {
      await expectAppError(createWebhookEndpoint(team.owner.caller, team.slug, { url }), "ADDRESS_NOT_ALLOWED");
    }
    const { endpoint } = await createWebhookEndpoint(team.owner.caller, team.slug, { url: "https://example.com/hook" });
    await expectAppError(updateWebhookEndpoint(team.owner.caller, team.slug, { endpointId: endpoint.id, url: "http://127.0.0.1/" }), "ADDRESS_NOT_ALLOWED");
  });

  it("a name that resolves to a loopback or private address is refused at delivery, before connecting", async () => {
    const team = await makeTeam();
    const port = new URL(receiver.url("/")).port;
    for (const address of ["127.0.0.1", "10.1.2.3"]) {
      const name = `hook-${unique()}.roster-test.example`;
      dns.setA(name, [address]);
      const { endpoint } = await createWebhookEndpoint(team.owner.caller, team.slug, { url: `http://${name}:${port}/by-name`, eventTypes: ["token.revoked"] });
      const { deliveryId } = await sendTestWebhook(team.owner.caller, team.slug, { endpointId: endpoint.id });
      const db = await getDb();
      const attempt = await waitFor(async () => (await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId)))[0], "the refused attempt");
      expect(attempt.statusCode).toBeNull();
      expect(attempt.error).toMatch(address === "127.0.0.1" ? /loopback/ : /private network/);
      const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
      expect(delivery.status).toBe("pending");
      expect(delivery.nextAttemptAt).not.toBeNull();
    }
    expect(receiver.at("/by-name")).toHaveLength(0);
  });
});
