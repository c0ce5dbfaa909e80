import { afterAll, describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { removeMember } from "@/lib/members/remove-member";
import { addMembers, makeTeam, makeUser } from "@/lib/testing/factories";
import { deleteWorkspace } from "./delete-workspace";
import { getWorkspaceUsage } from "./get-workspace-usage";

afterAll(() => closeDb());

async function counts(workspaceId: string) {
  const db = await getDb();
  const [{ kept }] = await db.select({ kept: workspaces.memberCount }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const [{ actual }] = await db.select({ actual: count() }).from(memberships).where(eq(memberships.workspaceId, workspaceId));
  return { kept, actual };
}

// workspaces.member_count is kept by statement-level triggers on memberships (migration 0003).
describe("the member count kept on each workspace", () => {
  it("follows every way members come and go: single and bulk inserts, removal, leaving, a deleted user", async () => {
    const team = await makeTeam();
    expect(await counts(team.workspace.id)).toEqual({ kept: 4, actual: 4 });

    const extra = await Promise.all(Array.from({ length: 5 }, (_, i) => makeUser(`Extra ${i}`)));
    await addMembers(team.workspace.id, [[extra[0], "member"]]);
    const db = await getDb();
    await db.insert(memberships).values(extra.slice(1).map((u) => ({ workspaceId: team.workspace.id, userId: u.id, role: "viewer" as const })));
    expect(await counts(team.workspace.id)).toEqual({ kept: 9, actual: 9 });

    await removeMember(team.owner.caller, team.slug, { userId: extra[0].id });
    await leaveWorkspace(extra[1].caller, team.slug);
    expect(await counts(team.workspace.id)).toEqual({ kept: 7, actual: 7 });

    await db.delete(users).where(inArray(users.id, [extra[2].id, extra[3].id]));
    expect(await counts(team.workspace.id)).toEqual({ kept: 5, actual: 5 });

    const usage = await getWorkspaceUsage(team.owner.caller, team.slug);
    expect(usage.members).toBe(5);
    expect(usage.owners).toBe(1);
  });

  it("a deleted workspace takes its memberships without tripping the trigger", async () => {
    const team = await makeTeam();
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug, permanent: true });
    const db = await getDb();
    expect(await db.select().from(workspaces).where(eq(workspaces.id, team.workspace.id))).toEqual([]);
    const [{ left }] = await db.select({ left: count() }).from(memberships).where(eq(memberships.workspaceId, team.workspace.id));
    expect(left).toBe(0);
  });
});
