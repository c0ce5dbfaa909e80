import { afterAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import { addMember, eventsOf, expectAppError, makeTeam, makeUser, type Team } from "@/lib/testing/factories";
import { listMembers } from "./list-members";
import { suspendMember } from "./suspend-member";

afterAll(() => closeDb());

const WHO = ["owner", "manager", "member", "viewer"] as const;

function namesOf(page: Awaited<ReturnType<typeof listMembers>>) {
  return page.members.map((m) => m.name);
}

async function teamWithExtras(): Promise<Team> {
  const team = await makeTeam();
  for (const name of ["Ada 100% Real", "Alan_Turing", "Grace Hopper"]) {
    await addMember(team.workspace.id, await makeUser(name), "member");
  }
  return team;
}

describe("listMembers", () => {
  it.each(WHO)("a %s reads every member with their role, in join order, and nothing is written", async (who) => {
    const team = await makeTeam();
    const before = await eventsOf(team.workspace.id);
    const page = await listMembers(team[who].caller, team.slug);
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 25, q: "" });
    const joinOrder = page.members.map((m) => m.joinedAt.getTime());
    expect(joinOrder).toEqual([...joinOrder].sort((a, b) => a - b));
    expect(page.members.map((m) => [m.name, m.email, m.role]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ["Manny Manager", team.manager.email, "manager"],
      ["Mia Member", team.member.email, "member"],
      ["Olivia Owner", team.owner.email, "owner"],
      ["Vic Viewer", team.viewer.email, "viewer"],
    ]);
    expect(page.members.every((m) => m.joinedAt instanceof Date && m.serviceAccount === false)).toBe(true);
    expect(await eventsOf(team.workspace.id)).toEqual(before);
  });

  it("a non-member, or an unknown slug, is NOT_FOUND", async () => {
    const team = await makeTeam();
    await expectAppError(listMembers(team.outsider.caller, team.slug), "NOT_FOUND");
    await expectAppError(listMembers(team.owner.caller, "no-such-workspace"), "NOT_FOUND");
    await expectAppError(listMembers(team.owner.caller, "../etc"), "NOT_FOUND");
  });

  it("searches by name or email, case-insensitively", async () => {
    const team = await teamWithExtras();
    expect(namesOf(await listMembers(team.viewer.caller, team.slug, { q: "grace" }))).toEqual(["Grace Hopper"]);
    expect(namesOf(await listMembers(team.viewer.caller, team.slug, { q: "HOPPER" }))).toEqual(["Grace Hopper"]);
    const byEmail = await listMembers(team.viewer.caller, team.slug, { q: team.member.email.toUpperCase() });
    expect(byEmail.members.map((m) => m.userId)).toEqual([team.member.id]);
    expect(byEmail.total).toBe(1);
    const byDomain = await listMembers(team.viewer.caller, team.slug, { q: "@example.com" });
    expect(byDomain.total).toBe(7);
    const none = await listMembers(team.viewer.caller, team.slug, { q: "nobody-has-this" });
    expect(none).toMatchObject({ members: [], total: 0, q: "nobody-has-this" });
  });

  it("treats % and _ in the search as literal characters", async () => {
    const team = await teamWithExtras();
    expect(namesOf(await listMembers(team.owner.caller, team.slug, { q: "100%" }))).toEqual(["Ada 100% Real"]);
    expect(namesOf(await listMembers(team.owner.caller, team.slug, { q: "%" }))).toEqual(["Ada 100% Real"]);
    expect(namesOf(await listMembers(team.owner.caller, team.slug, { q: "a_a" }))).toEqual([]);
    expect(namesOf(await listMembers(team.owner.caller, team.slug, { q: "_" }))).toEqual(["Alan_Turing"]);
  });

  it("only lists this workspace's members", async () => {
    const a = await makeTeam();
    const b = await makeTeam();
    const page = await listMembers(a.owner.caller, a.slug);
    expect(page.members.map((m) => m.userId)).not.toContain(b.owner.id);
    expect(page.total).toBe(4);
  });

  it("paginates with the total of every matching member on each page", async () => {
    const team = await teamWithExtras();
    const p1 = await listMembers(team.member.caller, team.slug, { pageSize: 3, page: 1 });
    const p2 = await listMembers(team.member.caller, team.slug, { pageSize: 3, page: 2 });
    const p3 = await listMembers(team.member.caller, team.slug, { pageSize: 3, page: 3 });
    expect([p1.total, p2.total, p3.total]).toEqual([7, 7, 7]);
    const all = await listMembers(team.member.caller, team.slug, { pageSize: 100 });
    expect([...namesOf(p1), ...namesOf(p2), ...namesOf(p3)]).toEqual(namesOf(all));
    expect([...namesOf(all)].sort()).toEqual([
      "Ada 100% Real",
      "Alan_Turing",
      "Grace Hopper",
      "Manny Manager",
      "Mia Member",
      "Olivia Owner",
      "Vic Viewer",
    ]);
    expect(p3).toMatchObject({ page: 3, pageSize: 3 });
    const searched = await listMembers(team.member.caller, team.slug, { q: "a", pageSize: 2, page: 2 });
    expect(searched.members).toHaveLength(2);
    expect(searched.total).toBe(7);
  });

  it("filters by role, alone or with a search, with the total of the matches (owners counted as before)", async () => {
    const team = await teamWithExtras();
    const members = await listMembers(team.viewer.caller, team.slug, { role: "member" });
    expect([...namesOf(members)].sort()).toEqual(["Ada 100% Real", "Alan_Turing", "Grace Hopper", "Mia Member"]);
    expect(members).toMatchObject({ total: 4, role: "member", ownerCount: 1 });
    expect(namesOf(await listMembers(team.viewer.caller, team.slug, { role: "owner" }))).toEqual(["Olivia Owner"]);
    const searched = await listMembers(team.viewer.caller, team.slug, { role: "member", q: "r", pageSize: 3, page: 2 });
    expect(searched).toMatchObject({ total: 4, page: 2 });
    expect(namesOf(searched)).toHaveLength(1);
    expect(namesOf(await listMembers(team.viewer.caller, team.slug, { role: "member", q: "hopper" }))).toEqual(["Grace Hopper"]);
    expect(await listMembers(team.viewer.caller, team.slug, { role: "manager", q: "grace" })).toMatchObject({ members: [], total: 0 });
    // Past the end of a filtered list: the filter's total, counted separately.
    expect(await listMembers(team.viewer.caller, team.slug, { role: "member", pageSize: 2, page: 9 })).toMatchObject({ members: [], total: 4, ownerCount: 1 });
  });

  it("filters by status: active, or suspended (by someone, or past the end date), with the statuses on each row", async () => {
    const team = await teamWithExtras();
    await suspendMember(team.owner.caller, team.slug, { userId: team.member.id });
    const db = await getDb();
    await db
      .update(memberships)
      .set({ accessUntil: new Date(Date.now() - 60_000) })
      .where(and(eq(memberships.workspaceId, team.workspace.id), eq(memberships.userId, team.viewer.id)));
    const suspended = await listMembers(team.manager.caller, team.slug, { status: "suspended" });
    expect(suspended).toMatchObject({ total: 2, status: "suspended", ownerCount: 1 });
    expect(suspended.members.map((m) => [m.userId, m.active, m.suspendedAt !== null, m.accessUntil !== null]).sort()).toEqual(
      [[team.member.id, false, true, false], [team.viewer.id, false, false, true]].sort(),
    );
    const active = await listMembers(team.manager.caller, team.slug, { status: "active" });
    expect(active.total).toBe(5);
    expect(active.members.every((m) => m.active && m.suspendedAt === null)).toBe(true);
    expect(await listMembers(team.manager.caller, team.slug, { status: "suspended", role: "member" })).toMatchObject({ total: 1 });
    expect((await listMembers(team.manager.caller, team.slug, {})).total).toBe(7);
    await expectAppError(listMembers(team.owner.caller, team.slug, { status: "gone" }), "VALIDATION");
  });

  it("a page past the end is empty but still reports the total", async () => {
    const team = await makeTeam();
    const page = await listMembers(team.owner.caller, team.slug, { pageSize: 2, page: 5 });
    expect(page).toMatchObject({ members: [], total: 4, page: 5, pageSize: 2 });
  });

  it("coerces query-string numbers and refuses bad paging or an overlong search: VALIDATION", async () => {
    const team = await makeTeam();
    expect(await listMembers(team.owner.caller, team.slug, { page: "2", pageSize: "3" })).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    for (const input of [{ page: 0 }, { pageSize: 0 }, { pageSize: 101 }, { page: "x" }, { q: "x".repeat(201) }, { role: "admin" }, { role: "" }, { role: ["member"] }]) {
      await expectAppError(listMembers(team.owner.caller, team.slug, input), "VALIDATION");
    }
  });
});
