import { afterAll, describe, expect, it, vi } from "vitest";

// getEnv() caches on first use: set the member quota before anything reads it (this file runs in its own process).
vi.hoisted(() => {
  process.env.MAX_MEMBERS = "7";
});

import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { getEnv } from "@/lib/env";
import type { ErrorCode } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import {
  addToken,
  byUser,
  expectRefused,
  makeTeam,
  roleOf,
  tokenRevokedAt,
  unique,
  withNewEvents,
  type Team,
} from "@/lib/testing/factories";
import { insertInvitation, personalWorkspaceOf } from "@/lib/testing/invitations";
import { createToken } from "@/lib/tokens/create-token";
import { createServiceAccount } from "./create-service-account";
import { listServiceAccounts } from "./list-service-accounts";
import { removeServiceAccount } from "./remove-service-account";

afterAll(() => closeDb());

const LIMIT = 7;
const botName = (prefix = "Bot") => `${prefix} ${unique()}`;

/** The users rows of service accounts with this name (a refused creation must leave none behind). */
async function serviceAccountsNamed(name: string) {
  const db = await getDb();
  return db.select().from(users).where(and(eq(users.name, name), eq(users.serviceAccount, true)));
}

/** The creation is refused with this code, and neither the workspace nor the users table gained anything. */
async function expectCreationRefused(
  team: Team,
  actor: "owner" | "manager" | "member" | "viewer" | "outsider",
  input: { name: string; role?: string },
  code: ErrorCode,
) {
  await expectRefused(team.workspace.id, () => createServiceAccount(team[actor].caller, team.slug, input), code);
  expect(await serviceAccountsNamed(input.name)).toEqual([]);
}

describe("createServiceAccount", () => {
  it.each(["owner", "manager"] as const)("a %s creates one with a role up to manager, one service_account.created event each", async (actor) => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      const name = botName(`Deploy ${role}`);
      const { result, events } = await withNewEvents(team.workspace.id, () => createServiceAccount(team[actor].caller, team.slug, { name, role }));
      expect(result).toEqual({ userId: expect.any(String), name, role, joinedAt: expect.any(Date) });
      // A users row with no email (it cannot sign in), flagged as a service account, and a membership with that role.
      expect(await serviceAccountsNamed(name)).toEqual([expect.objectContaining({ id: result.userId, email: null, serviceAccount: true })]);
      expect(await roleOf(team.workspace.id, result.userId)).toBe(role);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        ...byUser(team[actor]),
        action: "service_account.created",
        targetType: "user",
        targetId: result.userId,
        targetLabel: name,
        metadata: { role },
      });
    }
  });

  it("defaults to the member role and trims the name", async () => {
    const team = await makeTeam();
    const name = botName();
    const created = await createServiceAccount(team.owner.caller, team.slug, { name: `  ${name}  ` });
    expect(created).toMatchObject({ name, role: "member" });
    expect(await roleOf(team.workspace.id, created.userId)).toBe("member");
  });

  it.each(["owner", "manager"] as const)("the owner role is refused to a %s: VALIDATION, nothing written", async (actor) => {
    const team = await makeTeam();
    await expectCreationRefused(team, actor, { name: botName(), role: "owner" }, "VALIDATION");
  });

  it.each(["member", "viewer"] as const)("a %s is refused: FORBIDDEN, nothing written", async (actor) => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"]) await expectCreationRefused(team, actor, { name: botName(), role }, "FORBIDDEN");
  });

  it("a non-member gets NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await expectCreationRefused(team, "outsider", { name: botName(), role: "member" }, "NOT_FOUND");
  });

  it("refuses a missing, empty or too long name and an unknown role: VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    for (const name of ["", "   ", "x".repeat(65)]) await expectCreationRefused(team, "owner", { name, role: "member" }, "VALIDATION");
    await expectCreationRefused(team, "owner", { name: botName(), role: "admin" }, "VALIDATION");
    await expectRefused(team.workspace.id, () => createServiceAccount(team.owner.caller, team.slug, { role: "member" }), "VALIDATION");
  });

  it("is refused in a personal workspace: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    const personal = await personalWorkspaceOf(team.owner);
    const name = botName();
    await expectRefused(personal.id, () => createServiceAccount(team.owner.caller, personal.slug, { name, role: "member" }), "FORBIDDEN");
    expect(await serviceAccountsNamed(name)).toEqual([]);
  });
});

