import { afterAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens, invitations, inviteLinks, memberships, sessions, userAvatars, users, verificationTokens, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { IMAGES } from "@/lib/testing/images";
import { personalWorkspaceOf } from "@/lib/testing/invitations";
import {
  addMember,
  addToken,
  byUser,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  makeWorkspace,
  makeWorkspaceWith,
  ownerCount,
  snapshot,
  unique,
  withNewEvents,
  type TestUser,
} from "@/lib/testing/factories";
import { getAccountOverview } from "@/lib/account/get-account-overview";
import { deleteAccount } from "./delete-account";
import { setAvatar } from "./set-avatar";

afterAll(() => closeDb());

async function signIn(user: TestUser) {
  const db = await getDb();
  await db.insert(sessions).values({ sessionToken: `s-${unique()}`, userId: user.id, expires: new Date(Date.now() + 86400_000) });
  await db.insert(verificationTokens).values({ identifier: user.email, token: `v-${unique()}`, expires: new Date(Date.now() + 3600_000) });
}

async function leftOf(user: TestUser) {
  const db = await getDb();
  const count = async (table: typeof sessions | typeof apiTokens | typeof memberships | typeof userAvatars) =>
    (await db.select().from(table).where(eq(table.userId, user.id))).length;
  return {
    user: (await db.select().from(users).where(eq(users.id, user.id))).length,
    sessions: await count(sessions),
    tokens: await count(apiTokens),
    memberships: await count(memberships),
    avatars: await count(userAvatars),
    signInLinks: (await db.select().from(verificationTokens).where(eq(verificationTokens.identifier, user.email))).length,
  };
}

describe("deleteAccount", () => {
  it("leaves every shared workspace the way leaving does, deletes the personal workspace, and everything of the user goes", async () => {
    const team = await makeTeam();
    const other = await makeWorkspaceWith(team.owner, [[team.manager, "owner"]]);
    const user = team.manager;
    await signIn(user);
    await setAvatar(user.caller, { file: new Blob([IMAGES.png]) });
    const tokenId = await addToken(team.workspace.id, user);
    const link = await createInviteLink(user.caller, team.slug, { role: "member", expiresIn: "7d" });
    await inviteMembers(user.caller, team.slug, { emails: [`pending${unique()}@example.com`], role: "viewer" });
    const personal = await personalWorkspaceOf(user);

    const { result, events } = await withNewEvents(team.workspace.id, () => deleteAccount(user.caller, { confirmEmail: ` ${user.email.toUpperCase()} ` }));
    expect(result.left.sort()).toEqual([team.slug, other.slug].sort());
    expect(result.deleted).toEqual([personal.slug]);
    expect(events.map((e) => e.action).sort()).toEqual(["invitation.revoked", "invite_link.revoked", "member.account_deleted"]);
    expect(events.find((e) => e.action === "member.account_deleted")).toMatchObject({ ...byUser(user), targetId: user.id, metadata: { role: "manager" } });
    expect(events.filter((e) => e.action !== "member.account_deleted").every((e) => e.metadata.reason === "member.account_deleted")).toBe(true);

    const db = await getDb();
    expect((await db.select().from(inviteLinks).where(eq(inviteLinks.id, link.id)))[0].revokedAt).toBeInstanceOf(Date);
    expect((await db.select().from(invitations).where(eq(invitations.workspaceId, team.workspace.id))).every((i) => i.status === "revoked")).toBe(true);
    expect(await db.select().from(workspaces).where(eq(workspaces.id, personal.id))).toEqual([]);
    expect(await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId))).toEqual([]);
    expect(await leftOf(user)).toEqual({ user: 0, sessions: 0, tokens: 0, memberships: 0, avatars: 0, signInLinks: 0 });
    // The workspaces stay with their other members.
    expect((await db.select().from(memberships).where(inArray(memberships.workspaceId, [team.workspace.id, other.id]))).length).toBe(4);
  });

  it("refused while they are the last owner of shared workspaces, naming them: LAST_OWNER and nothing written", async () => {
    const owner = await makeUser("Lone Owner");
    const member = await makeUser("Member");
    const alpha = await makeWorkspace(owner, "Alpha");
    await addMember(alpha.id, member, "member");
    const solo = await makeWorkspace(owner, "Solo");
    await signIn(owner);
    const before = await leftOf(owner);
    const [alphaBefore, soloBefore] = [await snapshot(alpha.id), await snapshot(solo.id)];
    const error = await expectAppError(deleteAccount(owner.caller, { confirmEmail: owner.email }), "LAST_OWNER");
    expect(error.message).toBe("You are the last owner of Alpha and Solo. Transfer ownership or delete those workspaces first.");
    expect(await leftOf(owner)).toEqual(before);
    expect([await snapshot(alpha.id), await snapshot(solo.id)]).toEqual([alphaBefore, soloBefore]);
    // The account page disables Leave for both, with the same rule.
    const { workspaces: mine } = await getAccountOverview(owner.caller);
    expect(mine.map((w) => [w.personal, w.leaveRefusal])).toEqual([[true, "personal"], [false, "last-owner"], [false, "last-owner"]]);
  });

  it("a co-owner may delete their account: the workspace keeps its other owner", async () => {
    const team = await makeTeam();
    const coOwner = await makeUser("Co Owner");
    await addMember(team.workspace.id, coOwner, "owner");
    await deleteAccount(coOwner.caller, { confirmEmail: coOwner.email });
    expect((await leftOf(coOwner)).user).toBe(0);
    await expectAppError(leaveWorkspace(team.owner.caller, team.slug), "LAST_OWNER");
  });

  it("two owners, one deleting their account while the other leaves at once: exactly one succeeds, an owner remains", async () => {
    for (let round = 0; round < 4; round++) {
      const team = await makeTeam();
      const coOwner = await makeUser("Racing Owner");
      await addMember(team.workspace.id, coOwner, "owner");
      const results = await Promise.allSettled([
        deleteAccount(coOwner.caller, { confirmEmail: coOwner.email }),
        leaveWorkspace(team.owner.caller, team.slug),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: "LAST_OWNER" });
      expect(await ownerCount(team.workspace.id)).toBe(1);
    }
  });

  it("refuses a wrong confirmation, any token, and bad input, writing nothing", async () => {
    const team = await makeTeam();
    await signIn(team.member);
    const before = await leftOf(team.member);
    const wrong = await expectRefused(team.workspace.id, () => deleteAccount(team.member.caller, { confirmEmail: "someone@else.com" }), "VALIDATION");
    expect(wrong.fieldErrors?.confirmEmail).toEqual(["Type your email address to confirm."]);
    const token: Caller = { ...team.member.caller, kind: "token", tokenId: crypto.randomUUID(), workspaceId: null };
    await expectRefused(team.workspace.id, () => deleteAccount(token, { confirmEmail: team.member.email }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => deleteAccount(team.member.caller, { confirmEmail: ["x"] }), "VALIDATION");
    await expectRefused(team.workspace.id, () => deleteAccount(team.member.caller, undefined), "VALIDATION");
    expect(await leftOf(team.member)).toEqual(before);
  });
});
