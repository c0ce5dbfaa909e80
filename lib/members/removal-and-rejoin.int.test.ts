import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberRemovals } from "@/db/schema";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";
import { githubClient as github } from "@/lib/auto-join/github-client";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { acceptInviteToken } from "@/lib/invitations/accept-invite-token";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { getInviteLanding } from "@/lib/invitations/get-invite-landing";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { addMember, byUser, expectRefused, makeUser, makeWorkspace, roleOf, snapshot, unique, uniqueDomain, withNewEvents } from "@/lib/testing/factories";
import { insertInvitation, invitationFor, invite, linkRow, signInWithGitHub } from "@/lib/testing/invitations";
import { startLocalGitHub } from "@/lib/testing/local-github-api";
import { countInvitesSentBy } from "./count-invites-sent-by";
import { leaveWorkspace } from "./leave-workspace";
import { removeMember } from "./remove-member";

// Server actions called directly, as a crafted request would: the session is this user.
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/session/require-user", () => ({ requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// A local server speaking GitHub's API (GITHUB_API_URL), for the GitHub-organization case.
const localGitHub = await startLocalGitHub();
process.env.GITHUB_API_URL = localGitHub.url;
afterAll(async () => {
  await localGitHub.close();
  await closeDb();
});
beforeEach(() => {
  session.user = null;
});

/** A workspace on a fresh company domain: owner, a manager who created links and sent invitations, a member. */
async function team() {
  const domain = uniqueDomain();
  const [owner, manager, member] = await Promise.all([makeUser("Owner", { domain }), makeUser("Manager", { domain }), makeUser("Member", { domain })]);
  const workspace = await makeWorkspace(owner);
  await addMember(workspace.id, manager, "manager");
  await addMember(workspace.id, member, "member");
  return { domain, workspace, slug: workspace.slug, owner, manager, member };
}
type Team = Awaited<ReturnType<typeof team>>;

/** The manager's handiwork: two live links and a revoked one, two pending invitations and an accepted one; the owner's link. */
async function managerInvites(t: Team) {
  const live = [
    await createInviteLink(t.manager.caller, t.slug, { role: "member", expiresIn: "7d" }),
    await createInviteLink(t.manager.caller, t.slug, { role: "viewer", expiresIn: "never" }),
  ];
  const dead = await createInviteLink(t.manager.caller, t.slug, { role: "member", expiresIn: "1d" });
  await revokeInviteLink(t.manager.caller, t.slug, { linkId: dead.id });
  const pending = [
    (await insertInvitation(t.workspace.id, `a-${unique()}@example.org`, t.manager)).row,
    (await insertInvitation(t.workspace.id, `b-${unique()}@example.org`, t.manager)).row,
  ];
  await insertInvitation(t.workspace.id, `c-${unique()}@example.org`, t.manager, { status: "accepted" });
  const ownersLink = await createInviteLink(t.owner.caller, t.slug, { role: "member", expiresIn: "7d" });
  const ownersInvitation = (await insertInvitation(t.workspace.id, `d-${unique()}@example.org`, t.owner)).row;
  return { live, pending, ownersLink, ownersInvitation };
}

async function removalOf(workspaceId: string, userId: string) {
  const db = await getDb();
  const [row] = await db.select().from(memberRemovals).where(and(eq(memberRemovals.workspaceId, workspaceId), eq(memberRemovals.userId, userId)));
  return row ?? null;
}

