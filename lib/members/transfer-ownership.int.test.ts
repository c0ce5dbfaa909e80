import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import {
  addMember,
  byUser,
  expectRefused,
  makeTeam,
  makeUser,
  ownerCount,
  roleOf,
  withNewEvents,
} from "@/lib/testing/factories";
import { transferOwnership } from "./transfer-ownership";

afterAll(() => closeDb());

describe("transferOwnership", () => {
  it("with demoteSelf true: the target becomes owner and the previous owner a manager, one event", async () => {
    const team = await makeTeam();
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      transferOwnership(team.owner.caller, team.slug, { userId: team.member.id, demoteSelf: true }),
    );
    expect(result).toEqual({ userId: team.member.id });
    expect(await roleOf(team.workspace.id, team.member.id)).toBe("owner");
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("manager");
    expect(await ownerCount(team.workspace.id)).toBe(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(team.owner),
      action: "workspace.ownership_transferred",
      targetType: "user",
      targetId: team.member.id,
      targetLabel: team.member.email,
      metadata: { from: "member", to: "owner", previousOwnerBecame: "manager" },
    });
  });

  it("with demoteSelf false: both are owners", async () => {
    const team = await makeTeam();
    const { events } = await withNewEvents(team.workspace.id, () =>
      transferOwnership(team.owner.caller, team.slug, { userId: team.viewer.id, demoteSelf: false }),
    );
    expect(await roleOf(team.workspace.id, team.viewer.id)).toBe("owner");
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("owner");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ metadata: { from: "viewer", to: "owner", previousOwnerBecame: "owner" } });
  });

  it("demoteSelf defaults to true", async () => {
    const team = await makeTeam();
    await transferOwnership(team.owner.caller, team.slug, { userId: team.manager.id });
    expect(await roleOf(team.workspace.id, team.manager.id)).toBe("owner");
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("manager");
  });

  it("the new owner can then act as owner and the former owner cannot", async () => {
    const team = await makeTeam();
    await transferOwnership(team.owner.caller, team.slug, { userId: team.member.id, demoteSelf: true });
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.owner.caller, team.slug, { userId: team.viewer.id, demoteSelf: true }),
      "FORBIDDEN",
    );
    await transferOwnership(team.member.caller, team.slug, { userId: team.owner.id, demoteSelf: false });
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("owner");
    expect(await roleOf(team.workspace.id, team.member.id)).toBe("owner");
  });

  it.each(["manager", "member", "viewer"] as const)("a %s cannot transfer ownership: FORBIDDEN, nothing written", async (who) => {
    const team = await makeTeam();
    for (const target of [team.manager, team.member, team.viewer].filter((u) => u !== team[who])) {
      await expectRefused(
        team.workspace.id,
        () => transferOwnership(team[who].caller, team.slug, { userId: target.id, demoteSelf: true }),
        "FORBIDDEN",
      );
    }
  });

  it("a non-member gets NOT_FOUND", async () => {
    const team = await makeTeam();
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.outsider.caller, team.slug, { userId: team.outsider.id, demoteSelf: true }),
      "NOT_FOUND",
    );
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.outsider.caller, team.slug, { userId: team.member.id, demoteSelf: true }),
      "NOT_FOUND",
    );
  });

  it("to a non-member or a removed member is NOT_FOUND, to oneself VALIDATION; nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.owner.caller, team.slug, { userId: team.outsider.id, demoteSelf: true }),
      "NOT_FOUND",
    );
    const db = await getDb();
    await db.delete(memberships).where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, team.member.id)));
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.owner.caller, team.slug, { userId: team.member.id, demoteSelf: true }),
      "NOT_FOUND",
    );
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.owner.caller, team.slug, { userId: team.owner.id, demoteSelf: true }),
      "VALIDATION",
    );
    await expectRefused(team.workspace.id, () => transferOwnership(team.owner.caller, team.slug, { demoteSelf: true }), "VALIDATION");
  });

  it("to a service account is VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const [bot] = await db.insert(users).values({ name: "Deploy bot", serviceAccount: true }).returning();
    await db.insert(memberships).values({ workspaceId: team.workspace.id, userId: bot.id, role: "member" });
    await expectRefused(
      team.workspace.id,
      () => transferOwnership(team.owner.caller, team.slug, { userId: bot.id, demoteSelf: true }),
      "VALIDATION",
    );
  });

  it("a personal workspace cannot be transferred: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Solo");
    const friend = await makeUser("Friend");
    const db = await getDb();
    const [personal] = await db.select().from(workspaces).where(and(eq(workspaces.createdBy, user.id), eq(workspaces.personal, true)));
    await addMember(personal.id, friend, "member");
    await expectRefused(
      personal.id,
      () => transferOwnership(user.caller, personal.slug, { userId: friend.id, demoteSelf: true }),
      "FORBIDDEN",
    );
  });
});