describe(`createServiceAccount and the member quota (MAX_MEMBERS=${LIMIT}): members + pending invitations`, () => {
  it("reads the limit from the environment", () => {
    expect(getEnv().MAX_MEMBERS).toBe(LIMIT);
  });

  it("a service account takes a member's room: with four members three fit, a fourth is QUOTA_EXCEEDED, nothing written", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role });
    }
    const error = await expectRefused(
      team.workspace.id,
      () => createServiceAccount(team.manager.caller, team.slug, { name: botName(), role: "member" }),
      "QUOTA_EXCEEDED",
    );
    expect(error.message).toContain(String(LIMIT));
    expect(await listServiceAccounts(team.owner.caller, team.slug)).toHaveLength(3);
  });

  it("pending invitations take room too", async () => {
    const team = await makeTeam();
    await insertInvitation(team.workspace.id, `q${unique()}@example.com`, team.owner);
    await insertInvitation(team.workspace.id, `q${unique()}@example.com`, team.owner);
    await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "member" });
    await expectCreationRefused(team, "manager", { name: botName(), role: "member" }, "QUOTA_EXCEEDED");
  });

  it("holds under parallel creation (the workspace row lock serializes the count)", async () => {
    const team = await makeTeam();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => createServiceAccount(team.owner.caller, team.slug, { name: botName("Parallel"), role: "member" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(Array(3).fill("QUOTA_EXCEEDED"));
    expect(await listServiceAccounts(team.owner.caller, team.slug)).toHaveLength(3);
  });
});

