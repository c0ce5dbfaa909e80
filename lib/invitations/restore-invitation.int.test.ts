import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { RESTORE_WINDOW_MINUTES } from "@/lib/auth/rules";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { addMember, byUser, expectRefused, makeTeam, makeUser, unique, withNewEvents, type Team } from "@/lib/testing/factories";
import { aMinuteAgo, invitationFor, invitationsOf, invite, setInvitation } from "@/lib/testing/invitations";
import { acceptInviteToken } from "./accept-invite-token";
import { inviteMembers } from "./invite-members";
import { listInvitations } from "./list-invitations";
import { resolveInvite } from "./resolve-invite";
import { restoreInvitation } from "./restore-invitation";
import { revokeInvitation } from "./revoke-invitation";

afterAll(() => closeDb());

const newAddress = () => `restore${unique()}@example.com`;

/** An invitation sent by `team.owner` (unless another sender), then revoked by the owner: its id and the emailed token. */
async function revoked(team: Team, role: "manager" | "member" | "owner" = "member", sender = team.owner) {
  const email = newAddress();
  const token = await invite(sender, team.slug, email, role);
  const { id } = await invitationFor(team.workspace.id, email);
  await revokeInvitation(team.owner.caller, team.slug, { invitationId: id });
  return { id, email, token };
}

describe("restoreInvitation (Undo after a revocation)", () => {
  it("a manager restores an invitation just revoked: pending again, the emailed link works, one invitation.restored event", async () => {
    const team = await makeTeam();
    const { id, email, token } = await revoked(team, "manager");
    const { result, events } = await withNewEvents(team.workspace.id, () => restoreInvitation(team.manager.caller, team.slug, { invitationId: id }));
    expect(result).toEqual({ invitationId: id });
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(team.manager), action: "invitation.restored", targetType: "invitation", targetId: id, targetLabel: email, metadata: { role: "manager" } }),
    ]);
    expect(await invitationFor(team.workspace.id, email)).toMatchObject({ status: "pending", respondedAt: null });
    expect((await listInvitations(team.owner.caller, team.slug)).map((i) => i.id)).toContain(id);
    expect(await resolveInvite(await getDb(), token)).not.toBeNull();
    const invitee = await makeUser("Invitee", { email });
    expect(await acceptInviteToken(invitee.caller, token)).toEqual({ slug: team.slug, alreadyMember: false });
    // Restoring twice: it is no longer revoked.
    await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: id }), "NOT_FOUND");
  });

  it("whoever may not revoke may not restore: members, viewers, outsiders, another workspace; a bad id is VALIDATION", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const { id } = await revoked(team);
    await expectRefused(team.workspace.id, () => restoreInvitation(team.member.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => restoreInvitation(team.viewer.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => restoreInvitation(team.outsider.caller, team.slug, { invitationId: id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => restoreInvitation(other.owner.caller, other.slug, { invitationId: id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: "x" }), "VALIDATION");
    await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, {}), "VALIDATION");
  });

  it("a manager cannot restore an invitation to the owner role (they could not send it either)", async () => {
    const team = await makeTeam();
    const { id } = await revoked(team, "owner");
    const error = await expectRefused(team.workspace.id, () => restoreInvitation(team.manager.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    expect(error.message).toBe("Only an owner can grant the owner role.");
    await restoreInvitation(team.owner.caller, team.slug, { invitationId: id });
  });

  it(`refused ${RESTORE_WINDOW_MINUTES} minutes after the revocation, and once the invitation has expired`, async () => {
    const team = await makeTeam();
    const late = await revoked(team);
    await setInvitation(late.id, { respondedAt: new Date(Date.now() - (RESTORE_WINDOW_MINUTES * 60_000 + 5_000)) });
    const error = await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: late.id }), "CONFLICT");
    expect(error.message).toContain(`more than ${RESTORE_WINDOW_MINUTES} minutes ago`);

    const expired = await revoked(team);
    await setInvitation(expired.id, { expiresAt: aMinuteAgo() });
    expect((await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: expired.id }), "CONFLICT")).message).toContain("has expired");
  });

  it("refused once the address joined, has a newer invitation, or its sender left (leaving revoked it); never an answered one", async () => {
    const team = await makeTeam();
    const joined = await revoked(team);
    await addMember(team.workspace.id, await makeUser("Joined", { email: joined.email }), "member");
    expect((await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: joined.id }), "CONFLICT")).message).toBe(
      `${joined.email} is already a member.`,
    );

    const reinvited = await revoked(team);
    await inviteMembers(team.owner.caller, team.slug, { emails: reinvited.email, role: "viewer" });
    expect((await invitationsOf(team.workspace.id)).filter((i) => i.email === reinvited.email).map((i) => i.status).sort()).toEqual(["pending", "revoked"]);
    await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: reinvited.id }), "CONFLICT");

    const email = newAddress();
    await invite(team.manager, team.slug, email);
    const { id } = await invitationFor(team.workspace.id, email);
    await leaveWorkspace(team.manager.caller, team.slug);
    expect((await invitationFor(team.workspace.id, email)).status).toBe("revoked");
    expect((await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: id }), "CONFLICT")).message).toContain(
      "no longer a member",
    );

    const pending = newAddress();
    await invite(team.owner, team.slug, pending);
    const stillPending = await invitationFor(team.workspace.id, pending);
    await expectRefused(team.workspace.id, () => restoreInvitation(team.owner.caller, team.slug, { invitationId: stillPending.id }), "NOT_FOUND");
  });
});