describe("removing or leaving revokes the invitations a member created", () => {
  it("removal revokes their live invite links and pending invitations in the same transaction, one event each; the dialog's count matches", async () => {
    const t = await team();
    const made = await managerInvites(t);
    expect(await countInvitesSentBy(t.owner.caller, t.slug, { userId: t.manager.id })).toEqual({ inviteLinks: 2, invitations: 2 });

    const { result, events } = await withNewEvents(t.workspace.id, () => removeMember(t.owner.caller, t.slug, { userId: t.manager.id }));
    expect(result).toEqual({ userId: t.manager.id });
    expect(events.map((e) => [e.action, e.targetId, e.metadata])).toEqual([
      ["member.removed", t.manager.id, { role: "manager" }],
      ...made.live.map((l) => ["invite_link.revoked", l.id, expect.objectContaining({ reason: "member.removed" })]),
      ...made.pending.map((i) => ["invitation.revoked", i.id, expect.objectContaining({ reason: "member.removed" })]),
    ]);
    for (const e of events) expect(e).toMatchObject(byUser(t.owner));
    for (const link of made.live) expect((await linkRow(link.id)).revokedAt).not.toBeNull();
    for (const inv of made.pending) expect((await invitationFor(t.workspace.id, inv.email)).status).toBe("revoked");
    // What others created is untouched.
    expect((await linkRow(made.ownersLink.id)).revokedAt).toBeNull();
    expect((await invitationFor(t.workspace.id, made.ownersInvitation.email)).status).toBe("pending");
    expect(await countInvitesSentBy(t.owner.caller, t.slug, { userId: t.manager.id })).toEqual({ inviteLinks: 0, invitations: 0 });
  });

  it("leaving revokes them too (reason member.left) but is not a removal: the leaver may come back through a link", async () => {
    const t = await team();
    const made = await managerInvites(t);
    const { events } = await withNewEvents(t.workspace.id, () => leaveWorkspace(t.manager.caller, t.slug));
    expect(events.map((e) => e.action)).toEqual(["member.left", "invite_link.revoked", "invite_link.revoked", "invitation.revoked", "invitation.revoked"]);
    expect(events.slice(1).every((e) => (e.metadata as { reason?: string }).reason === "member.left")).toBe(true);
    for (const link of made.live) expect((await linkRow(link.id)).revokedAt).not.toBeNull();
    expect(await removalOf(t.workspace.id, t.manager.id)).toBeNull();
    await acceptInviteToken(t.manager.caller, made.ownersLink.token);
    expect(await roleOf(t.workspace.id, t.manager.id)).toBe("member");
  });

  it("the count is a members:remove read: a member or an outsider is refused", async () => {
    const t = await team();
    const outsider = await makeUser("Out");
    await expectRefused(t.workspace.id, () => countInvitesSentBy(t.member.caller, t.slug, { userId: t.manager.id }), "FORBIDDEN");
    await expectRefused(t.workspace.id, () => countInvitesSentBy(outsider.caller, t.slug, { userId: t.manager.id }), "NOT_FOUND");
    await expectRefused(t.workspace.id, () => countInvitesSentBy(t.owner.caller, t.slug, { userId: "" }), "VALIDATION");
  });

  it("called directly as server actions, a member's count and removal are refused and change nothing", async () => {
    const t = await team();
    await managerInvites(t);
    const { countInvitesSentByAction, removeMemberAction } = await import("@/lib/actions/member-actions");
    session.user = { id: t.member.id, email: t.member.email, name: t.member.name };
    expect(await countInvitesSentByAction(t.slug, { userId: t.manager.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const before = await snapshot(t.workspace.id);
    expect(await removeMemberAction(t.slug, { userId: t.manager.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot(t.workspace.id)).toEqual(before);
    session.user = { id: t.owner.id, email: t.owner.email, name: t.owner.name };
    expect(await countInvitesSentByAction(t.slug, { userId: t.manager.id })).toEqual({ ok: true, data: { inviteLinks: 2, invitations: 2 } });
  });
});

describe("a removed member comes back only through a new email invitation", () => {
  async function removedFromTeam() {
    const t = await team();
    const link = await createInviteLink(t.owner.caller, t.slug, { role: "member", expiresIn: "7d" });
    await addWorkspaceDomain(t.owner.caller, t.slug, { domain: t.domain });
    await setAutoJoin(t.owner.caller, t.slug, { kind: "domain", enabled: true });
    await removeMember(t.owner.caller, t.slug, { userId: t.member.id });
    return { ...t, link };
  }

  it("an invite link refuses them (nothing written); domain auto-join neither suggests nor admits them", async () => {
    const t = await removedFromTeam();
    expect(await removalOf(t.workspace.id, t.member.id)).toMatchObject({ removedBy: t.owner.id });
    const error = await expectRefused(t.workspace.id, () => acceptInviteToken(t.member.caller, t.link.token), "FORBIDDEN");
    expect(error.message).toMatch(/removed from this workspace.*new email invitation/);
    expect((await linkRow(t.link.id)).useCount).toBe(0);
    // The landing page says so instead of offering "Accept".
    expect((await getInviteLanding(t.member.caller, t.link.token))?.standing).toBe("removed");
    expect((await getInviteLanding(t.owner.caller, t.link.token))?.standing).toBe("member");
    expect((await listJoinSuggestions(t.member.caller)).map((s) => s.slug)).not.toContain(t.slug);
    await expectRefused(t.workspace.id, () => joinWorkspace(t.member.caller, t.slug), "NOT_FOUND");
    // Someone else on the domain still joins.
    const colleague = await makeUser("Colleague", { domain: t.domain });
    expect((await listJoinSuggestions(colleague.caller)).map((s) => s.slug)).toContain(t.slug);
    await joinWorkspace(colleague.caller, t.slug);
  });

  it("GitHub-organization auto-join refuses them", async () => {
    const t = await team();
    const org = `org-${unique()}`;
    localGitHub.setMembership(await signInWithGitHub(t.owner), org, { role: "admin", state: "active" });
    await setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true, githubOrganization: org }, github);
    const dev = await makeUser("Dev");
    localGitHub.setMembership(await signInWithGitHub(dev), org, { role: "member", state: "active" });
    await joinWorkspace(dev.caller, t.slug, github);
    await removeMember(t.owner.caller, t.slug, { userId: dev.id });
    expect(await listJoinSuggestions(dev.caller, github)).toEqual([]);
    await expectRefused(t.workspace.id, () => joinWorkspace(dev.caller, t.slug, github), "NOT_FOUND");
  });

  it("an accepted email invitation brings them back and clears the removal; then links work for them again", async () => {
    const t = await removedFromTeam();
    const token = await invite(t.owner, t.slug, t.member.email, "viewer");
    await acceptInviteToken(t.member.caller, token);
    expect(await roleOf(t.workspace.id, t.member.id)).toBe("viewer");
    expect(await removalOf(t.workspace.id, t.member.id)).toBeNull();
    expect((await getInviteLanding(t.member.caller, t.link.token))?.standing).toBe("member");
    // Leaving and coming back through the link is open to them again.
    await leaveWorkspace(t.member.caller, t.slug);
    expect(await acceptInviteToken(t.member.caller, t.link.token)).toEqual({ slug: t.slug, alreadyMember: false });
  });

  it("removing them twice keeps one record (the latest remover); the second removal is a clear 404", async () => {
    const t = await removedFromTeam();
    await expectRefused(t.workspace.id, () => removeMember(t.owner.caller, t.slug, { userId: t.member.id }), "NOT_FOUND");
    const db = await getDb();
    expect(await db.select().from(memberRemovals).where(eq(memberRemovals.userId, t.member.id))).toHaveLength(1);
  });
});
