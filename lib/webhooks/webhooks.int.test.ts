import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, mailboxMessages, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { expectRefused, makeTeam, type Team } from "@/lib/testing/factories";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { resendWebhookDelivery } from "./resend-webhook-delivery";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { startWebhookWorkers } from "./start-webhook-workers";
import { updateWebhookEndpoint } from "./update-webhook-endpoint";
import { createWebhookBoss, stopWebhookBoss } from "./webhook-queue";

// The receivers run on 127.0.0.1; retries wait a fifth of a second instead of minutes.
process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
process.env.WEBHOOK_RETRY_SCHEDULE = "0.2,0.2,0.2";

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await stopWebhookBoss();
  await receiver.close();
  await closeDb();
});

async function endpointFor(team: Team, path: string, eventTypes: "all" | string[] = "all") {
  const created = await createWebhookEndpoint(team.owner.caller, team.slug, { url: receiver.url(path), description: path, eventTypes });
  receiver.secrets.add(created.secret);
  return created;
}

async function deliveriesOf(endpointId: string) {
  return (await getDb()).select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
}

describe("webhooks delivered through pg-boss", () => {
  it("an event committed while no worker runs is delivered once a worker starts (a process that died after commit)", async () => {
    const team = await makeTeam();
    const { endpoint } = await endpointFor(team, "/after-restart");
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Renamed before any worker" });
    const pending = await deliveriesOf(endpoint.id);
    expect(pending.map((d) => [d.type, d.status])).toEqual(expect.arrayContaining([["workspace.renamed", "pending"]]));
    // The process that enqueued goes away; a new one (its own pg-boss) starts its workers and delivers.
    await stopWebhookBoss();
    await startWebhookWorkers(2, { pollingIntervalSeconds: 0.5 });
    const arrived = await waitFor(() => receiver.at("/after-restart").find((r) => r.payload?.type === "workspace.renamed"), "the renamed event");
    expect(arrived.verifiedWith).not.toBeNull();
    expect(arrived.payload).toMatchObject({ type: "workspace.renamed", workspace: { id: team.workspace.id, slug: team.slug }, actor: { type: "user", id: team.owner.id } });
  });

  it("signs every event with the endpoint's secret (Standard Webhooks), in the workspace's order, with the documented payload", async () => {
    const team = await makeTeam();
    const { endpoint, secret } = await endpointFor(team, "/ordered");
    const token = await createToken(team.owner.caller, team.slug, { name: "deploy", expiresInDays: 30 });
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Second name" });
    await revokeToken(team.owner.caller, team.slug, { tokenId: token.id });
    const types = ["webhook.endpoint_created", "token.created", "workspace.renamed", "token.revoked"];
    await waitFor(() => receiver.at("/ordered").length >= types.length, "four deliveries");
    const got = receiver.at("/ordered");
    expect(got.map((r) => r.payload?.type)).toEqual(types);
    for (const r of got) {
      expect(r.verifiedWith).toBe(secret);
      expect(r.headers["webhook-id"]).toBe(r.payload?.id);
      // Any Standard Webhooks library verifies it: here the reference one, with the raw headers.
      expect(() => new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    }
    const events = await (await getDb()).select().from(activityEvents).where(eq(activityEvents.workspaceId, team.workspace.id));
    const created = events.find((e) => e.action === "token.created")!;
    expect(got[1].payload).toEqual({
      id: `evt_${created.id}`,
      type: "token.created",
      timestamp: created.createdAt.toISOString(),
      workspace: { id: team.workspace.id, slug: team.slug },
      actor: { type: "user", id: team.owner.id, label: team.owner.email },
      target: { type: created.targetType, id: created.targetId, label: created.targetLabel },
      data: created.metadata,
    });
    expect((await deliveriesOf(endpoint.id)).every((d) => d.status === "succeeded" && d.attempts === 1)).toBe(true);
  });

  it("only the chosen event types reach an endpoint that chose some", async () => {
    const team = await makeTeam();
    const { endpoint } = await endpointFor(team, "/chosen", ["token.revoked"]);
    const token = await createToken(team.owner.caller, team.slug, { name: "one", expiresInDays: 30 });
    await revokeToken(team.owner.caller, team.slug, { tokenId: token.id });
    await waitFor(() => receiver.at("/chosen").length >= 1, "the revoked event");
    expect((await deliveriesOf(endpoint.id)).map((d) => d.type)).toEqual(["token.revoked"]);
  });

  it("nothing is enqueued or sent for a change that rolled back", async () => {
    const team = await makeTeam();
    const { endpoint } = await endpointFor(team, "/rolled-back");
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await recordActivity(tx, { workspaceId: team.workspace.id, actor: { type: "system", id: null, label: "test" }, action: "workspace.renamed" });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // The endpoint's own creation event is its only delivery.
    await waitFor(() => receiver.at("/rolled-back").length >= 1, "the creation event");
    expect((await deliveriesOf(endpoint.id)).map((d) => d.type)).toEqual(["webhook.endpoint_created"]);
  });

  it("a receiver that fails, then recovers, gets the retried delivery (same webhook-id), and the log shows each attempt", async () => {
    const team = await makeTeam();
    receiver.script("/flaky", [500, 503]);
    const { endpoint } = await endpointFor(team, "/flaky", ["workspace.renamed"]);
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Flaky" });
    await waitFor(() => receiver.at("/flaky").length >= 3, "three attempts");
    const ids = new Set(receiver.at("/flaky").map((r) => r.headers["webhook-id"]));
    expect(ids.size).toBe(1);
    const log = await waitFor(async () => {
      const { deliveries } = await listWebhookDeliveries(team.manager.caller, team.slug, { endpointId: endpoint.id });
      return deliveries[0]?.status === "succeeded" ? deliveries : null;
    }, "the delivery to succeed");
    expect(log[0].attempts).toBe(3);
    expect(log[0].attemptLog.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    expect(log[0].attemptLog[0].nextRetryAt).not.toBeNull();
    expect(log[0].attemptLog[2].nextRetryAt).toBeNull();
    expect(log[0].attemptLog[0].responseExcerpt).toBe("status 500");
    const [row] = await (await getDb()).select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.failingSince).toBeNull();
  });

  it("gives up after the last retry: the delivery is failed, the endpoint failing since the first failure", async () => {
    const team = await makeTeam();
    receiver.script("/down", [500, 500, 500, 500, 500]);
    const { endpoint } = await endpointFor(team, "/down", ["workspace.renamed"]);
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Down" });
    const failed = await waitFor(async () => (await deliveriesOf(endpoint.id)).find((d) => d.status === "failed"), "the delivery to fail");
    expect(failed.attempts).toBe(4);
    const [row] = await (await getDb()).select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.failingSince).not.toBeNull();
    expect(row.disabledAt).toBeNull();
  });

  it("a 410 disables the endpoint, records it and emails the owners; nothing more is sent to it", async () => {
    const team = await makeTeam();
    receiver.script("/gone", [410]);
    const { endpoint } = await endpointFor(team, "/gone", ["workspace.renamed"]);
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Gone" });
    const db = await getDb();
    const row = await waitFor(async () => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id))).find((e) => e.disabledAt), "the endpoint to be disabled");
    expect(row.disabledReason).toMatch(/410/);
    const events = await db.select().from(activityEvents).where(and(eq(activityEvents.workspaceId, team.workspace.id), eq(activityEvents.action, "webhook.endpoint_disabled")));
    expect(events).toHaveLength(1);
    await waitFor(async () => (await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, team.owner.email))).some((m) => /webhook endpoint .* was disabled/.test(m.subject)), "the owner's email");
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Gone again" });
    expect((await deliveriesOf(endpoint.id)).filter((d) => d.type === "workspace.renamed")).toHaveLength(1);
    expect(receiver.at("/gone")).toHaveLength(1);
  });

  it("an endpoint failing for WEBHOOK_DISABLE_AFTER_DAYS is disabled at its next failure, and the owners emailed", async () => {
    const team = await makeTeam();
    receiver.script("/failing-long", [500]);
    const { endpoint } = await endpointFor(team, "/failing-long", ["workspace.renamed"]);
    const db = await getDb();
    await db.update(webhookEndpoints).set({ failingSince: new Date(Date.now() - 6 * 24 * 3600 * 1000) }).where(eq(webhookEndpoints.id, endpoint.id));
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Failing for days" });
    const row = await waitFor(async () => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id))).find((e) => e.disabledAt), "the endpoint to be disabled");
    expect(row.disabledReason).toMatch(/5 days/);
    await waitFor(async () => (await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, team.owner.email))).length > 0, "the owner's email");
  });

  it("a redirect is not followed: the 3xx is a failed attempt and its target is never called", async () => {
    const team = await makeTeam();
    receiver.script("/redirects", [302], { location: "http://169.254.169.254/latest/meta-data/" });
    const { endpoint } = await endpointFor(team, "/redirects", ["workspace.renamed"]);
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Redirected" });
    await waitFor(async () => (await deliveriesOf(endpoint.id))[0]?.lastStatusCode === 302, "the 302 attempt");
    expect(receiver.received.some((r) => r.path.startsWith("/latest"))).toBe(false);
  });

  it("Send test event, then Resend: the same webhook-id arrives twice, the log shows two attempts", async () => {
    const team = await makeTeam();
    const { endpoint } = await endpointFor(team, "/test-event", ["token.revoked"]);
    const { deliveryId } = await sendTestWebhook(team.manager.caller, team.slug, { endpointId: endpoint.id });
    const first = await waitFor(() => receiver.at("/test-event")[0], "the test event");
    expect(first.payload).toMatchObject({ type: "webhook.test", workspace: { slug: team.slug } });
    await waitFor(async () => (await deliveriesOf(endpoint.id))[0]?.status === "succeeded", "the test delivery to succeed");
    await resendWebhookDelivery(team.owner.caller, team.slug, { endpointId: endpoint.id, deliveryId });
    const second = await waitFor(() => receiver.at("/test-event")[1], "the resent event");
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    await waitFor(async () => (await deliveriesOf(endpoint.id))[0]?.attempts === 2, "two attempts");
  });

  it("a rotated secret signs with both secrets during the overlap, then only with the new one", async () => {
    const team = await makeTeam();
    const { endpoint, secret: old } = await endpointFor(team, "/rotated", ["webhook.secret_rotated"]);
    const rotated = await rotateWebhookSecret(team.owner.caller, team.slug, { endpointId: endpoint.id, overlapHours: 24 });
    expect(rotated.secret).not.toBe(old);
    expect(rotated.previousSecretExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const during = await waitFor(() => receiver.at("/rotated")[0], "the event during the overlap");
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const s of [old, rotated.secret]) expect(() => new Webhook(s).verify(during.body, during.headers as Record<string, string>)).not.toThrow();
    const again = await rotateWebhookSecret(team.owner.caller, team.slug, { endpointId: endpoint.id, overlapHours: 0 });
    const after = await waitFor(() => receiver.at("/rotated")[1], "the event after the overlap");
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => new Webhook(again.secret).verify(after.body, after.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(rotated.secret).verify(after.body, after.headers as Record<string, string>)).toThrow();
  });

  it("two processes' workers deliver each event exactly once", async () => {
    const team = await makeTeam();
    const [a, b] = await Promise.all([createWebhookBoss(), createWebhookBoss()]);
    try {
      await startWebhookWorkers(3, { boss: a, pollingIntervalSeconds: 0.5 });
      await startWebhookWorkers(3, { boss: b, pollingIntervalSeconds: 0.5 });
      const endpoints = await Promise.all(["/twice-a", "/twice-b"].map((p) => endpointFor(team, p, ["workspace.renamed"])));
      for (let i = 0; i < 15; i++) await renameWorkspace(team.owner.caller, team.slug, { displayName: `Name ${i}` });
      for (const path of ["/twice-a", "/twice-b"]) {
        await waitFor(() => receiver.at(path).length >= 15, `15 deliveries at ${path}`);
        const names = receiver.at(path).map((r) => (r.payload?.data as { to?: string }).to);
        expect(names).toEqual(Array.from({ length: 15 }, (_, i) => `Name ${i}`));
      }
      // The receiver answers before the worker records the attempt: wait for the last ones to be recorded.
      const recorded = async () => {
        const rows = (await Promise.all(endpoints.map((e) => deliveriesOf(e.endpoint.id)))).flat();
        return rows.every((d) => d.status !== "pending") ? rows : null;
      };
      const deliveries = await waitFor(recorded, "every delivery recorded");
      expect(deliveries).toHaveLength(30);
      expect(deliveries.every((d) => d.attempts === 1 && d.status === "succeeded")).toBe(true);
    } finally {
      await Promise.all([a.stop({ graceful: true, timeout: 5000 }), b.stop({ graceful: true, timeout: 5000 })]);
    }
  });
});

