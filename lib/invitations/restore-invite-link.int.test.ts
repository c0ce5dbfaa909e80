import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { RESTORE_WINDOW_MINUTES } from "@/lib/auth/rules";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { byUser, expectRefused, makeTeam, makeUser, roleOf, withNewEvents, type Team, type TestUser } from "@/lib/testing/factories";
import { aMinuteAgo, linkRow, setLink } from "@/lib/testing/invitations";
import { acceptInviteToken } from "./accept-invite-token";
import { createInviteLink } from "./create-invite-link";
import { listInviteLinksWithHistory } from "./list-invite-links-with-history";
import { resolveInvite } from "./resolve-invite";
import { restoreInviteLink } from "./restore-invite-link";
import { revokeInviteLink } from "./revoke-invite-link";

afterAll(() => closeDb());

/** A link created by `creator` (the owner by default), then revoked by the owner. */
async function revokedLink(team: Team, input: Record<string, unknown> = {}, creator: TestUser = team.owner) {
  const link = await createInviteLink(creator.caller, team.slug, { role: "member", expiresIn: "7d", ...input });
  await revokeInviteLink(team.owner.caller, team.slug, { linkId: link.id });
  return link;
}

describe("restoreInviteLink (Undo after a revocation)", () => {
  it("a manager restores a link just revoked: it works again with the same URL, one invite_link.restored event", async () => {
    const team = await makeTeam();
    const link = await revokedLink(team, { role: "viewer", maxUses: "3" });
    const { result, events } = await withNewEvents(team.workspace.id, () => restoreInviteLink(team.manager.caller, team.slug, { linkId: link.id }));
    expect(result).toEqual({ linkId: link.id });
    const row = await linkRow(link.id);
    expect(row.revokedAt).toBeNull();
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team.manager),
        action: "invite_link.restored",
        targetType: "invite_link",
        targetId: link.id,
        targetLabel: row.tokenPrefix,
        metadata: { role: "viewer", useCount: 0 },
      }),
    ]);
    expect((await listInviteLinksWithHistory(team.owner.caller, team.slug)).live.map((l) => l.id)).toEqual([link.id]);
    expect(await resolveInvite(await getDb(), link.token)).not.toBeNull();
    const joiner = await makeUser("Joiner");
    await acceptInviteToken(joiner.caller, link.token);
    expect(await roleOf(team.workspace.id, joiner.id)).toBe("viewer");
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: link.id }), "NOT_FOUND");
  });

  it("whoever may not revoke may not restore: members, viewers, outsiders, another workspace; a bad id is VALIDATION", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const link = await revokedLink(team);
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.member.caller, team.slug, { linkId: link.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.viewer.caller, team.slug, { linkId: link.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.outsider.caller, team.slug, { linkId: link.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => restoreInviteLink(other.owner.caller, other.slug, { linkId: link.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: 42 }), "VALIDATION");
    expect((await linkRow(link.id)).revokedAt).toBeInstanceOf(Date);
  });

  it(`refused ${RESTORE_WINDOW_MINUTES} minutes after the revocation, once expired, or used up`, async () => {
    const team = await makeTeam();
    const late = await revokedLink(team);
    await setLink(late.id, { revokedAt: new Date(Date.now() - (RESTORE_WINDOW_MINUTES * 60_000 + 5_000)) });
    expect((await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: late.id }), "CONFLICT")).message).toContain(
      `more than ${RESTORE_WINDOW_MINUTES} minutes ago`,
    );

    const expired = await revokedLink(team, { expiresIn: "1d" });
    await setLink(expired.id, { expiresAt: aMinuteAgo() });
    expect((await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: expired.id }), "CONFLICT")).message).toContain(
      "has expired",
    );

    const usedUp = await revokedLink(team, { maxUses: "2" });
    await setLink(usedUp.id, { useCount: 2 });
    expect((await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: usedUp.id }), "CONFLICT")).message).toContain(
      "no uses left",
    );
  });

  it("refused when its creator left (leaving revoked it), and for a link that was never revoked", async () => {
    const team = await makeTeam();
    const link = await createInviteLink(team.manager.caller, team.slug, { role: "member", expiresIn: "7d" });
    await leaveWorkspace(team.manager.caller, team.slug);
    expect((await linkRow(link.id)).revokedAt).toBeInstanceOf(Date);
    expect((await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: link.id }), "CONFLICT")).message).toContain(
      "no longer a member",
    );
    const live = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn: "7d" });
    await expectRefused(team.workspace.id, () => restoreInviteLink(team.owner.caller, team.slug, { linkId: live.id }), "NOT_FOUND");
  });
});
