import { afterAll, describe, expect, it, vi } from "vitest";

// getEnv() caches on first use: set the quota before anything reads it (this file runs in its own process).
vi.hoisted(() => {
  process.env.MAX_OWNED_WORKSPACES = "2";
});

import { count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, workspaces } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { transferOwnership } from "@/lib/members/transfer-ownership";
import { addMember, expectAppError, makeUser, makeWorkspace, uniqueSlug, type TestUser } from "@/lib/testing/factories";
import { createWorkspace } from "./create-workspace";
import { deleteWorkspace } from "./delete-workspace";
import { restoreWorkspace } from "./restore-workspace";

afterAll(() => closeDb());

const create = (user: TestUser) => createWorkspace(user.caller, { displayName: "Quota", slug: uniqueSlug("q"), region: "local" });

async function footprint(user: TestUser) {
  const db = await getDb();
  const [{ created }] = await db.select({ created: count() }).from(workspaces).where(eq(workspaces.createdBy, user.id));
  const [{ events }] = await db.select({ events: count() }).from(activityEvents).where(eq(activityEvents.actorId, user.id));
  return { created, events };
}

async function expectQuotaExceeded(user: TestUser) {
  const before = await footprint(user);
  const error = await expectAppError(create(user), "QUOTA_EXCEEDED");
  expect(await footprint(user)).toEqual(before);
  return error;
}

describe("createWorkspace quota (MAX_OWNED_WORKSPACES=2)", () => {
  it("reads the limit from the environment", () => {
    expect(getEnv().MAX_OWNED_WORKSPACES).toBe(2);
  });

  it("allows two shared workspaces besides the personal one, then QUOTA_EXCEEDED with nothing written", async () => {
    const user = await makeUser("Quota");
    await create(user);
    await create(user);
    const error = await expectQuotaExceeded(user);
    expect(error.message).toContain("(2)");
  });

  it("workspaces where the user is manager, member or viewer do not count", async () => {
    const user = await makeUser("Quota");
    for (const role of ["manager", "member", "viewer"] as const) {
      const ws = await makeWorkspace(await makeUser("Other"));
      await addMember(ws.id, user, role);
    }
    await create(user);
    await create(user);
    await expectQuotaExceeded(user);
  });

  it("a workspace scheduled for deletion frees its slot; restoring it asks for the slot back (QUOTA_EXCEEDED when full)", async () => {
    const user = await makeUser("Restorer");
    const first = await create(user);
    await create(user);
    await deleteWorkspace(user.caller, first.slug, { confirmSlug: first.slug });
    const third = await create(user);
    const error = await expectAppError(restoreWorkspace(user.caller, first.slug), "QUOTA_EXCEEDED");
    expect(error.message).toContain("You have");
    const [row] = await (await getDb()).select({ deletedAt: workspaces.deletedAt }).from(workspaces).where(eq(workspaces.id, first.id));
    expect(row.deletedAt).not.toBeNull();
    await deleteWorkspace(user.caller, third.slug, { confirmSlug: third.slug, permanent: true });
    expect(await restoreWorkspace(user.caller, first.slug)).toEqual({ slug: first.slug });
  });

  it("deleting one, or handing ownership away, frees a slot", async () => {
    const user = await makeUser("Quota");
    const heir = await makeUser("Heir");
    const first = await create(user);
    const second = await create(user);
    await expectQuotaExceeded(user);
    await deleteWorkspace(user.caller, first.slug, { confirmSlug: first.slug });
    await create(user);
    await expectQuotaExceeded(user);
    await addMember(second.id, heir, "member");
    await transferOwnership(user.caller, second.slug, { userId: heir.id, demoteSelf: true });
    await create(user);
    await expectQuotaExceeded(user);
  });

  it("being made owner counts towards the quota afterwards", async () => {
    const user = await makeUser("Quota");
    const other = await makeUser("Other");
    const ws = await makeWorkspace(other);
    await addMember(ws.id, user, "member");
    await changeMemberRole(other.caller, ws.slug, { userId: user.id, role: "owner" });
    await create(user);
    await expectQuotaExceeded(user);
  });

  it("parallel creations cannot overrun the quota", async () => {
    const user = await makeUser("Quota");
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => create(user)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect(r.reason.code).toBe("QUOTA_EXCEEDED");
      }
    }
    expect((await footprint(user)).created).toBe(3); // personal + 2
  });
});
