import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { loadMembership } from "@/lib/testing/load-membership";
import {
  addMember,
  addToken,
  byUser,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  tokenRevokedAt,
  withNewEvents,
} from "@/lib/testing/factories";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { createToken } from "@/lib/tokens/create-token";
import { leaveWorkspace } from "./leave-workspace";

afterAll(() => closeDb());

describe("leaveWorkspace", () => {
  it.each(["manager", "member", "viewer"] as const)("a %s leaves: membership gone, tokens revoked, one member.left event", async (who) => {
    const team = await makeTeam();
    const user = team[who];
    const tokenId = await addToken(team.workspace.id, user);
    const otherToken = await addToken(team.workspace.id, team.owner);
    const { result, events } = await withNewEvents(team.workspace.id, () => leaveWorkspace(user.caller, team.slug));
    expect(result).toEqual({ slug: team.slug });
    expect(await roleOf(team.workspace.id, user.id)).toBeNull();
    expect(await tokenRevokedAt(tokenId)).toBeInstanceOf(Date);
    expect(await tokenRevokedAt(otherToken)).toBeNull();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(user),
      action: "member.left",
      targetType: "user",
      targetId: user.id,
      targetLabel: user.email,
      metadata: { role: who },
    });
    expect(await loadMembership(await getDb(), user.id, team.slug)).toBeNull();
  });

  it("an owner leaves while another owner remains", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    const { events } = await withNewEvents(team.workspace.id, () => leaveWorkspace(team.owner.caller, team.slug));
    expect(await roleOf(team.workspace.id, team.owner.id)).toBeNull();
    expect(await roleOf(team.workspace.id, other.id)).toBe("owner");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ...byUser(team.owner), action: "member.left", metadata: { role: "owner" } });
  });

  it("the last owner cannot leave: LAST_OWNER, nothing written (even with managers left)", async () => {
    const team = await makeTeam();
    const tokenId = await addToken(team.workspace.id, team.owner);
    await expectRefused(team.workspace.id, () => leaveWorkspace(team.owner.caller, team.slug), "LAST_OWNER");
    expect(await tokenRevokedAt(tokenId)).toBeNull();
  });

  it("nobody leaves their personal workspace: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Solo");
    const db = await getDb();
    const [personal] = await db
      .select({ id: workspaces.id, slug: workspaces.slug })
      .from(workspaces)
      .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
      .where(and(eq(memberships.userId, user.id), eq(workspaces.personal, true)));
    await expectRefused(personal.id, () => leaveWorkspace(user.caller, personal.slug), "FORBIDDEN");
  });

  it("a non-member, or someone who already left, gets NOT_FOUND", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => leaveWorkspace(team.outsider.caller, team.slug), "NOT_FOUND");
    await leaveWorkspace(team.member.caller, team.slug);
    await expectRefused(team.workspace.id, () => leaveWorkspace(team.member.caller, team.slug), "NOT_FOUND");
    await expectAppError(leaveWorkspace(team.member.caller, "no-such-workspace"), "NOT_FOUND");
  });

  it("through the member's own token it leaves (that token revoked too); a service account's token is FORBIDDEN (assertMayLeave)", async () => {
    const team = await makeTeam();
    const own = await createToken(team.member.caller, team.slug, { name: "cli", expiresInDays: 30 });
    const { events } = await withNewEvents(team.workspace.id, () => authenticateToken(`Bearer ${own.token}`).then((c) => leaveWorkspace(c, team.slug)));
    expect(events).toEqual([expect.objectContaining({ action: "member.left", actorType: "token", actorId: team.member.id })]);
    expect(await tokenRevokedAt(own.id)).toBeInstanceOf(Date);
    const sa = await createServiceAccount(team.owner.caller, team.slug, { name: "Bot", role: "member" });
    const saToken = await createToken(team.owner.caller, team.slug, { name: "bot", expiresInDays: 30, holderId: sa.userId });
    const caller = await authenticateToken(`Bearer ${saToken.token}`);
    await expectRefused(team.workspace.id, () => leaveWorkspace(caller, team.slug), "FORBIDDEN");
    expect(await roleOf(team.workspace.id, sa.userId)).toBe("member");
  });
});
