import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens, memberships, workspaces } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { loadMembership } from "@/lib/testing/load-membership";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { listMembers } from "@/lib/members/list-members";
import {
  addMember,
  addToken,
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  withNewEvents,
} from "@/lib/testing/factories";
import { checkSlugAvailability } from "./check-slug-availability";
import { deleteWorkspace } from "./delete-workspace";

afterAll(() => closeDb());

describe("deleteWorkspace", () => {
  it("the owner deletes with the right slug: workspace, memberships and tokens gone, one workspace.deleted event kept", async () => {
    const team = await makeTeam();
    const tokenId = await addToken(team.workspace.id, team.member);
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: ` ${team.slug} ` }),
    );
    expect(result).toEqual({ slug: team.slug });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(team.owner),
      action: "workspace.deleted",
      targetType: "workspace",
      targetId: team.workspace.id,
      targetLabel: team.slug,
      metadata: { displayName: "Acme" },
    });
    const db = await getDb();
    expect(await db.select().from(workspaces).where(eq(workspaces.id, team.workspace.id))).toEqual([]);
    expect(await db.select().from(memberships).where(eq(memberships.workspaceId, team.workspace.id))).toEqual([]);
    expect(await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId))).toEqual([]);
    // The members keep their other workspaces.
    expect(await db.select().from(memberships).where(eq(memberships.userId, team.member.id))).toHaveLength(1);
  });

  it("former members get NOT_FOUND afterwards from loadMembership, authorize and every operation; the slug is free again", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    const db = await getDb();
    for (const user of [team.owner, team.manager, team.member, team.viewer]) {
      expect(await loadMembership(db, user.id, team.slug)).toBeNull();
      await expectAppError(authorize(db, user.caller, team.slug, "workspace:read"), "NOT_FOUND");
      await expectAppError(listMembers(user.caller, team.slug), "NOT_FOUND");
    }
    await expectAppError(leaveWorkspace(team.member.caller, team.slug), "NOT_FOUND");
    await expectAppError(changeMemberRole(team.owner.caller, team.slug, { userId: team.member.id, role: "viewer" }), "NOT_FOUND");
    await expectAppError(deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug }), "NOT_FOUND");
    expect(await checkSlugAvailability(team.slug)).toMatchObject({ available: true });
    expect(await eventsOf(team.workspace.id)).toHaveLength(2); // workspace.created and workspace.deleted
  });

  it("any owner, not only the creator, can delete", async () => {
    const team = await makeTeam();
    const other = await makeUser("Second Owner");
    await addMember(team.workspace.id, other, "owner");
    await deleteWorkspace(other.caller, team.slug, { confirmSlug: team.slug });
    const db = await getDb();
    expect(await db.select().from(workspaces).where(eq(workspaces.id, team.workspace.id))).toEqual([]);
  });

  it("a wrong or missing confirmation slug is VALIDATION, nothing written", async () => {
    const team = await makeTeam();
    for (const confirmSlug of ["", "acme", team.slug.toUpperCase(), `${team.slug}x`]) {
      const error = await expectRefused(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, { confirmSlug }), "VALIDATION");
      expect(error.fieldErrors?.confirmSlug).toBeDefined();
    }
    await expectRefused(team.workspace.id, () => deleteWorkspace(team.owner.caller, team.slug, {}), "VALIDATION");
  });

  it.each(["manager", "member", "viewer"] as const)("a %s cannot delete: FORBIDDEN, nothing written", async (who) => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => deleteWorkspace(team[who].caller, team.slug, { confirmSlug: team.slug }), "FORBIDDEN");
  });

  it("a non-member gets NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await expectRefused(team.workspace.id, () => deleteWorkspace(team.outsider.caller, team.slug, { confirmSlug: team.slug }), "NOT_FOUND");
  });

  it("a personal workspace is never deleted: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Solo");
    const db = await getDb();
    const [personal] = await db.select().from(workspaces).where(and(eq(workspaces.createdBy, user.id), eq(workspaces.personal, true)));
    await expectRefused(personal.id, () => deleteWorkspace(user.caller, personal.slug, { confirmSlug: personal.slug }), "FORBIDDEN");
  });
});