describe("webhook settings", () => {
  it("members and viewers are refused every operation, and nothing changes", async () => {
    const team = await makeTeam();
    const { endpoint } = await endpointFor(team, "/refused", ["token.revoked"]);
    const { deliveryId } = await sendTestWebhook(team.owner.caller, team.slug, { endpointId: endpoint.id });
    for (const who of [team.member, team.viewer, team.outsider]) {
      const code = who === team.outsider ? "NOT_FOUND" : "FORBIDDEN";
      const c = who.caller;
      await expectRefused(team.workspace.id, () => createWebhookEndpoint(c, team.slug, { url: receiver.url("/x") }), code);
      await expectRefused(team.workspace.id, () => listWebhookEndpoints(c, team.slug), code);
      await expectRefused(team.workspace.id, () => updateWebhookEndpoint(c, team.slug, { endpointId: endpoint.id, enabled: false }), code);
      await expectRefused(team.workspace.id, () => rotateWebhookSecret(c, team.slug, { endpointId: endpoint.id }), code);
      await expectRefused(team.workspace.id, () => sendTestWebhook(c, team.slug, { endpointId: endpoint.id }), code);
      await expectRefused(team.workspace.id, () => resendWebhookDelivery(c, team.slug, { endpointId: endpoint.id, deliveryId }), code);
      await expectRefused(team.workspace.id, () => listWebhookDeliveries(c, team.slug, { endpointId: endpoint.id }), code);
      await expectRefused(team.workspace.id, () => deleteWebhookEndpoint(c, team.slug, { endpointId: endpoint.id }), code);
    }
    expect((await listWebhookEndpoints(team.manager.caller, team.slug)).map((e) => e.id)).toEqual([endpoint.id]);
  });

  it("stores the secret sealed, never shows it again, and records create, update and delete", async () => {
    const team = await makeTeam();
    const { endpoint, secret } = await endpointFor(team, "/settings");
    const db = await getDb();
    const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(row.secret).not.toContain(secret.slice(6));
    expect(JSON.stringify(await listWebhookEndpoints(team.owner.caller, team.slug))).not.toContain(secret.slice(6));
    const updated = await updateWebhookEndpoint(team.manager.caller, team.slug, { endpointId: endpoint.id, description: "CRM sync", eventTypes: ["member.removed"], enabled: false });
    expect(updated).toMatchObject({ description: "CRM sync", eventTypes: ["member.removed"], enabled: false });
    await deleteWebhookEndpoint(team.manager.caller, team.slug, { endpointId: endpoint.id });
    expect(await listWebhookEndpoints(team.owner.caller, team.slug)).toEqual([]);
    const actions = (await db.select().from(activityEvents).where(eq(activityEvents.workspaceId, team.workspace.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["webhook.endpoint_created", "webhook.endpoint_updated", "webhook.endpoint_deleted"]));
  });
});
