import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import * as inviteLinkRoute from "@/app/api/v1/invite-links/[id]/route";
import * as memberRoute from "@/app/api/v1/members/[id]/route";
import * as workspaceRoute from "@/app/api/v1/workspaces/[slug]/route";
import { AppError, ERRORS, type ErrorCode } from "@/lib/errors";
import { acceptInvitationById } from "@/lib/invitations/accept-invitation-by-id";
import { acceptInviteToken } from "@/lib/invitations/accept-invite-token";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { declineInvitationById } from "@/lib/invitations/decline-invitation-by-id";
import { declineInviteToken } from "@/lib/invitations/decline-invite-token";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { callRoute, eventsOf, expectAppError, makeTeam, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { invitationFor, invite, linkRow, memberCount } from "@/lib/testing/invitations";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { revokePersonalToken } from "@/lib/tokens/revoke-personal-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";

afterAll(() => closeDb());

/** The same submit `n` times at once: exactly one succeeds, every other is a clear 4xx AppError of `code` (never a 500). */
async function oneWins<T>(n: number, run: () => Promise<T>, code: ErrorCode): Promise<T> {
  const results = await Promise.allSettled(Array.from({ length: n }, run));
  const won = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === "fulfilled");
  expect(won, "exactly one submit succeeds").toHaveLength(1);
  for (const r of results) {
    if (r.status === "rejected") {
      expect(r.reason, String(r.reason)).toBeInstanceOf(AppError);
      expect((r.reason as AppError).code).toBe(code);
      expect(ERRORS[code].status).toBeLessThan(500);
    }
  }
  return won[0].value;
}

const actionsOf = async (workspaceId: string, action: string) => (await eventsOf(workspaceId)).filter((e) => e.action === action);

describe("repeated and concurrent submits are harmless", () => {
  it("accepting an email invitation again (by token or id, or five at once) is a 404; one membership, one event", async () => {
    const team = await makeTeam();
    const guest = await makeUser("Guest");
    const token = await invite(team.owner, team.slug, guest.email);
    const { id } = await invitationFor(team.workspace.id, guest.email);
    const members = await memberCount(team.workspace.id);
    await oneWins(5, () => acceptInvitationById(guest.caller, { invitationId: id }), "NOT_FOUND");
    await expectAppError(acceptInviteToken(guest.caller, token), "NOT_FOUND");
    await expectAppError(acceptInvitationById(guest.caller, { invitationId: id }), "NOT_FOUND");
    expect(await memberCount(team.workspace.id)).toBe(members + 1);
    expect(await actionsOf(team.workspace.id, "invitation.accepted")).toHaveLength(1);
  });

  it("joining through a link again answers as the first did (already a member), counting no second use", async () => {
    const team = await makeTeam();
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    const guest = await makeUser("Guest");
    const results = await Promise.all(Array.from({ length: 4 }, () => acceptInviteToken(guest.caller, link.token)));
    expect(results.filter((r) => !r.alreadyMember)).toHaveLength(1);
    expect(results.every((r) => r.slug === team.slug)).toBe(true);
    expect((await linkRow(link.id)).useCount).toBe(1);
    expect(await actionsOf(team.workspace.id, "invite_link.used")).toHaveLength(1);
  });

  it("declining again (by id or token, or at once) is a 404; a decline racing an accept lets exactly one through", async () => {
    const team = await makeTeam();
    const guest = await makeUser("Guest");
    const token = await invite(team.owner, team.slug, guest.email);
    const { id } = await invitationFor(team.workspace.id, guest.email);
    await oneWins(4, () => declineInvitationById(guest.caller, { invitationId: id }), "NOT_FOUND");
    await expectAppError(declineInviteToken(guest.caller, token), "NOT_FOUND");
    expect((await invitationFor(team.workspace.id, guest.email)).status).toBe("declined");
    expect(await actionsOf(team.workspace.id, "invitation.declined")).toHaveLength(1);

    const other = await makeUser("Other");
    await invite(team.owner, team.slug, other.email);
    const second = await invitationFor(team.workspace.id, other.email);
    const raced = await Promise.allSettled([acceptInvitationById(other.caller, { invitationId: second.id }), declineInvitationById(other.caller, { invitationId: second.id })]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of raced) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("NOT_FOUND");
  });

  it("revoking an invitation, an invite link, a workspace token or a personal token again is a 404 with one event", async () => {
    const team = await makeTeam();
    const guest = await makeUser("Guest");
    await invite(team.owner, team.slug, guest.email);
    const invitation = await invitationFor(team.workspace.id, guest.email);
    await oneWins(4, () => revokeInvitation(team.manager.caller, team.slug, { invitationId: invitation.id }), "NOT_FOUND");
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "1d" });
    await oneWins(4, () => revokeInviteLink(team.owner.caller, team.slug, { linkId: link.id }), "NOT_FOUND");
    const token = await createToken(team.member.caller, team.slug, { name: "ci", expiresInDays: 30 });
    await oneWins(4, () => revokeToken(team.member.caller, team.slug, { tokenId: token.id }), "NOT_FOUND");
    expect((await actionsOf(team.workspace.id, "invitation.revoked")).filter((e) => e.targetId === invitation.id)).toHaveLength(1);
    expect(await actionsOf(team.workspace.id, "invite_link.revoked")).toHaveLength(1);
    expect(await actionsOf(team.workspace.id, "token.revoked")).toHaveLength(1);
    const pat = await createPersonalToken(team.member.caller, { name: "laptop", expiresInDays: 30 });
    await oneWins(4, () => revokePersonalToken(team.member.caller, { tokenId: pat.id }), "NOT_FOUND");
  });

  it("through the API: removing a member, revoking a link and deleting a workspace twice give 204 (200 for the deletion) then 404 problems", async () => {
    const team = await makeTeam();
    const ownerToken = (await createToken(team.owner.caller, team.slug, { name: "admin", expiresInDays: 30 })).token;
    const link = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "1d" });
    for (const expected of [204, 404]) {
      const removed = await callRoute(memberRoute.DELETE, { url: `/api/v1/members/${team.viewer.id}`, method: "DELETE", token: ownerToken, params: { id: team.viewer.id } });
      expect(removed.status).toBe(expected);
      const revoked = await callRoute(inviteLinkRoute.DELETE, { url: `/api/v1/invite-links/${link.id}`, method: "DELETE", token: ownerToken, params: { id: link.id } });
      expect(revoked.status).toBe(expected);
      if (expected === 404) expect([removed.json.code, revoked.json.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    }
    const doomed = await makeWorkspace(team.owner, "Doomed");
    const pat = (await createPersonalToken(team.owner.caller, { name: "pat", expiresInDays: 30 })).token;
    const first = await callRoute(workspaceRoute.DELETE, { url: `/api/v1/workspaces/${doomed.slug}`, method: "DELETE", token: pat, params: { slug: doomed.slug } });
    const again = await callRoute(workspaceRoute.DELETE, { url: `/api/v1/workspaces/${doomed.slug}`, method: "DELETE", token: pat, params: { slug: doomed.slug } });
    expect([first.status, again.status, again.json.code]).toEqual([200, 404, "NOT_FOUND"]);
  });

  it("deleting a workspace twice at once: one succeeds, the other is a 404", async () => {
    const owner = await makeUser("Owner");
    const ws = await makeWorkspace(owner, "Twice");
    await oneWins(3, () => deleteWorkspace(owner.caller, ws.slug, { confirmSlug: ws.slug }), "NOT_FOUND");
  });
});
