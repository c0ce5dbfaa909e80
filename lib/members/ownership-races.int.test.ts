import { afterAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { membershipIsActive } from "@/lib/auth/membership-access";
import type { Role } from "@/db/schema";
import { AppError, type ErrorCode } from "@/lib/errors";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { addMember, eventsOf, makeUser, makeWorkspace, ownerCount, rolesOf, type TestUser } from "@/lib/testing/factories";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { reactivateMember } from "./reactivate-member";
import { removeMember } from "./remove-member";
import { suspendMember } from "./suspend-member";
import { transferOwnership } from "./transfer-ownership";

// Ownership changes serialize on the workspace row (authorize locks it); these run them truly in parallel on PostgreSQL.

afterAll(() => closeDb());

const ALLOWED: ErrorCode[] = ["LAST_OWNER", "NOT_FOUND", "FORBIDDEN"];
const ROUNDS = 8;

/** Every rejection is one of the expected AppErrors (never a deadlock, a driver error or a 500); returns the codes. */
function rejectionCodes(results: PromiseSettledResult<unknown>[]): ErrorCode[] {
  return results.flatMap((r) => {
    if (r.status === "fulfilled") return [];
    expect(r.reason, String(r.reason?.stack ?? r.reason)).toBeInstanceOf(AppError);
    const code = (r.reason as AppError).code;
    expect(ALLOWED, (r.reason as AppError).message).toContain(code);
    return [code];
  });
}

const fulfilled = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === "fulfilled").length;

/** A shared workspace with `owners` owners (the first created it) and `managers` managers. */
async function workspaceWith(owners: number, managers = 0) {
  const people = await Promise.all(Array.from({ length: owners + managers }, (_, i) => makeUser(i < owners ? `Owner ${i}` : `Manager ${i}`)));
  const ownerList = people.slice(0, owners);
  const workspace = await makeWorkspace(ownerList[0]);
  for (const [i, user] of people.entries()) if (i > 0) await addMember(workspace.id, user, i < owners ? "owner" : "manager");
  const initial = await rolesOf(workspace.id);
  return { workspace, slug: workspace.slug, owners: ownerList, managers: people.slice(owners), people, initial };
}

/**
 * Replays the activity trail over the initial roles: with every mutation serialized and writing exactly one event,
 * the replay must reproduce the final memberships.
 */
async function expectTrailMatchesState(workspaceId: string, initial: Record<string, Role>) {
  const roles = { ...initial };
  for (const e of await eventsOf(workspaceId)) {
    const target = e.targetId!;
    if (e.action === "member.role_changed") {
      expect(roles[target]).toBe(e.metadata.from);
      roles[target] = e.metadata.to as Role;
    } else if (e.action === "member.left") {
      expect(roles[target]).toBeDefined();
      delete roles[target];
    } else if (e.action === "member.removed") {
      expect(roles[target]).toBeDefined();
      delete roles[target];
    } else if (e.action === "workspace.ownership_transferred") {
      expect(roles[e.actorId!]).toBe("owner");
      roles[target] = "owner";
      if (e.metadata.previousOwnerBecame === "manager") roles[e.actorId!] = "manager";
    } else {
      expect(e.action).toBe("workspace.created");
    }
    expect(Object.values(roles)).toContain("owner");
  }
  expect(await rolesOf(workspaceId)).toEqual(roles);
}

