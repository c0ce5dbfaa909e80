import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { createSecretToken } from "@/lib/crypto/secret-token";
import { reactivateMember } from "@/lib/members/reactivate-member";
import { removeMember } from "@/lib/members/remove-member";
import { suspendMember } from "@/lib/members/suspend-member";
import {
  addMember,
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  unique,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { aMinuteAgo, insertInvitation, invitationFor, invite, setInvitation, tokenFromMailbox } from "@/lib/testing/invitations";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { acceptInvitationById } from "./accept-invitation-by-id";
import { acceptInviteToken } from "./accept-invite-token";
import { SUSPENDED_INVITE_MESSAGE } from "./add-member";
import { createInviteLink } from "./create-invite-link";
import { declineInvitationById } from "./decline-invitation-by-id";
import { declineInviteToken } from "./decline-invite-token";
import { listMyInvitations } from "./list-my-invitations";
import { resendInvitation } from "./resend-invitation";
import { resolveInvite } from "./resolve-invite";
import { revokeInvitation } from "./revoke-invitation";

afterAll(() => closeDb());

async function resolve(token: unknown) {
  return resolveInvite(await getDb(), token);
}

/** A team and a signed-up invitee (verified) with a pending email invitation; the token as read from the mailbox. */
async function invited(role: "owner" | "manager" | "member" | "viewer" = "member") {
  const team = await makeTeam();
  const invitee = await makeUser("Invitee");
  const token = await invite(team.owner, team.slug, invitee.email, role);
  const invitation = await invitationFor(team.workspace.id, invitee.email);
  return { team, invitee, token, invitation };
}

/** The invitee's answers recorded in the workspace's activity trail. */
async function answerEvents(team: Team) {
  return (await eventsOf(team.workspace.id)).map((e) => e.action).filter((a) => a === "invitation.accepted" || a === "invitation.declined");
}

async function statusOf(team: Team, email: string) {
  return (await invitationFor(team.workspace.id, email)).status;
}

async function expectAccepted(team: Team, invitee: TestUser, run: () => Promise<unknown>, role: string) {
  const { id } = await invitationFor(team.workspace.id, invitee.email);
  const { result, events } = await withNewEvents(team.workspace.id, run);
  expect(result).toEqual({ slug: team.slug, alreadyMember: false });
  expect(await roleOf(team.workspace.id, invitee.id)).toBe(role);
  const row = await invitationFor(team.workspace.id, invitee.email);
  expect(row.status).toBe("accepted");
  expect(row.respondedAt).toBeInstanceOf(Date);
  expect(events).toEqual([
    expect.objectContaining({
      ...byUser(invitee),
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: id,
      targetLabel: invitee.email,
      metadata: { role, alreadyMember: false, invitedBy: team.owner.email, invitedById: team.owner.id },
    }),
  ]);
}

describe("resolveInvite", () => {
  it("describes a live email invitation: workspace, inviter, role, expiry and address", async () => {
    const { team, invitee, token, invitation } = await invited("viewer");
    expect(await resolve(token)).toEqual({
      kind: "email",
      id: invitation.id,
      workspace: { id: team.workspace.id, slug: team.slug, displayName: team.workspace.displayName },
      inviter: team.owner.name,
      role: "viewer",
      expiresAt: invitation.expiresAt,
      email: invitee.email,
    });
  });

  it("is null for malformed and unknown tokens", async () => {
    const { token } = await invited();
    for (const bad of [
      undefined,
      null,
      42,
      {},
      [token],
      "",
      "inv_",
      "inv_short",
      token.slice(0, -1),
      `${token}x`,
      ` ${token}`,
      `${token}\n`,
      token.toUpperCase(),
      `xyz_${token.slice(4)}`,
      `lnk_${token.slice(4)}`,
      createSecretToken("inv"),
      createSecretToken("lnk"),
      `inv_${"A".repeat(43)}`,
      "inv_../../../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaaa",
    ]) {
      expect(await resolve(bad), String(bad)).toBeNull();
    }
  });

  it("is null once the invitation expired, was revoked, declined or accepted, or its workspace was deleted", async () => {
    const expired = await invited();
    await setInvitation(expired.invitation.id, { expiresAt: aMinuteAgo() });
    expect(await resolve(expired.token)).toBeNull();

    const revoked = await invited();
    await revokeInvitation(revoked.team.owner.caller, revoked.team.slug, { invitationId: revoked.invitation.id });
    expect(await resolve(revoked.token)).toBeNull();

    const declined = await invited();
    await declineInviteToken(declined.invitee.caller, declined.token);
    expect(await resolve(declined.token)).toBeNull();

    const accepted = await invited();
    await acceptInviteToken(accepted.invitee.caller, accepted.token);
    expect(await resolve(accepted.token)).toBeNull();

    const deleted = await invited();
    await deleteWorkspace(deleted.team.owner.caller, deleted.team.slug, { confirmSlug: deleted.team.slug });
    expect(await resolve(deleted.token)).toBeNull();
  });
});

describe("acceptInviteToken with an email invitation", () => {
  it("the invited, verified account joins with the invited role; the invitation is accepted; one invitation.accepted event", async () => {
    for (const role of ["owner", "manager", "member", "viewer"] as const) {
      const { team, invitee, token } = await invited(role);
      await expectAccepted(team, invitee, () => acceptInviteToken(invitee.caller, token), role);
      // The token is spent: a second accept is NOT_FOUND and writes nothing.
      await expectRefused(team.workspace.id, () => acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    }
  });

  it("someone invited before signing up accepts once they have an account with that (verified) address", async () => {
    const team = await makeTeam();
    const email = `newcomer${unique()}@example.com`;
    const token = await invite(team.owner, team.slug, email.toUpperCase(), "viewer");
    const newcomer = await makeUser("Newcomer", { email });
    await expectAccepted(team, newcomer, () => acceptInviteToken(newcomer.caller, token), "viewer");
  });

  it("a different account is FORBIDDEN and the invitation stays pending", async () => {
    const { team, invitee, token } = await invited();
    for (const wrong of [team.outsider, team.member, await makeUser("Stranger")]) {
      await expectRefused(team.workspace.id, () => acceptInviteToken(wrong.caller, token), "FORBIDDEN");
    }
    expect(await statusOf(team, invitee.email)).toBe("pending");
    expect(await resolve(token)).not.toBeNull();
    // The right account can still accept afterwards.
    await expectAccepted(team, invitee, () => acceptInviteToken(invitee.caller, token), "member");
  });

  it("an account with the same address but unverified is FORBIDDEN; the invitation stays pending", async () => {
    const team = await makeTeam();
    const email = `unverified${unique()}@example.com`;
    const unverified = await makeUser("Unverified", { email, verified: false });
    const token = await invite(team.owner, team.slug, email);
    await expectRefused(team.workspace.id, () => acceptInviteToken(unverified.caller, token), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => declineInviteToken(unverified.caller, token), "FORBIDDEN");
    expect(await statusOf(team, email)).toBe("pending");
  });

  it("an API token caller cannot accept: FORBIDDEN", async () => {
    const { team, invitee, token } = await invited();
    const tokenCaller: Caller = { ...invitee.caller, kind: "token", tokenId: crypto.randomUUID() };
    await expectRefused(team.workspace.id, () => acceptInviteToken(tokenCaller, token), "FORBIDDEN");
    expect(await statusOf(team, invitee.email)).toBe("pending");
  });

  it("an invitee who is already a member keeps their role; the invitation is accepted", async () => {
    const { team, invitee, token, invitation } = await invited("manager");
    await addMember(team.workspace.id, invitee, "viewer");
    const { result, events } = await withNewEvents(team.workspace.id, () => acceptInviteToken(invitee.caller, token));
    expect(result).toEqual({ slug: team.slug, alreadyMember: true });
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("viewer");
    expect(await statusOf(team, invitee.email)).toBe("accepted");
    expect(events).toEqual([
      expect.objectContaining({ action: "invitation.accepted", targetId: invitation.id, metadata: { role: "manager", alreadyMember: true, invitedBy: team.owner.email, invitedById: team.owner.id } }),
    ]);
  });

  it("expired, revoked and declined invitations are NOT_FOUND and write nothing", async () => {
    const expired = await invited();
    await setInvitation(expired.invitation.id, { expiresAt: aMinuteAgo() });
    await expectRefused(expired.team.workspace.id, () => acceptInviteToken(expired.invitee.caller, expired.token), "NOT_FOUND");

    const revoked = await invited();
    await revokeInvitation(revoked.team.manager.caller, revoked.team.slug, { invitationId: revoked.invitation.id });
    await expectRefused(revoked.team.workspace.id, () => acceptInviteToken(revoked.invitee.caller, revoked.token), "NOT_FOUND");

    const declined = await invited();
    await declineInviteToken(declined.invitee.caller, declined.token);
    await expectRefused(declined.team.workspace.id, () => acceptInviteToken(declined.invitee.caller, declined.token), "NOT_FOUND");
    expect(await roleOf(declined.team.workspace.id, declined.invitee.id)).toBeNull();
  });

  it("malformed and unknown tokens are NOT_FOUND", async () => {
    const { invitee } = await invited();
    for (const bad of [undefined, "", "inv_x", createSecretToken("inv"), createSecretToken("lnk"), 7]) {
      await expectAppError(acceptInviteToken(invitee.caller, bad), "NOT_FOUND");
    }
  });

  it("resend rotates the token: the old link is NOT_FOUND, the new one joins", async () => {
    const { team, invitee, token, invitation } = await invited("viewer");
    await resendInvitation(team.owner.caller, team.slug, { invitationId: invitation.id });
    const fresh = await tokenFromMailbox(invitee.email);
    expect(fresh).not.toBe(token);
    await expectRefused(team.workspace.id, () => acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    await expectAccepted(team, invitee, () => acceptInviteToken(invitee.caller, fresh), "viewer");
  });

  it("a removed member cannot re-join with the old email link", async () => {
    const { team, invitee, token } = await invited();
    await acceptInviteToken(invitee.caller, token);
    await removeMember(team.owner.caller, team.slug, { userId: invitee.id });
    await expectRefused(team.workspace.id, () => acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    expect(await roleOf(team.workspace.id, invitee.id)).toBeNull();
  });

  it("a removed member cannot re-join with an email invitation still pending from before they joined another way", async () => {
    const { team, invitee, token, invitation } = await invited("manager");
    // They join through an invite link before answering the email invitation...
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "7d" });
    await acceptInviteToken(invitee.caller, link.token);
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("viewer");
    // ...and are removed: the pending invitation is revoked with them.
    const { events } = await withNewEvents(team.workspace.id, () => removeMember(team.owner.caller, team.slug, { userId: invitee.id }));
    expect(events.map((e) => e.action)).toEqual(["member.removed", "invitation.revoked"]);
    expect(events[1]).toMatchObject({ ...byUser(team.owner), targetId: invitation.id, targetLabel: invitee.email, metadata: { role: "manager", reason: "member.removed" } });
    expect(await statusOf(team, invitee.email)).toBe("revoked");
    await expectAppError(acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    await expectAppError(acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
    expect(await roleOf(team.workspace.id, invitee.id)).toBeNull();
    expect(await listMyInvitations(invitee.caller)).toEqual([]);
  });

  it("a suspended member cannot accept an email invitation or an invite link: a clear refusal, nothing written, still suspended", async () => {
    const { team, invitee, token, invitation } = await invited("manager");
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "7d" });
    await acceptInviteToken(invitee.caller, link.token);
    await suspendMember(team.owner.caller, team.slug, { userId: invitee.id });
    for (const accept of [
      () => acceptInviteToken(invitee.caller, token),
      () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }),
      () => acceptInviteToken(invitee.caller, link.token),
    ]) {
      const error = await expectRefused(team.workspace.id, accept, "FORBIDDEN");
      expect(error.message).toBe(SUSPENDED_INVITE_MESSAGE);
    }
    expect(await statusOf(team, invitee.email)).toBe("pending");
    // Reactivated, the pending invitation is accepted as by any member (their role kept).
    await reactivateMember(team.owner.caller, team.slug, { userId: invitee.id });
    expect(await acceptInviteToken(invitee.caller, token)).toMatchObject({ alreadyMember: true });
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("viewer");
  });

  it("concurrent accepts of one invitation by its invitee: one joins, the others are NOT_FOUND, one event", async () => {
    const { team, invitee, token } = await invited();
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acceptInviteToken(invitee.caller, token)));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toMatchObject({ name: "AppError", code: "NOT_FOUND" });
    }
    expect(await answerEvents(team)).toEqual(["invitation.accepted"]);
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("member");
  });

  it("accept and decline racing on one invitation: exactly one wins and the outcome is consistent", async () => {
    for (let round = 0; round < 6; round++) {
      const { team, invitee, token } = await invited();
      const [accepted, declined] = await Promise.allSettled([acceptInviteToken(invitee.caller, token), declineInviteToken(invitee.caller, token)]);
      const status = await statusOf(team, invitee.email);
      const role = await roleOf(team.workspace.id, invitee.id);
      const answers = await answerEvents(team);
      if (accepted.status === "fulfilled") {
        expect(declined.status).toBe("rejected");
        expect(status).toBe("accepted");
        expect(role).toBe("member");
        expect(answers).toEqual(["invitation.accepted"]);
      } else {
        expect(declined.status).toBe("fulfilled");
        expect(accepted.reason).toMatchObject({ name: "AppError", code: "NOT_FOUND" });
        expect(status).toBe("declined");
        expect(role).toBeNull();
        expect(answers).toEqual(["invitation.declined"]);
      }
      if (declined.status === "rejected") expect(declined.reason).toMatchObject({ name: "AppError", code: "NOT_FOUND" });
    }
  });
});

