import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, users, type Role } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";
import {
  addMember,
  byUser,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { changeMemberRole } from "./change-member-role";

afterAll(() => closeDb());

type Who = "owner" | "manager" | "member" | "viewer";

async function expectRoleChange(team: Team, actor: Who, target: TestUser, to: Role) {
  const userId = target.id;
  const from = await roleOf(team.workspace.id, userId);
  const { result, events } = await withNewEvents(team.workspace.id, () =>
    changeMemberRole(team[actor].caller, team.slug, { userId, role: to }),
  );
  expect(result).toEqual({ userId, role: to, changed: true });
  expect(await roleOf(team.workspace.id, userId)).toBe(to);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    ...byUser(team[actor]),
    action: "member.role_changed",
    targetType: "user",
    targetId: userId,
    metadata: { from, to },
  });
}

describe("changeMemberRole as owner", () => {
  it("sets any role on any member, one member.role_changed event each", async () => {
    const team = await makeTeam();
    await expectRoleChange(team, "owner", team.manager, "viewer");
    await expectRoleChange(team, "owner", team.viewer, "manager");
    await expectRoleChange(team, "owner", team.member, "owner");
  });

  it("demotes another owner and labels the target with their email", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    const { events } = await withNewEvents(team.workspace.id, () =>
      changeMemberRole(team.owner.caller, team.slug, { userId: other.id, role: "member" }),
    );
    expect(await roleOf(team.workspace.id, other.id)).toBe("member");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ targetLabel: other.email, metadata: { from: "owner", to: "member" } });
  });

  it("steps down while another owner remains", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      changeMemberRole(team.owner.caller, team.slug, { userId: team.owner.id, role: "manager" }),
    );
    expect(result).toEqual({ userId: team.owner.id, role: "manager", changed: true });
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("manager");
    expect(await roleOf(team.workspace.id, other.id)).toBe("owner");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ...byUser(team.owner), targetId: team.owner.id, metadata: { from: "owner", to: "manager" } });
  });

  it("cannot step down as the last owner: LAST_OWNER, nothing written", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team.owner.caller, team.slug, { userId: team.owner.id, role }),
        "LAST_OWNER",
      );
    }
  });

  it("setting the role a member already has changes nothing and writes no event", async () => {
    const team = await makeTeam();
    const before = await withNewEvents(team.workspace.id, () =>
      changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "member" }),
    );
    expect(before.result).toEqual({ userId: team.member.id, role: "member", changed: false });
    expect(before.events).toHaveLength(0);
    const self = await withNewEvents(team.workspace.id, () =>
      changeMemberRole(team.owner.caller, team.slug, { userId: team.owner.id, role: "owner" }),
    );
    expect(self.result).toMatchObject({ changed: false });
    expect(self.events).toHaveLength(0);
  });
});

describe("changeMemberRole as manager", () => {
  it("sets manager, member or viewer on non-owners", async () => {
    const team = await makeTeam();
    await expectRoleChange(team, "manager", team.member, "viewer");
    await expectRoleChange(team, "manager", team.viewer, "manager");
    await expectRoleChange(team, "manager", team.member, "member");
  });

  it("changes another manager's role", async () => {
    const team = await makeTeam();
    const other = await makeUser("Other Manager");
    await addMember(team.workspace.id, other, "manager");
    await expectRoleChange(team, "manager", other, "viewer");
  });

  it("cannot change an owner's role: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team.manager.caller, team.slug, { userId: team.owner.id, role }),
        "FORBIDDEN",
      );
    }
  });

  it("cannot grant the owner role: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    for (const target of [team.member, team.viewer, team.manager, team.owner]) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team.manager.caller, team.slug, { userId: target.id, role: "owner" }),
        "FORBIDDEN",
      );
    }
  });

  it("cannot change their own role: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    for (const role of ["owner", "manager", "member", "viewer"] as const) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team.manager.caller, team.slug, { userId: team.manager.id, role }),
        "FORBIDDEN",
      );
    }
  });
});

