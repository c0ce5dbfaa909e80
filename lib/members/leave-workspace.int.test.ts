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
});