describe("declineInviteToken", () => {
  it("the invitee declines: status declined, nobody joins, one invitation.declined event", async () => {
    const { team, invitee, token, invitation } = await invited("viewer");
    const { result, events } = await withNewEvents(team.workspace.id, () => declineInviteToken(invitee.caller, token));
    expect(result).toEqual({ invitationId: invitation.id });
    const row = await invitationFor(team.workspace.id, invitee.email);
    expect(row.status).toBe("declined");
    expect(row.respondedAt).toBeInstanceOf(Date);
    expect(await roleOf(team.workspace.id, invitee.id)).toBeNull();
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(invitee), action: "invitation.declined", targetId: invitation.id, targetLabel: invitee.email, metadata: { role: "viewer", invitedBy: team.owner.email, invitedById: team.owner.id } }),
    ]);
    await expectRefused(team.workspace.id, () => declineInviteToken(invitee.caller, token), "NOT_FOUND");
  });

  it("another account cannot decline it (FORBIDDEN, stays pending); link tokens, expired and unknown tokens are NOT_FOUND", async () => {
    const { team, invitee, token, invitation } = await invited();
    await expectRefused(team.workspace.id, () => declineInviteToken(team.outsider.caller, token), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => declineInviteToken(team.owner.caller, token), "FORBIDDEN");
    expect(await statusOf(team, invitee.email)).toBe("pending");
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "1d" });
    await expectRefused(team.workspace.id, () => declineInviteToken(invitee.caller, link.token), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => declineInviteToken(invitee.caller, createSecretToken("inv")), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => declineInviteToken(invitee.caller, "garbage"), "NOT_FOUND");
    await setInvitation(invitation.id, { expiresAt: aMinuteAgo() });
    await expectRefused(team.workspace.id, () => declineInviteToken(invitee.caller, token), "NOT_FOUND");
  });
});

