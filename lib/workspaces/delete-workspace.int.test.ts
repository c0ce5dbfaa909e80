import { afterAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens, memberships, workspaces } from "@/db/schema";
import { getAccountOverview } from "@/lib/account/get-account-overview";
import { authorize } from "@/lib/auth/authorize";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";
import { resolveInvite } from "@/lib/invitations/resolve-invite";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { acceptInviteToken } from "@/lib/invitations/accept-invite-token";
import { loadMembership } from "@/lib/testing/load-membership";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { deleteAccount } from "@/lib/users/delete-account";
import {
  addLiveToken,
  addMember,
  addToken,
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  ownerCount,
  withNewEvents,
  type Team,
} from "@/lib/testing/factories";
import { checkSlugAvailability } from "./check-slug-availability";
import { deleteWorkspace } from "./delete-workspace";
import { listSwitcherWorkspaces } from "./list-switcher-workspaces";
import { listMyWorkspaces } from "./list-my-workspaces";
import { purgeDeletedWorkspaces } from "./purge-deleted-workspaces";
import { restoreWorkspace } from "./restore-workspace";

afterAll(() => closeDb());

const DAY = 24 * 60 * 60 * 1000;

async function workspaceRow(id: string) {
  const [row] = await (await getDb()).select().from(workspaces).where(eq(workspaces.id, id));
  return row ?? null;
}

/** Moves the purge date of a deleted workspace into the past, as the passing of WORKSPACE_RESTORE_DAYS would. */
async function expireRestorePeriod(team: Team) {
  await (await getDb()).update(workspaces).set({ purgeAt: sql`now() - interval '1 second'` }).where(eq(workspaces.id, team.workspace.id));
}

