import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { makeTeam, type Team } from "@/lib/testing/factories";
import { listSwitcherWorkspaces } from "@/lib/workspaces/list-switcher-workspaces";
import { authorize, readMembership } from "./authorize";

afterAll(() => closeDb());

const setMembership = async (team: Team, values: Partial<typeof memberships.$inferInsert>) =>
  (await getDb()).update(memberships).set(values).where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, team.member.id)));

const hour = 60 * 60 * 1000;

describe("membershipGivesAccess: a caller's way into a workspace", () => {
  it.each([
    ["suspended", (team: Team) => setMembership(team, { suspendedAt: new Date(), suspendedBy: team.owner.id })],
    ["past its end date", (team: Team) => setMembership(team, { accessUntil: new Date(Date.now() - 1000) })],
    [
      "in a deleted workspace",
      async (team: Team) =>
        (await getDb())
          .update(workspaces)
          .set({ deletedAt: new Date(), deletedBy: team.owner.id, purgeAt: new Date(Date.now() + 30 * 24 * hour) })
          .where(eq(workspaces.id, team.workspace.id)),
    ],
  ])("a membership %s gives no access: authorize answers NOT_FOUND, the switcher leaves it out", async (_, change) => {
    const team = await makeTeam();
    const db = await getDb();
    expect(await readMembership(db, team.member.id, team.slug)).not.toBeNull();
    await change(team);
    expect(await readMembership(db, team.member.id, team.slug)).toBeNull();
    expect(await readMembership(db, team.member.id, team.slug, true)).toBeNull();
    await expect(authorize(db, team.member.caller, team.slug, "workspace:read")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSwitcherWorkspaces(team.member.caller)).map((w) => w.slug)).not.toContain(team.slug);
  });

  it("a membership whose end date is still ahead gives access", async () => {
    const team = await makeTeam();
    await setMembership(team, { accessUntil: new Date(Date.now() + hour) });
    expect((await readMembership(await getDb(), team.member.id, team.slug))?.role).toBe("member");
    expect((await listSwitcherWorkspaces(team.member.caller)).map((w) => w.slug)).toContain(team.slug);
  });
});
