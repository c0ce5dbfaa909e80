import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { OWNER_ACCESS_UNTIL_REASON } from "@/lib/auth/rules";
import { expectAppError, expectRefused, makeTeam, makeUser, unique, type Team } from "@/lib/testing/factories";
import { invitationFor, invite, setInvitation, tokenFromMailbox } from "@/lib/testing/invitations";
import { acceptInviteToken } from "./accept-invite-token";
import { createInviteLink } from "./create-invite-link";
import { inviteMembers } from "./invite-members";
import { listInvitations } from "./list-invitations";
import { listInviteLinks } from "./list-invite-links";

// An invitation or an invite link may give the membership it makes an end date ("access until").

afterAll(() => closeDb());

const inAWeek = () => new Date(Math.floor((Date.now() + 7 * 86_400_000) / 1000) * 1000);

async function accessUntilOf(team: Team, userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ accessUntil: memberships.accessUntil })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, userId)));
  return row?.accessUntil ?? null;
}

describe("access until on invitations and invite links", () => {
  it("an email invitation's end date is listed, and copied to the membership on accept", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Contractor");
    const until = inAWeek();
    await inviteMembers(team.manager.caller, team.slug, { emails: invitee.email, role: "member", accessUntil: until.toISOString() });
    expect((await listInvitations(team.owner.caller, team.slug)).find((i) => i.email === invitee.email)?.accessUntil).toEqual(until);
    // Inviting again without an end date refreshes the invitation: the new one has none; again with one, it has it.
    await invite(team.manager, team.slug, invitee.email, "member");
    expect((await invitationFor(team.workspace.id, invitee.email))?.accessUntil ?? null).toBeNull();
    await inviteMembers(team.manager.caller, team.slug, { emails: invitee.email, role: "member", accessUntil: until.toISOString() });
    await acceptInviteToken(invitee.caller, await tokenFromMailbox(invitee.email));
    expect(await accessUntilOf(team, invitee.id)).toEqual(until);
  });

  it("never with the owner role (VALIDATION, nothing written); a past end date is refused by the schema", async () => {
    const team = await makeTeam();
    const error = await expectRefused(
      team.workspace.id,
      () => inviteMembers(team.owner.caller, team.slug, { emails: `o${unique()}@example.com`, role: "owner", accessUntil: inAWeek().toISOString() }),
      "VALIDATION",
    );
    expect(error.message).toBe(OWNER_ACCESS_UNTIL_REASON);
    await expectRefused(
      team.workspace.id,
      () => inviteMembers(team.owner.caller, team.slug, { emails: `p${unique()}@example.com`, role: "member", accessUntil: new Date(Date.now() - 1000).toISOString() }),
      "VALIDATION",
    );
  });

  it("an invitation whose end date passed before it was accepted gives no access: refused", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Late");
    const token = await invite(team.owner, team.slug, invitee.email, "viewer");
    const invitation = await invitationFor(team.workspace.id, invitee.email);
    await setInvitation(invitation!.id, { accessUntil: new Date(Date.now() - 60_000) });
    await expectAppError(acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    expect(await accessUntilOf(team, invitee.id)).toBeNull();
  });

  it("an invite link's end date is listed and given to everyone who joins through it", async () => {
    const team = await makeTeam();
    const until = inAWeek();
    const link = await createInviteLink(team.manager.caller, team.slug, { role: "viewer", expiresIn: "7d", accessUntil: until.toISOString() });
    expect(link.accessUntil).toEqual(until);
    expect((await listInviteLinks(team.owner.caller, team.slug)).find((l) => l.id === link.id)?.accessUntil).toEqual(until);
    const joiner = await makeUser("Joiner");
    await acceptInviteToken(joiner.caller, link.token);
    expect(await accessUntilOf(team, joiner.id)).toEqual(until);
  });
});