describe("ownership races", () => {
  it("two owners demoting each other: one wins, the other is FORBIDDEN (now a manager); one owner left", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b], initial } = await workspaceWith(2);
      const results = await Promise.allSettled([
        changeMemberRole(a.caller, slug, { userId: b.id, role: "manager" }),
        changeMemberRole(b.caller, slug, { userId: a.id, role: "manager" }),
      ]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["FORBIDDEN"]);
      expect(await ownerCount(workspace.id)).toBe(1);
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("two owners stepping down at once: one succeeds, the other is LAST_OWNER", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b], initial } = await workspaceWith(2);
      const results = await Promise.allSettled([
        changeMemberRole(a.caller, slug, { userId: a.id, role: "member" }),
        changeMemberRole(b.caller, slug, { userId: b.id, role: "viewer" }),
      ]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["LAST_OWNER"]);
      expect(await ownerCount(workspace.id)).toBe(1);
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("two owners both leaving: one leaves, the other is LAST_OWNER", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b], initial } = await workspaceWith(2, 1);
      const results = await Promise.allSettled([leaveWorkspace(a.caller, slug), leaveWorkspace(b.caller, slug)]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["LAST_OWNER"]);
      expect(await ownerCount(workspace.id)).toBe(1);
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("one owner removing the other while the other leaves: exactly one happens, the other is NOT_FOUND", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b], initial } = await workspaceWith(2);
      const results = await Promise.allSettled([removeMember(a.caller, slug, { userId: b.id }), leaveWorkspace(b.caller, slug)]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["NOT_FOUND"]);
      expect(await rolesOf(workspace.id)).toEqual({ [a.id]: "owner" });
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("two owners removing each other: one is removed, the other's call is NOT_FOUND", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b], initial } = await workspaceWith(2);
      const results = await Promise.allSettled([removeMember(a.caller, slug, { userId: b.id }), removeMember(b.caller, slug, { userId: a.id })]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["NOT_FOUND"]);
      expect(await ownerCount(workspace.id)).toBe(1);
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("three owners leaving at once: two leave, one is LAST_OWNER", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners, initial } = await workspaceWith(3);
      const results = await Promise.allSettled(owners.map((o) => leaveWorkspace(o.caller, slug)));
      expect(fulfilled(results)).toBe(2);
      expect(rejectionCodes(results)).toEqual(["LAST_OWNER"]);
      expect(await ownerCount(workspace.id)).toBe(1);
      await expectTrailMatchesState(workspace.id, initial);
    }
  });

  it("deleting the workspace while owners demote, remove and leave: the rest are NOT_FOUND or happened before", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b, c], managers: [m] } = await workspaceWith(3, 1);
      const results = await Promise.allSettled([
        changeMemberRole(b.caller, slug, { userId: c.id, role: "manager" }),
        deleteWorkspace(a.caller, slug, { confirmSlug: slug, permanent: true }),
        leaveWorkspace(m.caller, slug),
        removeMember(c.caller, slug, { userId: b.id }),
      ]);
      expect(results[1].status).toBe("fulfilled");
      rejectionCodes(results);
      expect(await rolesOf(workspace.id)).toEqual({});
    }
  });

  it("50 parallel mixed demote/leave/remove/transfer attempts among several owners: always an owner, only AppErrors", async () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T,>(list: T[]) => list[random(list.length)];
    const roles: Role[] = ["manager", "member", "viewer"];
    const tally: Record<string, number> = {};
    for (let round = 0; round < 4; round++) {
      const { workspace, slug, owners, people, initial } = await workspaceWith(6, 3);
      const attempts: Array<() => Promise<unknown>> = Array.from({ length: 50 }, () => {
        const actor: TestUser = pick(owners);
        const other: TestUser = pick(people.filter((p) => p !== actor));
        switch (random(5)) {
          case 0:
            return () => changeMemberRole(actor.caller, slug, { userId: other.id, role: pick(roles) });
          case 1:
            return () => changeMemberRole(actor.caller, slug, { userId: actor.id, role: pick(roles) });
          case 2:
            return () => leaveWorkspace(actor.caller, slug);
          case 3:
            return () => removeMember(actor.caller, slug, { userId: other.id });
          default:
            return () => transferOwnership(actor.caller, slug, { userId: other.id, demoteSelf: random(2) === 0 });
        }
      });
      const results = await Promise.allSettled(attempts.map((run) => run()));
      for (const code of rejectionCodes(results)) tally[code] = (tally[code] ?? 0) + 1;
      tally.fulfilled = (tally.fulfilled ?? 0) + fulfilled(results);
      expect(await ownerCount(workspace.id)).toBeGreaterThanOrEqual(1);
      // Exactly one event per mutation that changed something (a role change to the same role writes none).
      const changed = results.filter(
        (r) => r.status === "fulfilled" && !(r.value && typeof r.value === "object" && "changed" in r.value && r.value.changed === false),
      ).length;
      expect((await eventsOf(workspace.id)).length - 1).toBe(changed);
      await expectTrailMatchesState(workspace.id, initial);
    }
    // The mix really exercised the guards.
    expect(tally.fulfilled).toBeGreaterThan(0);
    expect(tally.NOT_FOUND).toBeGreaterThan(0);
    expect(tally.FORBIDDEN).toBeGreaterThan(0);
  });

  it("two active owners suspending each other at once: exactly one is suspended, the other's call is NOT_FOUND (it has no access any more)", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { workspace, slug, owners: [a, b] } = await workspaceWith(2);
      const results = await Promise.allSettled([
        suspendMember(a.caller, slug, { userId: b.id }),
        suspendMember(b.caller, slug, { userId: a.id }),
      ]);
      expect(fulfilled(results)).toBe(1);
      expect(rejectionCodes(results)).toEqual(["NOT_FOUND"]);
      expect(await activeOwners(workspace.id)).toBe(1);
    }
  });

  it("50 parallel mixed suspend/reactivate/demote/remove/leave attempts among several owners: always an active owner, only AppErrors", async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T,>(list: T[]) => list[random(list.length)];
    const tally: Record<string, number> = {};
    for (let round = 0; round < 4; round++) {
      const { workspace, slug, owners, people } = await workspaceWith(5, 2);
      const attempts: Array<() => Promise<unknown>> = Array.from({ length: 50 }, () => {
        const actor: TestUser = pick(owners);
        const other: TestUser = pick(people.filter((p) => p !== actor));
        switch (random(6)) {
          case 0:
          case 1:
            return () => suspendMember(actor.caller, slug, { userId: other.id });
          case 2:
            return () => reactivateMember(actor.caller, slug, { userId: other.id });
          case 3:
            return () => changeMemberRole(actor.caller, slug, { userId: random(2) ? other.id : actor.id, role: "manager" });
          case 4:
            return () => removeMember(actor.caller, slug, { userId: other.id });
          default:
            return () => leaveWorkspace(actor.caller, slug);
        }
      });
      const results = await Promise.allSettled(attempts.map((run) => run()));
      for (const code of rejectionCodes(results)) tally[code] = (tally[code] ?? 0) + 1;
      tally.fulfilled = (tally.fulfilled ?? 0) + fulfilled(results);
      expect(await activeOwners(workspace.id)).toBeGreaterThanOrEqual(1);
    }
    expect(tally.fulfilled).toBeGreaterThan(0);
    expect((tally.NOT_FOUND ?? 0) + (tally.LAST_OWNER ?? 0) + (tally.FORBIDDEN ?? 0)).toBeGreaterThan(0);
  });
});

/** Owners that are not suspended and not past an end date. */
async function activeOwners(workspaceId: string): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner"), membershipIsActive));
  return n;
}