describe("deleteWorkspace (scheduled)", () => {
  it("the owner deletes with the right slug: the workspace is scheduled for purge in 30 days, nothing else written", async () => {
    const team = await makeTeam();
    const tokenId = await addToken(team.workspace.id, team.member);
    const before = Date.now();
    const { result, events } = await withNewEvents(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: ` ${team.slug} ` }));
    expect(result.slug).toBe(team.slug);
    const row = await workspaceRow(team.workspace.id);
    expect(row).toMatchObject({ deletedBy: team.owner.id });
    expect(row!.purgeAt!.getTime() - row!.deletedAt!.getTime()).toBe(30 * DAY);
    expect(row!.deletedAt!.getTime()).toBeGreaterThan(before - 60_000);
    expect(result.purgeAt).toEqual(row!.purgeAt);
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team.owner),
        action: "workspace.deletion_scheduled",
        targetType: "workspace",
        targetId: team.workspace.id,
        targetLabel: team.slug,
        metadata: { displayName: "Acme", purgeAt: row!.purgeAt!.toISOString() },
      }),
    ]);
    // Nothing was deleted or revoked: a restore brings it all back.
    const db = await getDb();
    expect(await db.select().from(memberships).where(eq(memberships.workspaceId, team.workspace.id))).toHaveLength(4);
    const [token] = await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId));
    expect(token.revokedAt).toBeNull();
  });

  it("former members get NOT_FOUND from loadMembership, authorize with every permission and every operation; lists leave it out; the slug stays taken", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const db = await getDb();
    for (const user of [team.owner, team.manager, team.member, team.viewer]) {
      expect(await loadMembership(db, user.id, team.slug)).toBeNull();
      for (const permission of PERMISSIONS) await expectAppError(authorize(db, user.caller, team.slug, permission), "NOT_FOUND");
      await expectAppError(listMembers(user.caller, team.slug), "NOT_FOUND");
      expect((await listSwitcherWorkspaces(user.caller)).map((w) => w.slug)).not.toContain(team.slug);
      expect((await listMyWorkspaces(user.id)).map((m) => m.workspace.slug)).not.toContain(team.slug);
    }
    await expectAppError(leaveWorkspace(team.member.caller, team.slug), "NOT_FOUND");
    await expectAppError(changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "viewer" }), "NOT_FOUND");
    await expectAppError(deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug }), "NOT_FOUND");
    expect(await checkSlugAvailability(team.slug)).toMatchObject({ available: false });
  });

  it("authorize's includeDeleted serves workspace:restore alone", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const db = await getDb();
    expect((await authorize(db, team.owner.caller, team.slug, "workspace:restore", { includeDeleted: true })).workspace.id).toBe(team.workspace.id);
    await expectAppError(authorize(db, team.owner.caller, team.slug, "workspace:restore"), "NOT_FOUND");
    for (const permission of PERMISSIONS.filter((p) => p !== "workspace:restore")) {
      await expect(authorize(db, team.owner.caller, team.slug, permission, { includeDeleted: true })).rejects.toThrow(/serves only workspace:restore/);
    }
  });

  it("its tokens answer as unknown (401) while it is deleted, and work again once it is restored", async () => {
    const team = await makeTeam();
    const workspaceToken = await addLiveToken(team.workspace.id, team.member, "member");
    const personalToken = await addLiveToken(null, team.member);
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    await expectAppError(authenticateToken(`Bearer ${workspaceToken.token}`), "UNAUTHENTICATED");
    // A personal access token still authenticates, but finds no deleted workspace.
    const pat = await authenticateToken(`Bearer ${personalToken.token}`);
    await expectAppError(authorize(await getDb(), pat, team.slug, "workspace:read"), "NOT_FOUND");
    await restoreWorkspace(team.owner.caller, team.slug);
    const caller = await authenticateToken(`Bearer ${workspaceToken.token}`);
    expect((await authorize(await getDb(), caller, team.slug, "members:read")).role).toBe("member");
  });

  it("its invitations and invite links are dead while it is deleted, and live again once restored", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Invitee");
    await inviteMembers(team.owner.caller, team.slug, { emails: [invitee.email], role: "viewer" });
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const db = await getDb();
    expect(await resolveInvite(db, link.token)).toBeNull();
    expect(await listMyInvitations(invitee.caller)).toEqual([]);
    const joiner = await makeUser("Joiner");
    await expectAppError(acceptInviteToken(joiner.caller, link.token), "NOT_FOUND");
    await restoreWorkspace(team.owner.caller, team.slug);
    expect(await listMyInvitations(invitee.caller)).toEqual([expect.objectContaining({ workspaceSlug: team.slug, role: "viewer" })]);
    expect(await acceptInviteToken(joiner.caller, link.token)).toEqual({ slug: team.slug, alreadyMember: false });
  });

  it("the account page lists it to its owners only, with the purge date", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const row = await workspaceRow(team.workspace.id);
    const mine = (await getAccountOverview(team.owner.caller)).workspaces.find((w) => w.slug === team.slug);
    expect(mine).toMatchObject({ role: "owner", purgeAt: row!.purgeAt });
    for (const user of [team.manager, team.member, team.viewer]) {
      expect((await getAccountOverview(user.caller)).workspaces.map((w) => w.slug)).not.toContain(team.slug);
    }
  });

  it("permanent: deletes at once, with memberships and tokens, one workspace.deleted event kept; the slug is free again", async () => {
    const team = await makeTeam();
    const tokenId = await addToken(team.workspace.id, team.member);
    const { events } = await withNewEvents(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug, permanent: true }));
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.owner), action: "workspace.deleted", metadata: { displayName: "Acme" } })]);
    const db = await getDb();
    expect(await workspaceRow(team.workspace.id)).toBeNull();
    expect(await db.select().from(memberships).where(eq(memberships.workspaceId, team.workspace.id))).toEqual([]);
    expect(await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId))).toEqual([]);
    expect(await db.select().from(memberships).where(eq(memberships.userId, team.member.id))).toHaveLength(1);
    expect(await checkSlugAvailability(team.slug)).toMatchObject({ available: true });
    expect(await eventsOf(team.workspace.id)).toHaveLength(2); // workspace.created and workspace.deleted
  });

  it("any owner, not only the creator, can delete", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await deleteWorkspace(other.caller, team.slug, { confirmSlug: team.slug });
    expect((await workspaceRow(team.workspace.id))?.deletedBy).toBe(other.id);
  });

  it("a wrong or missing confirmation slug is VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    for (const confirmSlug of ["", "acme", team.slug.toUpperCase(), `${team.slug}x`]) {
      const error = await expectRefused(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, { confirmSlug }), "VALIDATION");
      expect(error.fieldErrors?.confirmSlug).toBeDefined();
    }
    await expectRefused(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, {}), "VALIDATION");
    await expectRefused(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: "nope", permanent: true }), "VALIDATION");
    expect((await workspaceRow(team.workspace.id))?.deletedAt).toBeNull();
  });

  it.each(["manager", "member", "viewer"] as const)("a %s cannot delete, scheduled or permanent: FORBIDDEN, nothing written", async (who) => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => deleteWorkspace(team[who].caller, team.slug, { confirmSlug: team.slug }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => deleteWorkspace(team[who].caller, team.slug, { confirmSlug: team.slug, permanent: true }), "FORBIDDEN");
  });

  it("a non-member gets NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => deleteWorkspace(team.outsider.caller, team.slug, { confirmSlug: team.slug }), "NOT_FOUND");
  });

  it("a personal workspace is never deleted: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Solo");
    const db = await getDb();
    const [personal] = await db.select().from(workspaces).where(and(eq(workspaces.createdBy, user.id), eq(workspaces.personal, true)));
    await expectRefused(personal.id, () => deleteWorkspace(user.caller, personal.slug, { confirmSlug: personal.slug }), "FORBIDDEN");
  });
});