describe("the invitee's inbox", () => {
  it("listMyInvitations shows only pending, unexpired invitations to the user's verified address", async () => {
    const invitee = await makeUser("Inbox");
    const [a, b, expired, revoked, accepted, declined] = await Promise.all(Array.from({ length: 6 }, () => makeTeam()));
    await invite(a.owner, a.slug, invitee.email.toUpperCase(), "manager");
    await invite(b.manager, b.slug, invitee.email, "viewer");
    // (set up directly: at most five invitation emails reach one address a day)
    await insertInvitation(expired.workspace.id, invitee.email, expired.owner, { expiresAt: aMinuteAgo() });
    await invite(revoked.owner, revoked.slug, invitee.email);
    await revokeInvitation(revoked.owner.caller, revoked.slug, { invitationId: (await invitationFor(revoked.workspace.id, invitee.email)).id });
    await acceptInviteToken(invitee.caller, await invite(accepted.owner, accepted.slug, invitee.email));
    await declineInviteToken(invitee.caller, await invite(declined.owner, declined.slug, invitee.email));
    // Someone else's invitation in the same workspace.
    await invite(a.owner, a.slug, `someone${unique()}@example.com`);

    const inbox = await listMyInvitations(invitee.caller);
    expect(inbox.map((i) => i.workspaceSlug).sort()).toEqual([a.slug, b.slug].sort());
    expect(inbox.find((i) => i.workspaceSlug === a.slug)).toEqual({
      id: (await invitationFor(a.workspace.id, invitee.email)).id,
      workspaceName: a.workspace.displayName,
      workspaceSlug: a.slug,
      role: "manager",
      inviter: a.owner.name,
      expiresAt: (await invitationFor(a.workspace.id, invitee.email)).expiresAt,
    });
    expect(inbox.find((i) => i.workspaceSlug === b.slug)).toMatchObject({ role: "viewer", inviter: b.manager.name });
    expect(await listMyInvitations(a.outsider.caller)).toEqual([]);
  });

  it("an unverified address has an empty inbox", async () => {
    const team = await makeTeam();
    const email = `unverified${unique()}@example.com`;
    const unverified = await makeUser("Unverified", { email, verified: false });
    await invite(team.owner, team.slug, email);
    expect(await listMyInvitations(unverified.caller)).toEqual([]);
  });

  it("acceptInvitationById by id joins with the invited role, like the link", async () => {
    const { team, invitee, token, invitation } = await invited("manager");
    expect((await listMyInvitations(invitee.caller)).map((i) => i.id)).toEqual([invitation.id]);
    await expectAccepted(team, invitee, () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "manager");
    expect(await listMyInvitations(invitee.caller)).toEqual([]);
    expect(await resolve(token)).toBeNull();
    await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
  });

  it("acceptInvitationById by id: another account or an unverified one is FORBIDDEN; expired, revoked, unknown NOT_FOUND; bad id VALIDATION", async () => {
    const { team, invitee, invitation } = await invited();
    await expectRefused(team.workspace.id, () => acceptInvitationById(team.outsider.caller, { invitationId: invitation.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => acceptInvitationById(team.owner.caller, { invitationId: invitation.id }), "FORBIDDEN");
    const email = `unverified${unique()}@example.com`;
    const unverified = await makeUser("Unverified", { email, verified: false });
    await invite(team.owner, team.slug, email);
    const theirs = await invitationFor(team.workspace.id, email);
    await expectRefused(team.workspace.id, () => acceptInvitationById(unverified.caller, { invitationId: theirs.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, { invitationId: crypto.randomUUID() }), "NOT_FOUND");
    for (const input of [{}, { invitationId: "abc" }, { invitationId: null }, undefined]) {
      await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, input), "VALIDATION");
    }
    await setInvitation(invitation.id, { expiresAt: aMinuteAgo() });
    await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
    await setInvitation(invitation.id, { expiresAt: new Date(Date.now() + 86400_000) });
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: invitation.id });
    await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
    expect(await statusOf(team, email)).toBe("pending");
  });

  it("by id through a personal access token the invitee accepts (a token event); a workspace token of theirs is FORBIDDEN", async () => {
    const { team, invitee, invitation } = await invited();
    const elsewhere = await makeTeam();
    await addMember(elsewhere.workspace.id, invitee, "member");
    const workspaceToken: Caller = { ...invitee.caller, kind: "token", tokenId: crypto.randomUUID(), workspaceId: elsewhere.workspace.id };
    await expectRefused(team.workspace.id, () => acceptInvitationById(workspaceToken, { invitationId: invitation.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => declineInvitationById(workspaceToken, { invitationId: invitation.id }), "FORBIDDEN");
    const personalToken: Caller = { ...invitee.caller, kind: "token", tokenId: crypto.randomUUID(), tokenName: "cli", workspaceId: null };
    const { result, events } = await withNewEvents(team.workspace.id, () => acceptInvitationById(personalToken, { invitationId: invitation.id }));
    expect(result).toEqual({ slug: team.slug, alreadyMember: false });
    expect(events).toEqual([expect.objectContaining({ action: "invitation.accepted", actorType: "token", actorId: invitee.id })]);
  });

  it("declineInvitationById by id declines with the same checks", async () => {
    const { team, invitee, token, invitation } = await invited();
    await expectRefused(team.workspace.id, () => declineInvitationById(team.outsider.caller, { invitationId: invitation.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => declineInvitationById(invitee.caller, { invitationId: "nope" }), "VALIDATION");
    await expectRefused(team.workspace.id, () => declineInvitationById(invitee.caller, { invitationId: crypto.randomUUID() }), "NOT_FOUND");
    expect(await statusOf(team, invitee.email)).toBe("pending");
    const { result, events } = await withNewEvents(team.workspace.id, () => declineInvitationById(invitee.caller, { invitationId: invitation.id }));
    expect(result).toEqual({ invitationId: invitation.id });
    expect(events).toEqual([expect.objectContaining({ ...byUser(invitee), action: "invitation.declined", targetId: invitation.id })]);
    expect(await statusOf(team, invitee.email)).toBe("declined");
    expect(await roleOf(team.workspace.id, invitee.id)).toBeNull();
    expect(await listMyInvitations(invitee.caller)).toEqual([]);
    expect(await resolve(token)).toBeNull();
    await expectRefused(team.workspace.id, () => declineInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => acceptInvitationById(invitee.caller, { invitationId: invitation.id }), "NOT_FOUND");
  });
});
