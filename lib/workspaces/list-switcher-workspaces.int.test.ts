import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { LAST_OWNER_LEAVE_REASON } from "@/lib/auth/rules";
import { addMember, expectAppError, makeTeam, makeUser } from "@/lib/testing/factories";
import { listSwitcherWorkspaces } from "./list-switcher-workspaces";

afterAll(() => closeDb());

const entry = async (caller: Parameters<typeof listSwitcherWorkspaces>[0], slug: string) =>
  (await listSwitcherWorkspaces(caller)).find((w) => w.slug === slug);

describe("listSwitcherWorkspaces: the switcher's list and who may leave", () => {
  it("lists the person's own workspaces, personal first, each with their role", async () => {
    const team = await makeTeam();
    const list = await listSwitcherWorkspaces(team.member.caller);
    expect(list[0]).toMatchObject({ personal: true, role: "owner", leave: { allowed: false, code: "FORBIDDEN" } });
    expect(list.map((w) => w.slug)).toContain(team.slug);
    expect(await entry(team.outsider.caller, team.slug)).toBeUndefined();
  });

  it("the last owner may not leave, with the reason; another owner lifts it; other roles always may", async () => {
    const team = await makeTeam();
    expect(await entry(team.owner.caller, team.slug)).toMatchObject({ role: "owner", leave: { allowed: false, code: "LAST_OWNER", reason: LAST_OWNER_LEAVE_REASON } });
    for (const who of [team.manager, team.member, team.viewer]) expect((await entry(who.caller, team.slug))?.leave).toEqual({ allowed: true });
    await addMember(team.workspace.id, await makeUser("Second Owner"), "owner");
    expect((await entry(team.owner.caller, team.slug))?.leave).toEqual({ allowed: true });
  });

  it("refuses a workspace token", async () => {
    const team = await makeTeam();
    await expectAppError(listSwitcherWorkspaces({ ...team.owner.caller, kind: "token", workspaceId: team.workspace.id }), "FORBIDDEN");
  });
});
