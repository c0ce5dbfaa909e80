import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, queryCount } from "@/db/client";
import { recordActivity } from "@/lib/activity/record-activity";
import { makeTeam } from "@/lib/testing/factories";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { startWebhookWorkers } from "./start-webhook-workers";
import { stopWebhookBoss } from "./webhook-queue";

// The benchmark: what enqueueing costs a mutation, and how fast a backlog drains to a local receiver.
process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
process.env.ROSTER_COUNT_QUERIES = "1";

let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await stopWebhookBoss();
  await receiver.close();
  await closeDb();
});

async function statementsOf(run: () => Promise<unknown>) {
  const before = queryCount();
  await run();
  return queryCount() - before;
}

describe("webhook benchmark", () => {
  it("enqueueing adds one statement to a mutation, and one more (the pg-boss job) per interested workspace", async () => {
    const team = await makeTeam();
    // Warm up (pg-boss started, statements prepared) so only the mutation's own statements are counted.
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Warm" });
    const without = await statementsOf(() => renameWorkspace(team.owner.caller, team.slug, { displayName: "No endpoint" }));
    await createWebhookEndpoint(team.owner.caller, team.slug, { url: receiver.url("/bench-count"), eventTypes: ["workspace.renamed"] });
    await renameWorkspace(team.owner.caller, team.slug, { displayName: "Warm again" });
    const withEndpoint = await statementsOf(() => renameWorkspace(team.owner.caller, team.slug, { displayName: "One endpoint" }));
    console.log(`renameWorkspace: ${without} statements with no endpoint (one of them the deliveries' INSERT … SELECT), ${withEndpoint} with one`);
    expect(withEndpoint - without).toBe(1);
  });

  // The drain time is a figure to read, not a pass mark: 3.3 s alone, 13 s once beside the rest of the unit suite on a
  // busy machine, so asserting "under 10 s" failed `npm test` where nothing was wrong.
  it("1,000 events reach a local receiver, signed and in order (the time is printed, not asserted)", async () => {
    const team = await makeTeam();
    const endpoints = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createWebhookEndpoint(team.owner.caller, team.slug, { url: receiver.url(`/bench-${i}`), eventTypes: ["workspace.renamed"] })),
    );
    for (const e of endpoints) receiver.secrets.add(e.secret);
    // 125 events, each to 8 endpoints: 1,000 deliveries, committed before any worker runs.
    const db = await getDb();
    await db.transaction(async (tx) => {
      for (let i = 0; i < 125; i++) {
        await recordActivity(tx, { workspaceId: team.workspace.id, actor: { type: "system", id: null, label: "bench" }, action: "workspace.renamed", metadata: { to: `n${i}` } });
      }
    });
    const started = Date.now();
    await startWebhookWorkers(8, { pollingIntervalSeconds: 0.5 });
    await waitFor(() => endpoints.every((_, i) => receiver.at(`/bench-${i}`).length >= 125), "1,000 deliveries", 50_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`1,000 deliveries in ${seconds.toFixed(1)} s`);
    for (let i = 0; i < endpoints.length; i++) {
      const got = receiver.at(`/bench-${i}`);
      expect(got.every((r) => r.verifiedWith)).toBe(true);
      expect(got.map((r) => (r.payload?.data as { to: string }).to)).toEqual(Array.from({ length: 125 }, (_, n) => `n${n}`));
    }
  });
});
