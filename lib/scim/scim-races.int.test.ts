import { and, count, eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { suspendMember } from "@/lib/members/suspend-member";
import { addMember, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { PATCH_OP, scimTransport } from "@/lib/testing/scim-client";
import { createScimToken } from "./create-scim-token";
import { scimHandler } from "./scim-handler";

// SCIM deactivation and deletion lock the workspace row as every ownership change does: run them truly in parallel
// with owners leaving, stepping down and suspending each other, and a workspace never ends up without an active owner.

afterAll(() => closeDb());

const ROUNDS = 6;
const deactivate = { schemas: [PATCH_OP], Operations: [{ op: "replace", value: { active: false } }] };

async function activeOwners(workspaceId: string) {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner"), isNull(memberships.suspendedAt)));
  return n;
}

async function setup(owners: number) {
  const people = await Promise.all(Array.from({ length: owners }, (_, i) => makeUser(`Owner ${i}`)));
  const workspace = await makeWorkspace(people[0]);
  for (const person of people.slice(1)) await addMember(workspace.id, person, "owner");
  const { token } = await createScimToken(people[0].caller, workspace.slug, { name: "Okta" });
  const scim = scimTransport("http://localhost", workspace.slug, token, (request) => {
    const path = new URL(request.url).pathname.split("/").slice(4).filter(Boolean);
    return scimHandler(request, { params: Promise.resolve({ slug: workspace.slug, path }) });
  });
  return { workspace, owners: people, scim };
}

/** A SCIM answer is a success or a SCIM 404/409; a domain call succeeds or fails with an expected AppError. */
function expectOnlyExpected(results: PromiseSettledResult<unknown>[], scimStatuses: number[]) {
  for (const status of scimStatuses) expect([200, 204, 404, 409]).toContain(status);
  for (const r of results) {
    if (r.status === "rejected") {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(["LAST_OWNER", "NOT_FOUND", "FORBIDDEN"]).toContain((r.reason as AppError).code);
    }
  }
}

describe("SCIM deactivation racing owners", () => {
  it("SCIM deactivating one owner while the other leaves: one active owner always remains", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, owners, scim } = await setup(2);
      const [answer, ...results] = await Promise.allSettled([
        scim("PATCH", `/Users/${owners[0].id}`, { body: deactivate }),
        leaveWorkspace(owners[1].caller, workspace.slug),
      ]);
      expect(answer.status).toBe("fulfilled");
      expectOnlyExpected(results, [(answer as PromiseFulfilledResult<{ status: number }>).value.status]);
      expect(await activeOwners(workspace.id)).toBeGreaterThanOrEqual(1);
    }
  });

  it("SCIM deactivating and deleting owners while they demote and suspend each other: never zero active owners", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, owners, scim } = await setup(3);
      const settled = await Promise.allSettled([
        scim("PATCH", `/Users/${owners[0].id}`, { body: deactivate }),
        scim("DELETE", `/Users/${owners[1].id}`),
        changeMemberRole(owners[2].caller, workspace.slug, { userId: owners[2].id, role: "manager" }),
        suspendMember(owners[1].caller, workspace.slug, { userId: owners[2].id }),
        scim("PATCH", `/Users/${owners[2].id}`, { body: deactivate }),
      ]);
      const scimStatuses = [0, 1, 4].map((i) => (settled[i] as PromiseFulfilledResult<{ status: number }>).value.status);
      expectOnlyExpected([settled[2], settled[3]], scimStatuses);
      expect(await activeOwners(workspace.id)).toBeGreaterThanOrEqual(1);
    }
  });
});