describe("changeMemberRole as member or viewer", () => {
  it.each(["member", "viewer"] as const)("%s changes nobody's role, not even their own: FORBIDDEN", async (actor) => {
    const team = await makeTeam();
    for (const target of [team.owner, team.manager, team.member, team.viewer]) {
      for (const role of ["owner", "manager", "member", "viewer"] as const) {
        await expectRefused(
          team.workspace.id,
          () => changeMemberRole(team[actor].caller, team.slug, { userId: target.id, role }),
          "FORBIDDEN",
        );
      }
    }
  });

  it("a token capped at member acts as a member even for an owner: FORBIDDEN", async () => {
    const team = await makeTeam();
    const capped: Caller = { ...team.owner.caller, kind: "token", tokenId: undefined, roleCeiling: "member" };
    await expectRefused(
      team.workspace.id,
      () => changeMemberRole(capped, team.slug, { userId: team.viewer.id, role: "member" }),
      "FORBIDDEN",
    );
  });
});

describe("changeMemberRole refusals", () => {
  it("a non-member gets NOT_FOUND, whatever the target", async () => {
    const team = await makeTeam();
    for (const target of [team.owner, team.member, team.outsider]) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team.outsider.caller, team.slug, { userId: target.id, role: "viewer" }),
        "NOT_FOUND",
      );
    }
  });

  it("an unknown or malformed slug is NOT_FOUND", async () => {
    const team = await makeTeam();
    await expectAppError(changeMemberRole(team.owner.caller, "no-such-workspace", { userId: team.member.id, role: "viewer" }), "NOT_FOUND");
    await expectAppError(changeMemberRole(team.owner.caller, "Bad Slug!", { userId: team.member.id, role: "viewer" }), "NOT_FOUND");
  });

  it("an invalid role string or missing member is VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    for (const input of [
      { userId: team.member.id, role: "admin" },
      { userId: team.member.id, role: "OWNER" },
      { userId: team.member.id, role: "" },
      { userId: team.member.id },
      { role: "viewer" },
      { userId: "", role: "viewer" },
      null,
    ]) {
      const error = await expectRefused(team.workspace.id, () => changeMemberRole(team.owner.caller, team.slug, input), "VALIDATION");
      expect(error.fieldErrors).toBeDefined();
    }
  });

  it("a stale target (already removed) is NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    const db = await getDb();
    await db.delete(memberships).where(eq(memberships.userId, team.member.id));
    for (const actor of ["owner", "manager"] as const) {
      await expectRefused(
        team.workspace.id,
        () => changeMemberRole(team[actor].caller, team.slug, { userId: team.member.id, role: "viewer" }),
        "NOT_FOUND",
      );
    }
    await expectRefused(
      team.workspace.id,
      () => changeMemberRole(team.owner.caller, team.slug, { userId: team.outsider.id, role: "viewer" }),
      "NOT_FOUND",
    );
  });

  it("a service account cannot be made an owner: VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const [bot] = await db.insert(users).values({ name: "Deploy bot", serviceAccount: true }).returning();
    await db.insert(memberships).values({ workspaceId: team.workspace.id, userId: bot.id, role: "member" });
    await expectRefused(
      team.workspace.id,
      () => changeMemberRole(team.owner.caller, team.slug, { userId: bot.id, role: "owner" }),
      "VALIDATION",
    );
    // Other roles are fine.
    await changeMemberRole(team.owner.caller, team.slug, { userId: bot.id, role: "viewer" });
    expect(await roleOf(team.workspace.id, bot.id)).toBe("viewer");
  });

  it("a removed member's own calls are NOT_FOUND afterwards", async () => {
    const team = await makeTeam();
    const db = await getDb();
    await db.delete(memberships).where(eq(memberships.userId, team.manager.id));
    await expectAppError(authorize(db, team.manager.caller, team.slug, "members:read"), "NOT_FOUND");
    await expectRefused(
      team.workspace.id,
      () => changeMemberRole(team.manager.caller, team.slug, { userId: team.member.id, role: "viewer" }),
      "NOT_FOUND",
    );
  });
});
