import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { mailTo } from "@/lib/testing/invitations";
import {
  addLiveToken,
  addMember,
  byUser,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { reactivateMember } from "./reactivate-member";
import { removeMember } from "./remove-member";
import { setMemberAccessUntil } from "./set-member-access-until";
import { suspendMember } from "./suspend-member";
import { transferOwnership } from "./transfer-ownership";

afterAll(() => closeDb());

const day = 24 * 60 * 60 * 1000;

async function membershipOf(team: Team, user: TestUser) {
  const db = await getDb();
  const [row] = await db
    .select({ role: memberships.role, suspendedAt: memberships.suspendedAt, suspendedBy: memberships.suspendedBy, accessUntil: memberships.accessUntil })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, user.id)));
  return row;
}

async function expectNoAccess(team: Team, user: TestUser) {
  const db = await getDb();
  await expect(authorize(db, user.caller, team.slug, "workspace:read")).rejects.toMatchObject({ code: "NOT_FOUND" });
}

describe("suspendMember and reactivateMember", () => {
  it("an owner suspends a member: the membership, role and tokens are kept, access and tokens stop; reactivating restores both", async () => {
    const team = await makeTeam();
    const workspaceToken = await addLiveToken(team.workspace.id, team.member, "member");
    const accountToken = await addLiveToken(null, team.member);
    const { result, events } = await withNewEvents(team.workspace.id, () => suspendMember(team.owner.caller, team.slug, { userId: team.member.id }));
    expect(result).toMatchObject({ userId: team.member.id, changed: true });
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.owner), action: "member.suspended", targetId: team.member.id, metadata: { role: "member" } })]);
    expect(await membershipOf(team, team.member)).toMatchObject({ role: "member", suspendedAt: expect.any(Date), suspendedBy: team.owner.id });
    await expectNoAccess(team, team.member);
    // Tokens answer 401 SUSPENDED: the workspace token when authenticated, the account token when it reaches this workspace.
    await expect(authenticateToken(`Bearer ${workspaceToken.token}`)).rejects.toMatchObject({ code: "SUSPENDED" });
    const accountCaller = await authenticateToken(`Bearer ${accountToken.token}`);
    await expect(authorize(await getDb(), accountCaller, team.slug, "workspace:read")).rejects.toMatchObject({ code: "SUSPENDED" });
    const mail = (await mailTo(team.member.email)).at(-1);
    expect(mail?.subject).toBe(`Your access to ${team.workspace.displayName} is suspended`);

    // A second suspend changes nothing and records nothing.
    const again = await withNewEvents(team.workspace.id, () => suspendMember(team.owner.caller, team.slug, { userId: team.member.id }));
    expect(again.result).toMatchObject({ changed: false });
    expect(again.events).toEqual([]);

    const back = await withNewEvents(team.workspace.id, () => reactivateMember(team.manager.caller, team.slug, { userId: team.member.id }));
    expect(back.result).toMatchObject({ changed: true });
    expect(back.events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "member.reactivated", targetId: team.member.id })]);
    expect(await membershipOf(team, team.member)).toMatchObject({ role: "member", suspendedAt: null, suspendedBy: null });
    await expect(authorize(await getDb(), team.member.caller, team.slug, "workspace:read")).resolves.toMatchObject({ role: "member" });
    await expect(authenticateToken(`Bearer ${workspaceToken.token}`)).resolves.toMatchObject({ userId: team.member.id });
    expect((await mailTo(team.member.email)).at(-1)?.subject).toBe(`Your access to ${team.workspace.displayName} is back`);
  });

  it("members and viewers may not suspend or reactivate: FORBIDDEN, nothing written", async () => {
    const team = await makeTeam();
    for (const actor of [team.member, team.viewer]) {
      await expectRefused(team.workspace.id, () => suspendMember(actor.caller, team.slug, { userId: team.manager.id }), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => reactivateMember(actor.caller, team.slug, { userId: team.manager.id }), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => setMemberAccessUntil(actor.caller, team.slug, { userId: team.manager.id, accessUntil: new Date(Date.now() + day).toISOString() }), "FORBIDDEN");
    }
  });

  it("a manager may not suspend an owner, nor anyone themselves; a manager suspends a manager", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await expectRefused(team.workspace.id, () => suspendMember(team.manager.caller, team.slug, { userId: other.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => suspendMember(team.manager.caller, team.slug, { userId: team.manager.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => suspendMember(team.owner.caller, team.slug, { userId: team.owner.id }), "FORBIDDEN");
    const peer = await makeUser("Peer Manager");
    await addMember(team.workspace.id, peer, "manager");
    await suspendMember(team.manager.caller, team.slug, { userId: peer.id });
    await expectNoAccess(team, peer);
  });

  it("the last active owner cannot be suspended; with a second owner suspended, the remaining owner cannot leave, be demoted or removed", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await suspendMember(team.owner.caller, team.slug, { userId: other.id });
    // `other` cannot act at all now; the owner is the last active owner.
    await expectRefused(team.workspace.id, () => suspendMember(other.caller, team.slug, { userId: team.owner.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => leaveWorkspace(team.owner.caller, team.slug), "LAST_OWNER");
    await expectRefused(team.workspace.id, () => changeMemberRole(team.owner.caller, team.slug, { userId: team.owner.id, role: "manager" }), "LAST_OWNER");
    // Transferring ownership to a suspended member is refused (it would leave no active owner).
    await expectRefused(team.workspace.id, () => transferOwnership(team.owner.caller, team.slug, { userId: other.id, demoteSelf: true }), "VALIDATION");
    // The suspended owner is not the last active one: it can be demoted or removed.
    await changeMemberRole(team.owner.caller, team.slug, { userId: other.id, role: "manager" });
    await removeMember(team.owner.caller, team.slug, { userId: other.id });
    expect(await roleOf(team.workspace.id, other.id)).toBeNull();
  });

  it("a suspended member's seat and role are kept: reactivating needs no free seat and gives the same role", async () => {
    const team = await makeTeam();
    await suspendMember(team.owner.caller, team.slug, { userId: team.manager.id });
    expect(await roleOf(team.workspace.id, team.manager.id)).toBe("manager");
    await reactivateMember(team.owner.caller, team.slug, { userId: team.manager.id });
    await expect(authorize(await getDb(), team.manager.caller, team.slug, "members:remove")).resolves.toMatchObject({ role: "manager" });
  });

  it("a stranger is NOT_FOUND; an unknown member is NOT_FOUND; bad input is VALIDATION", async () => {
    const team = await makeTeam();
    const stranger = await makeUser("Stranger");
    await expectRefused(team.workspace.id, () => suspendMember(stranger.caller, team.slug, { userId: team.member.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => suspendMember(team.owner.caller, team.slug, { userId: stranger.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => suspendMember(team.owner.caller, team.slug, {}), "VALIDATION");
  });
});

describe("setMemberAccessUntil: memberships that expire", () => {
  it("gives a member an end date; after it, the membership gives no access (evaluated per request); reactivating clears a passed one", async () => {
    const team = await makeTeam();
    const until = new Date(Date.now() + 7 * day);
    const { result, events } = await withNewEvents(team.workspace.id, () => setMemberAccessUntil(team.manager.caller, team.slug, { userId: team.member.id, accessUntil: until.toISOString() }));
    expect(result).toMatchObject({ changed: true });
    expect(events).toEqual([expect.objectContaining({ action: "member.access_until_changed", metadata: { accessUntil: until.toISOString(), previous: null } })]);
    await expect(authorize(await getDb(), team.member.caller, team.slug, "workspace:read")).resolves.toBeTruthy();
    // Time moves on: the test moves the end date into the past through the database.
    const db = await getDb();
    await db.update(memberships).set({ accessUntil: new Date(Date.now() - 1000) }).where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, team.member.id)));
    await expectNoAccess(team, team.member);
    await reactivateMember(team.owner.caller, team.slug, { userId: team.member.id });
    expect(await membershipOf(team, team.member)).toMatchObject({ accessUntil: null, suspendedAt: null });
    await expect(authorize(await getDb(), team.member.caller, team.slug, "workspace:read")).resolves.toBeTruthy();
  });

  it("removes an end date with null or an empty value; the same date again changes nothing", async () => {
    const team = await makeTeam();
    const until = new Date(Date.now() + day).toISOString();
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: until });
    const same = await withNewEvents(team.workspace.id, () => setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: until }));
    expect(same.events).toEqual([]);
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.viewer.id, accessUntil: "" });
    expect(await membershipOf(team, team.viewer)).toMatchObject({ accessUntil: null });
  });

  it("refuses a date in the past, a malformed date, an owner, yourself, and a manager acting on an owner", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    const future = new Date(Date.now() + day).toISOString();
    await expectRefused(team.workspace.id, () => setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.member.id, accessUntil: new Date(Date.now() - day).toISOString() }), "VALIDATION");
    await expectRefused(team.workspace.id, () => setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.member.id, accessUntil: "next tuesday" }), "VALIDATION");
    await expectRefused(team.workspace.id, () => setMemberAccessUntil(team.owner.caller, team.slug, { userId: other.id, accessUntil: future }), "VALIDATION");
    await expectRefused(team.workspace.id, () => setMemberAccessUntil(team.manager.caller, team.slug, { userId: team.manager.id, accessUntil: future }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => setMemberAccessUntil(team.manager.caller, team.slug, { userId: other.id, accessUntil: null }), "FORBIDDEN");
  });

  it("making a member with an end date an owner clears the end date", async () => {
    const team = await makeTeam();
    await setMemberAccessUntil(team.owner.caller, team.slug, { userId: team.member.id, accessUntil: new Date(Date.now() + day).toISOString() });
    const { events } = await withNewEvents(team.workspace.id, () => changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "owner" }));
    expect(events[0]).toMatchObject({ action: "member.role_changed", metadata: { from: "member", to: "owner", endDateCleared: true } });
    expect(await membershipOf(team, team.member)).toMatchObject({ role: "owner", accessUntil: null });
  });
});
