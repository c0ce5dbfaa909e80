import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { loadMembership } from "@/lib/testing/load-membership";
import {
  addMember,
  addToken,
  byUser,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  tokenRevokedAt,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { removeMember } from "./remove-member";

afterAll(() => closeDb());

async function expectRemoved(team: Team, actor: TestUser, target: TestUser) {
  const role = await roleOf(team.workspace.id, target.id);
  const tokenId = await addToken(team.workspace.id, target);
  const { result, events } = await withNewEvents(team.workspace.id, () => removeMember(actor.caller, team.slug, { userId: target.id }));
  expect(result).toEqual({ userId: target.id });
  expect(await roleOf(team.workspace.id, target.id)).toBeNull();
  expect(await tokenRevokedAt(tokenId)).toBeInstanceOf(Date);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    ...byUser(actor),
    action: "member.removed",
    targetType: "user",
    targetId: target.id,
    targetLabel: target.email,
    metadata: { role },
  });
}

describe("removeMember as owner", () => {
  it("removes a manager, a member and a viewer, one member.removed event each, and revokes their tokens", async () => {
    const team = await makeTeam();
    await expectRemoved(team, team.owner, team.manager);
    await expectRemoved(team, team.owner, team.member);
    await expectRemoved(team, team.owner, team.viewer);
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("owner");
  });

  it("removes another owner", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await expectRemoved(team, team.owner, other);
  });

  it("cannot remove themselves (that is leaving), even with another owner: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => removeMember(team.owner.caller, team.slug, { userId: team.owner.id }), "FORBIDDEN");
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await expectRefused(team.workspace.id, () => removeMember(team.owner.caller, team.slug, { userId: team.owner.id }), "FORBIDDEN");
  });

  it("leaves other workspaces' memberships alone", async () => {
    const a = await makeTeam();
    const b = await makeTeam();
    await addMember(b.workspace.id, a.member, "member");
    await removeMember(a.owner.caller, a.slug, { userId: a.member.id });
    expect(await roleOf(b.workspace.id, a.member.id)).toBe("member");
  });

  it("removes a service account with a service_account.removed event", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const [bot] = await db.insert(users).values({ name: "Deploy bot", serviceAccount: true }).returning();
    await db.insert(memberships).values({ workspaceId: team.workspace.id, userId: bot.id, role: "member" });
    const { events } = await withNewEvents(team.workspace.id, () => removeMember(team.owner.caller, team.slug, { userId: bot.id }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "service_account.removed", targetId: bot.id, targetLabel: "Deploy bot" });
  });
});

describe("removeMember as manager", () => {
  it("removes members, viewers and other managers", async () => {
    const team = await makeTeam();
    const other = await makeUser("Other Manager");
    await addMember(team.workspace.id, other, "manager");
    await expectRemoved(team, team.manager, team.member);
    await expectRemoved(team, team.manager, team.viewer);
    await expectRemoved(team, team.manager, other);
  });

  it("cannot remove an owner: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    for (const target of [team.owner, other]) {
      await expectRefused(team.workspace.id, () => removeMember(team.manager.caller, team.slug, { userId: target.id }), "FORBIDDEN");
    }
  });

  it("cannot remove themselves: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => removeMember(team.manager.caller, team.slug, { userId: team.manager.id }), "FORBIDDEN");
  });
});

describe("removeMember refusals", () => {
  it.each(["member", "viewer"] as const)("a %s removes nobody: FORBIDDEN, nothing written", async (actor) => {
    const team = await makeTeam();
    for (const target of [team.owner, team.manager, team.member, team.viewer]) {
      await expectRefused(team.workspace.id, () => removeMember(team[actor].caller, team.slug, { userId: target.id }), "FORBIDDEN");
    }
  });

  it("a non-member gets NOT_FOUND", async () => {
    const team = await makeTeam();
    for (const target of [team.owner, team.member, team.outsider]) {
      await expectRefused(team.workspace.id, () => removeMember(team.outsider.caller, team.slug, { userId: target.id }), "NOT_FOUND");
    }
  });

  it("a stale target (already removed, or never a member) is NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await removeMember(team.owner.caller, team.slug, { userId: team.member.id });
    for (const actor of [team.owner, team.manager]) {
      await expectRefused(team.workspace.id, () => removeMember(actor.caller, team.slug, { userId: team.member.id }), "NOT_FOUND");
      await expectRefused(team.workspace.id, () => removeMember(actor.caller, team.slug, { userId: team.outsider.id }), "NOT_FOUND");
    }
  });

  it("a missing or malformed member id is VALIDATION", async () => {
    const team = await makeTeam();
    for (const input of [{}, { userId: "" }, { userId: 42 }, { userId: "x".repeat(101) }, undefined]) {
      await expectRefused(team.workspace.id, () => removeMember(team.owner.caller, team.slug, input), "VALIDATION");
    }
  });

  it("the removed member loses access at once: loadMembership is null, authorize and removeMember are NOT_FOUND", async () => {
    const team = await makeTeam();
    await removeMember(team.owner.caller, team.slug, { userId: team.manager.id });
    const db = await getDb();
    expect(await loadMembership(db, team.manager.id, team.slug)).toBeNull();
    await expectAppError(authorize(db, team.manager.caller, team.slug, "workspace:read"), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => removeMember(team.manager.caller, team.slug, { userId: team.viewer.id }), "NOT_FOUND");
    expect(await roleOf(team.workspace.id, team.viewer.id)).toBe("viewer");
  });
});