describe("listServiceAccounts", () => {
  it("lists the workspace's service accounts by name, with their live token counts", async () => {
    const team = await makeTeam();
    const alpha = await createServiceAccount(team.owner.caller, team.slug, { name: "Alpha bot", role: "manager" });
    const beta = await createServiceAccount(team.owner.caller, team.slug, { name: "Beta bot", role: "viewer" });
    await createToken(team.owner.caller, team.slug, { name: "live", expiresInDays: null, holderId: alpha.userId });
    await createToken(team.manager.caller, team.slug, { name: "live too", expiresInDays: 30, holderId: alpha.userId });
    const revoked = await createToken(team.owner.caller, team.slug, { name: "revoked", expiresInDays: 30, holderId: alpha.userId });
    const expired = await createToken(team.owner.caller, team.slug, { name: "expired", expiresInDays: 30, holderId: beta.userId });
    const db = await getDb();
    await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, revoked.id));
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, expired.id));
    // People and their tokens are not service accounts; another workspace's service accounts are not listed.
    await addToken(team.workspace.id, team.member);
    const other = await makeTeam();
    await createServiceAccount(other.owner.caller, other.slug, { name: "Alpha bot", role: "member" });

    const listed = await listServiceAccounts(team.manager.caller, team.slug);
    expect(listed).toEqual([
      { userId: alpha.userId, name: "Alpha bot", role: "manager", joinedAt: alpha.joinedAt, liveTokens: 2 },
      { userId: beta.userId, name: "Beta bot", role: "viewer", joinedAt: beta.joinedAt, liveTokens: 0 },
    ]);
    expect(await listServiceAccounts(team.owner.caller, team.slug)).toEqual(listed);
  });

  it("is empty for a workspace with none", async () => {
    const team = await makeTeam();
    expect(await listServiceAccounts(team.owner.caller, team.slug)).toEqual([]);
  });

  it.each(["member", "viewer"] as const)("a %s is refused: FORBIDDEN", async (actor) => {
    const team = await makeTeam();
    await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "member" });
    await expect(listServiceAccounts(team[actor].caller, team.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a non-member gets NOT_FOUND", async () => {
    const team = await makeTeam();
    await expect(listServiceAccounts(team.outsider.caller, team.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a service account as a member", () => {
  it("removing it (removeMember) revokes its tokens, with a service_account.removed event", async () => {
    const team = await makeTeam();
    const name = botName("Deploy");
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name, role: "manager" });
    const tokens = await Promise.all(
      ["one", "two"].map((t) => createToken(team.owner.caller, team.slug, { name: t, expiresInDays: 30, holderId: sa.userId })),
    );
    const { result, events } = await withNewEvents(team.workspace.id, () => removeMember(team.manager.caller, team.slug, { userId: sa.userId }));
    expect(result).toEqual({ userId: sa.userId });
    expect(await roleOf(team.workspace.id, sa.userId)).toBeNull();
    for (const t of tokens) expect(await tokenRevokedAt(t.id)).toBeInstanceOf(Date);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(team.manager),
      action: "service_account.removed",
      targetType: "user",
      targetId: sa.userId,
      targetLabel: name,
      metadata: { role: "manager" },
    });
    expect(await listServiceAccounts(team.owner.caller, team.slug)).toEqual([]);
  });

  it("cannot be made an owner: VALIDATION, nothing written; other roles are fine", async () => {
    const team = await makeTeam();
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "manager" });
    const error = await expectRefused(
      team.workspace.id,
      () => changeMemberRole(team.owner.caller, team.slug, { userId: sa.userId, role: "owner" }),
      "VALIDATION",
    );
    expect(error.message).toBe("A service account cannot own a workspace.");
    expect(await roleOf(team.workspace.id, sa.userId)).toBe("manager");
    await changeMemberRole(team.owner.caller, team.slug, { userId: sa.userId, role: "viewer" });
    expect(await roleOf(team.workspace.id, sa.userId)).toBe("viewer");
  });

  it("a manager cannot make it an owner either: FORBIDDEN (only an owner grants the owner role)", async () => {
    const team = await makeTeam();
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "member" });
    await expectRefused(team.workspace.id, () => changeMemberRole(team.manager.caller, team.slug, { userId: sa.userId, role: "owner" }), "FORBIDDEN");
  });
});

describe("removeServiceAccount", () => {
  it("removes it as removeMember does: tokens revoked, one service_account.removed event", async () => {
    const team = await makeTeam();
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "member" });
    const token = await createToken(team.owner.caller, team.slug, { name: "ci", expiresInDays: 30, holderId: sa.userId });
    const { result, events } = await withNewEvents(team.workspace.id, () => removeServiceAccount(team.manager.caller, team.slug, { userId: sa.userId }));
    expect(result).toEqual({ userId: sa.userId });
    expect(await tokenRevokedAt(token.id)).toBeInstanceOf(Date);
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "service_account.removed", targetId: sa.userId })]);
  });

  it("refuses a person (NOT_FOUND: it removes only service accounts), members and viewers (FORBIDDEN), outsiders (NOT_FOUND); nothing written", async () => {
    const team = await makeTeam();
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: botName(), role: "member" });
    await expectRefused(team.workspace.id, () => removeServiceAccount(team.owner.caller, team.slug, { userId: team.member.id }), "NOT_FOUND");
    for (const who of ["member", "viewer"] as const) {
      await expectRefused(team.workspace.id, () => removeServiceAccount(team[who].caller, team.slug, { userId: sa.userId }), "FORBIDDEN");
    }
    await expectRefused(team.workspace.id, () => removeServiceAccount(team.outsider.caller, team.slug, { userId: sa.userId }), "NOT_FOUND");
    const other = await makeTeam();
    await expectRefused(team.workspace.id, () => removeServiceAccount(other.owner.caller, other.slug, { userId: sa.userId }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => removeServiceAccount(team.owner.caller, team.slug, { userId: "" }), "VALIDATION");
  });
});
