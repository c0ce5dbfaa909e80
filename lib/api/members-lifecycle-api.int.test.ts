import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as accessUntilRoute from "@/app/api/v1/members/[id]/access-until/route";
import * as reactivateRoute from "@/app/api/v1/members/[id]/reactivate/route";
import * as suspendRoute from "@/app/api/v1/members/[id]/suspend/route";
import * as membersRoute from "@/app/api/v1/members/route";
import * as workspaceRoute from "@/app/api/v1/workspace/route";
import { closeDb } from "@/db/client";
import { callRoute, makeTeam, type Team } from "@/lib/testing/factories";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";

// Suspend, reactivate and end dates through /api/v1: the permission rules by role, and a suspended holder's tokens.

afterAll(() => closeDb());

let team: Team;
const tokens = {} as Record<"owner" | "manager" | "member" | "memberPat", string>;

beforeAll(async () => {
  team = await makeTeam();
  for (const role of ["owner", "manager", "member"] as const) {
    tokens[role] = (await createToken(team[role].caller, team.slug, { name: `${role} token`, expiresInDays: 30 })).token;
  }
  tokens.memberPat = (await createPersonalToken(team.member.caller, { name: "member PAT", expiresInDays: 30 })).token;
});

const post = (route: typeof suspendRoute | typeof reactivateRoute, verb: string, id: string, token: string) =>
  callRoute(route.POST, { url: `/api/v1/members/${id}/${verb}`, method: "POST", token, params: { id } });
const setUntil = (id: string, token: string, accessUntil: unknown) =>
  callRoute(accessUntilRoute.PATCH, { url: `/api/v1/members/${id}/access-until`, method: "PATCH", token, params: { id }, body: { accessUntil } });

describe("POST /api/v1/members/{id}/suspend and /reactivate", () => {
  it("a suspended holder's workspace token and personal access token answer 401 SUSPENDED until reactivated; the list shows the status", async () => {
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: tokens.member })).status).toBe(200);
    const suspended = await post(suspendRoute, "suspend", team.member.id, tokens.manager);
    expect(suspended.status).toBe(200);
    expect(suspended.json).toEqual({ id: team.member.id, status: "suspended", changed: true });
    expect((await post(suspendRoute, "suspend", team.member.id, tokens.manager)).json).toMatchObject({ changed: false });

    const refused = await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: tokens.member });
    expect(refused.status).toBe(401);
    expect(refused.json).toMatchObject({ code: "SUSPENDED" });
    const viaPat = await callRoute(workspaceRoute.GET, { url: `/api/v1/workspace?workspace=${team.slug}`, token: tokens.memberPat });
    expect(viaPat.status).toBe(401);
    expect(viaPat.json).toMatchObject({ code: "SUSPENDED" });

    const list = await callRoute(membersRoute.GET, { url: "/api/v1/members?status=suspended", token: tokens.owner });
    expect(list.status).toBe(200);
    expect(list.json.data).toEqual([expect.objectContaining({ id: team.member.id, status: "suspended", suspendedAt: expect.any(String), accessUntil: null })]);
    expect((await callRoute(membersRoute.GET, { url: "/api/v1/members?status=gone", token: tokens.owner })).status).toBe(422);

    const back = await post(reactivateRoute, "reactivate", team.member.id, tokens.owner);
    expect(back.json).toEqual({ id: team.member.id, status: "active", changed: true });
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: tokens.member })).status).toBe(200);
  });

  it("refusals by role: members 403, a manager on an owner 403, yourself 403, an outsider 404", async () => {
    expect((await post(suspendRoute, "suspend", team.viewer.id, tokens.member)).status).toBe(403);
    expect((await post(reactivateRoute, "reactivate", team.viewer.id, tokens.member)).status).toBe(403);
    expect((await post(suspendRoute, "suspend", team.owner.id, tokens.manager)).status).toBe(403);
    expect((await post(suspendRoute, "suspend", team.manager.id, tokens.manager)).status).toBe(403);
    const self = await post(suspendRoute, "suspend", team.owner.id, tokens.owner);
    expect(self.status).toBe(403);
    expect((await post(suspendRoute, "suspend", team.outsider.id, tokens.owner)).status).toBe(404);
    const list = await callRoute(membersRoute.GET, { url: "/api/v1/members?status=suspended", token: tokens.owner });
    expect(list.json.data).toEqual([]);
  });
});

describe("PATCH /api/v1/members/{id}/access-until", () => {
  it("sets, shows and removes an end date; never on an owner; members 403; a past date 422", async () => {
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const set = await setUntil(team.viewer.id, tokens.manager, until);
    expect(set.status).toBe(200);
    expect(set.json).toEqual({ id: team.viewer.id, accessUntil: until, changed: true });
    const list = await callRoute(membersRoute.GET, { url: "/api/v1/members?status=active", token: tokens.owner });
    expect(list.json.data).toContainEqual(expect.objectContaining({ id: team.viewer.id, status: "active", accessUntil: until }));

    const onOwner = await setUntil(team.owner.id, tokens.owner, until);
    expect(onOwner.status).toBe(403);
    expect((await setUntil(team.viewer.id, tokens.member, until)).status).toBe(403);
    const past = await setUntil(team.viewer.id, tokens.owner, new Date(Date.now() - 60_000).toISOString());
    expect(past.status).toBe(422);
    expect(past.json.errors).toHaveProperty("accessUntil");
    expect((await setUntil(team.viewer.id, tokens.owner, "soon")).status).toBe(422);

    const cleared = await setUntil(team.viewer.id, tokens.owner, null);
    expect(cleared.json).toEqual({ id: team.viewer.id, accessUntil: null, changed: true });
  });
});