describe("restoreWorkspace", () => {
  it("an owner restores it: memberships and roles are back, one workspace.restored event", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const { events } = await withNewEvents(team.workspace.id, () => restoreWorkspace(team.owner.caller, team.slug));
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.owner), action: "workspace.restored", targetId: team.workspace.id, targetLabel: team.slug })]);
    expect(await workspaceRow(team.workspace.id)).toMatchObject({ deletedAt: null, deletedBy: null, purgeAt: null });
    const db = await getDb();
    for (const [user, role] of [[team.owner, "owner"], [team.manager, "manager"], [team.member, "member"], [team.viewer, "viewer"]] as const) {
      expect((await authorize(db, user.caller, team.slug, "workspace:read")).role).toBe(role);
    }
  });

  it.each(["manager", "member", "viewer", "outsider"] as const)("a %s cannot restore it: refused, it stays deleted", async (who) => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    await expectRefused(team.workspace.id, () => restoreWorkspace(team[who].caller, team.slug), who === "outsider" ? "NOT_FOUND" : "FORBIDDEN");
    expect((await workspaceRow(team.workspace.id))?.deletedAt).not.toBeNull();
  });

  it("a workspace token is refused (it stopped working), and a live workspace cannot be restored (CONFLICT)", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => restoreWorkspace(team.owner.caller, team.slug), "CONFLICT");
    const ownerToken = await addLiveToken(team.workspace.id, team.owner, "owner");
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    await expectAppError(authenticateToken(`Bearer ${ownerToken.token}`), "UNAUTHENTICATED");
  });

  it("two restores at once: one restores it, the other finds it live (CONFLICT); one event", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const results = await Promise.allSettled([restoreWorkspace(team.owner.caller, team.slug), restoreWorkspace(team.owner.caller, team.slug)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "workspace.restored")).toHaveLength(1);
  });
});

describe("scheduled deletion in races", () => {
  it("deleting while owners demote, remove and leave: it is scheduled, and an owner is always left to restore it", async () => {
    for (let round = 0; round < 5; round++) {
      const team = await makeTeam();
      const [b, c] = [await makeUser("Owner B"), await makeUser("Owner C")];
      await addMember(team.workspace.id, b, "owner");
      await addMember(team.workspace.id, c, "owner");
      const results = await Promise.allSettled([
        changeMemberRole(b.caller, team.slug, { userId: c.id, role: "manager" }),
        deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug }),
        leaveWorkspace(team.manager.caller, team.slug),
        removeMember(c.caller, team.slug, { userId: b.id }),
      ]);
      expect(results[1].status).toBe("fulfilled");
      for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN|LAST_OWNER)$/) });
      expect((await workspaceRow(team.workspace.id))?.deletedAt).not.toBeNull();
      expect(await ownerCount(team.workspace.id)).toBeGreaterThanOrEqual(1);
      await restoreWorkspace(team.owner.caller, team.slug);
    }
  });
});

describe("purgeDeletedWorkspaces", () => {
  it("deletes for good only the workspaces whose restore period ended, recording workspace.deleted by the system", async () => {
    const [due, waiting, live] = await Promise.all([makeTeam(), makeTeam(), makeTeam()]);
    await deleteWorkspace(due.owner.caller, due.slug, { confirmSlug: due.slug });
    await deleteWorkspace(waiting.owner.caller, waiting.slug, { confirmSlug: waiting.slug });
    await expireRestorePeriod(due);
    const { purged } = await purgeDeletedWorkspaces();
    expect(purged).toContain(due.slug);
    expect(purged).not.toContain(waiting.slug);
    expect(await workspaceRow(due.workspace.id)).toBeNull();
    expect(await workspaceRow(waiting.workspace.id)).not.toBeNull();
    expect(await workspaceRow(live.workspace.id)).not.toBeNull();
    expect(await (await getDb()).select().from(memberships).where(eq(memberships.workspaceId, due.workspace.id))).toEqual([]);
    expect((await eventsOf(due.workspace.id)).at(-1)).toMatchObject({ action: "workspace.deleted", actorType: "system", metadata: { reason: "restore_period_ended" } });
    expect(await checkSlugAvailability(due.slug)).toMatchObject({ available: true });
  });

  it("two sweeps at once purge and record each workspace once", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    await expireRestorePeriod(team);
    const [a, b] = await Promise.all([purgeDeletedWorkspaces(), purgeDeletedWorkspaces()]);
    expect([...a.purged, ...b.purged].filter((s) => s === team.slug)).toHaveLength(1);
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "workspace.deleted")).toHaveLength(1);
  });
});

describe("deleteAccount and deleted workspaces", () => {
  it("a deleted workspace its person alone owns does not block deleting the account, and is purged with it", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const result = await deleteAccount(team.owner.caller, { confirmEmail: team.owner.email });
    expect(result.deleted).toContain(team.slug);
    expect(await workspaceRow(team.workspace.id)).toBeNull();
  });

  it("a deleted workspace with another owner stays, restorable by them", async () => {
    const team = await makeTeam();
    const other = await makeUser("Co-owner");
    await addMember(team.workspace.id, other, "owner");
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const result = await deleteAccount(team.owner.caller, { confirmEmail: team.owner.email });
    expect(result.left).toContain(team.slug);
    await restoreWorkspace(other.caller, team.slug);
    expect((await authorize(await getDb(), team.member.caller, team.slug, "workspace:read")).role).toBe("member");
  });
});
