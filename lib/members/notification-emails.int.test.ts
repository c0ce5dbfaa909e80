import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, executeRows, getDb } from "@/db/client";
import { acceptInvitationById } from "@/lib/invitations/accept-invitation-by-id";
import { acceptInviteToken } from "@/lib/invitations/accept-invite-token";
import { declineInvitationById } from "@/lib/invitations/decline-invitation-by-id";
import { declineInviteToken } from "@/lib/invitations/decline-invite-token";
import { updateProfile } from "@/lib/users/update-profile";
import { eventsOf, makeTeam, makeUser, roleOf, type TestUser } from "@/lib/testing/factories";
import { invitationFor, invite, mailTo } from "@/lib/testing/invitations";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";
import { transferOwnership } from "./transfer-ownership";

afterAll(() => closeDb());

/** The newest email to this address (html and plain-text parts), or undefined. */
async function lastMail(user: { email: string }) {
  return (await mailTo(user.email)).at(-1);
}

/**
 * Test setup: the local mailbox refuses mail to this one address (a trigger raising on insert), so sending fails for
 * real in the database while other tests keep mailing. Removed afterwards.
 */
async function withMailFailingTo<T>(email: string, run: () => Promise<T>): Promise<T> {
  const db = await getDb();
  const name = `fail_mail_${Math.random().toString(36).slice(2, 10)}`;
  await executeRows(db, sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin
      if new."to" = '${email.toLowerCase()}' then raise exception 'mail server down'; end if; return new; end $$`));
  await executeRows(db, sql.raw(`create trigger ${name} before insert on mailbox_messages for each row execute function ${name}()`));
  try {
    return await run();
  } finally {
    await executeRows(db, sql.raw(`drop trigger ${name} on mailbox_messages`));
    await executeRows(db, sql.raw(`drop function ${name}()`));
  }
}

describe("a member is told by email", () => {
  it("when someone changes their role (with the actor's display name), and not when nothing changed or they stepped down themselves", async () => {
    const team = await makeTeam();
    await updateProfile(team.owner.caller, { displayName: "Olivia O." });
    const caller = { ...team.owner.caller, name: "Olivia O." };
    await changeMemberRole(caller, team.slug, { userId: team.member.id, role: "manager" });
    const mail = await lastMail(team.member);
    expect(mail?.subject).toBe("Your role in Acme is now Manager");
    expect(mail?.text).toContain(`Olivia O. (${team.owner.email}) changed your role in the workspace Acme from Member to Manager.`);
    expect(mail?.text).toContain(`/w/${team.slug}`);
    expect(mail?.html).toContain("<html");

    const count = (await mailTo(team.member.email)).length;
    await changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "manager" });
    expect((await mailTo(team.member.email)).length).toBe(count);

    await changeMemberRole(team.owner.caller, team.slug, { userId: team.manager.id, role: "owner" });
    await changeMemberRole(team.manager.caller, team.slug, { userId: team.manager.id, role: "member" });
    expect((await mailTo(team.manager.email)).map((m) => m.subject)).toEqual(["Your role in Acme is now Owner"]);
  });

  it("when they are removed", async () => {
    const team = await makeTeam();
    await removeMember(team.manager.caller, team.slug, { userId: team.viewer.id });
    const mail = await lastMail(team.viewer);
    expect(mail?.subject).toBe("You were removed from Acme");
    expect(mail?.text).toContain(`${team.manager.name} (${team.manager.email}) removed you from the workspace Acme on Roster.`);
  });

  it("when ownership is transferred to them", async () => {
    const team = await makeTeam();
    await transferOwnership(team.owner.caller, team.slug, { userId: team.member.id, demoteSelf: true });
    const mail = await lastMail(team.member);
    expect(mail?.subject).toBe("You are now an owner of Acme");
    expect(mail?.text).toContain(`${team.owner.name} (${team.owner.email}) transferred ownership of the workspace Acme to you.`);
    expect(mail?.text).toContain(`/w/${team.slug}/settings/members`);
  });

  it("a send that fails never fails the change: the role, the removal and the transfer still commit", async () => {
    const team = await makeTeam();
    await withMailFailingTo(team.member.email, async () => {
      expect(await changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "viewer" })).toMatchObject({ changed: true });
      await transferOwnership(team.owner.caller, team.slug, { userId: team.member.id, demoteSelf: false });
      await removeMember(team.owner.caller, team.slug, { userId: team.member.id });
    });
    expect(await roleOf(team.workspace.id, team.member.id)).toBeNull();
    expect(await mailTo(team.member.email)).toEqual([]);
    expect((await eventsOf(team.workspace.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["member.role_changed", "workspace.ownership_transferred", "member.removed"]),
    );
  });
});

describe("the inviter is told by email, and the activity entry names them", () => {
  async function invited(inviter: "owner" | "manager") {
    const team = await makeTeam();
    const invitee = await makeUser("Ivy Invitee");
    const token = await invite(team[inviter], team.slug, invitee.email, "viewer");
    return { team, invitee, token, inviter: team[inviter], invitation: await invitationFor(team.workspace.id, invitee.email) };
  }

  const answered = (inviter: TestUser) => async () => (await mailTo(inviter.email)).map((m) => m.subject);

  it("when the invitation is accepted (by link or from the inbox)", async () => {
    const { team, invitee, token, inviter } = await invited("manager");
    await acceptInviteToken({ ...invitee.caller, name: "Ivy" }, token);
    const mail = await lastMail(inviter);
    expect(mail?.subject).toBe(`Ivy (${invitee.email}) accepted your invitation to Acme`);
    expect(mail?.text).toContain("joined the workspace Acme as Viewer.");
    const event = (await eventsOf(team.workspace.id)).find((e) => e.action === "invitation.accepted");
    expect(event?.metadata).toMatchObject({ invitedBy: inviter.email, invitedById: inviter.id });

    const other = await invited("owner");
    await acceptInvitationById(other.invitee.caller, { invitationId: other.invitation.id });
    expect(await answered(other.inviter)()).toEqual([`Ivy Invitee (${other.invitee.email}) accepted your invitation to Acme`]);
  });

  it("when it is declined (by link or from the inbox)", async () => {
    const { team, invitee, token, inviter } = await invited("owner");
    await declineInviteToken(invitee.caller, token);
    const mail = await lastMail(inviter);
    expect(mail?.subject).toBe(`Ivy Invitee (${invitee.email}) declined your invitation to Acme`);
    expect(mail?.text).toContain("You can invite them again later.");
    expect(mail?.text).toContain(`/w/${team.slug}/settings/invitations`);
    const event = (await eventsOf(team.workspace.id)).find((e) => e.action === "invitation.declined");
    expect(event?.metadata).toMatchObject({ invitedBy: inviter.email, invitedById: inviter.id });

    const other = await invited("manager");
    await declineInvitationById(other.invitee.caller, { invitationId: other.invitation.id });
    expect(await answered(other.inviter)()).toEqual([`Ivy Invitee (${other.invitee.email}) declined your invitation to Acme`]);
  });

  it("a send that fails never fails the answer", async () => {
    const { team, invitee, token, inviter } = await invited("owner");
    const result = await withMailFailingTo(inviter.email, () => acceptInviteToken(invitee.caller, token));
    expect(result).toEqual({ slug: team.slug, alreadyMember: false });
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("viewer");
    expect(await answered(inviter)()).toEqual([]);
  });
});
