import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import * as inviteLinkRoute from "@/app/api/v1/invite-links/[id]/route";
import * as inviteLinksRoute from "@/app/api/v1/invite-links/route";
import * as invitationRoute from "@/app/api/v1/invitations/[id]/route";
import * as invitationsRoute from "@/app/api/v1/invitations/route";
import { callRoute, makeUser, makeWorkspace, makeWorkspaceWith, unique, type TestUser } from "@/lib/testing/factories";
import { createToken } from "@/lib/tokens/create-token";

afterAll(() => closeDb());

let owner: TestUser, manager: TestUser, member: TestUser, outsider: TestUser;
const tokens = {} as Record<"owner" | "manager" | "member" | "outsider", string>;

beforeAll(async () => {
  [owner, manager, member, outsider] = await Promise.all(["inv-owner", "inv-manager", "inv-member", "inv-outsider"].map((n) => makeUser(n)));
  const ws = await makeWorkspaceWith(owner, [
    [manager, "manager"],
    [member, "member"],
  ]);
  const other = await makeWorkspace(outsider);
  for (const [key, user] of [["owner", owner], ["manager", manager], ["member", member]] as const) {
    tokens[key] = (await createToken(user.caller, ws.slug, { name: key, expiresInDays: 30 })).token;
  }
  tokens.outsider = (await createToken(outsider.caller, other.slug, { name: "outsider", expiresInDays: 30 })).token;
});

describe("/api/v1/invitations", () => {
  it("invites, lists and revokes with invitations:manage; members get 403; other workspaces 404", async () => {
    const email = `invitee-${unique()}@acme.test`;
    const invited = await callRoute(invitationsRoute.POST, { url: "/api/v1/invitations", method: "POST", token: tokens.manager, body: { emails: [email, "not an email"], role: "member" } });
    expect(invited.status).toBe(200);
    expect(invited.json).toMatchObject({ invited: [email], invalid: ["not an email"] });

    const listed = await callRoute(invitationsRoute.GET, { url: "/api/v1/invitations", token: tokens.owner });
    expect(listed.status).toBe(200);
    const invitation = (listed.json.data as { id: string; email: string; role: string }[]).find((i) => i.email === email)!;
    expect(invitation).toMatchObject({ role: "member", expired: false });

    expect((await callRoute(invitationsRoute.GET, { url: "/api/v1/invitations", token: tokens.member })).status).toBe(403);
    expect((await callRoute(invitationsRoute.POST, { url: "/api/v1/invitations", method: "POST", token: tokens.member, body: { emails: [email], role: "viewer" } })).status).toBe(403);
    const ownerByManager = await callRoute(invitationsRoute.POST, { url: "/api/v1/invitations", method: "POST", token: tokens.manager, body: { emails: [`boss-${unique()}@acme.test`], role: "owner" } });
    expect(ownerByManager.status).toBe(403);
    for (const body of [{}, { emails: [], role: "member" }, { emails: ["a@b.co"], role: "king" }, { emails: 5, role: "member" }]) {
      const bad = await callRoute(invitationsRoute.POST, { url: "/api/v1/invitations", method: "POST", token: tokens.owner, body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
    }
    const invalidJson = await callRoute(invitationsRoute.POST, { url: "/api/v1/invitations", method: "POST", token: tokens.owner, rawBody: "{emails:" });
    expect(invalidJson.status).toBe(422);

    const foreign = await callRoute(invitationRoute.DELETE, { url: `/api/v1/invitations/${invitation.id}`, method: "DELETE", token: tokens.outsider, params: { id: invitation.id } });
    expect(foreign.status).toBe(404);
    const byMember = await callRoute(invitationRoute.DELETE, { url: `/api/v1/invitations/${invitation.id}`, method: "DELETE", token: tokens.member, params: { id: invitation.id } });
    expect(byMember.status).toBe(403);
    const revoked = await callRoute(invitationRoute.DELETE, { url: `/api/v1/invitations/${invitation.id}`, method: "DELETE", token: tokens.manager, params: { id: invitation.id } });
    expect(revoked.status).toBe(204);
    const again = await callRoute(invitationRoute.DELETE, { url: `/api/v1/invitations/${invitation.id}`, method: "DELETE", token: tokens.manager, params: { id: invitation.id } });
    expect(again.status).toBe(404);
    const badId = await callRoute(invitationRoute.DELETE, { url: "/api/v1/invitations/nope", method: "DELETE", token: tokens.manager, params: { id: "nope" } });
    expect(badId.status).toBe(422);
    expect((await callRoute(invitationsRoute.GET, { url: "/api/v1/invitations" })).status).toBe(401);
  });
});

describe("/api/v1/invite-links", () => {
  it("creates (URL shown once), lists and revokes links; members 403; other workspaces 404; bad bodies 422", async () => {
    const created = await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token: tokens.manager, body: { role: "member", expiresIn: "7d", maxUses: 5 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ role: "member", maxUses: 5, url: expect.stringContaining("/invite/") });
    const id = created.json.id as string;
    const listed = await callRoute(inviteLinksRoute.GET, { url: "/api/v1/invite-links", token: tokens.owner });
    expect(listed.status).toBe(200);
    const link = (listed.json.data as { id: string }[]).find((l) => l.id === id)!;
    expect(link).toMatchObject({ useCount: 0, active: true });
    expect(JSON.stringify(listed.json)).not.toContain(created.json.url as string);

    expect((await callRoute(inviteLinksRoute.GET, { url: "/api/v1/invite-links", token: tokens.member })).status).toBe(403);
    expect((await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token: tokens.member, body: { role: "viewer", expiresIn: "1d" } })).status).toBe(403);
    for (const body of [{}, { role: "owner", expiresIn: "7d" }, { role: "member", expiresIn: "forever" }, { role: "member", expiresIn: "7d", maxUses: -1 }]) {
      const bad = await callRoute(inviteLinksRoute.POST, { url: "/api/v1/invite-links", method: "POST", token: tokens.owner, body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
    }
    expect((await callRoute(inviteLinkRoute.DELETE, { url: `/api/v1/invite-links/${id}`, method: "DELETE", token: tokens.outsider, params: { id } })).status).toBe(404);
    expect((await callRoute(inviteLinkRoute.DELETE, { url: `/api/v1/invite-links/${id}`, method: "DELETE", token: tokens.member, params: { id } })).status).toBe(403);
    expect((await callRoute(inviteLinkRoute.DELETE, { url: `/api/v1/invite-links/${id}`, method: "DELETE", token: tokens.owner, params: { id } })).status).toBe(204);
    expect((await callRoute(inviteLinkRoute.DELETE, { url: `/api/v1/invite-links/${id}`, method: "DELETE", token: tokens.owner, params: { id } })).status).toBe(404);
    expect((await callRoute(inviteLinkRoute.DELETE, { url: "/api/v1/invite-links/x", method: "DELETE", token: tokens.owner, params: { id: "x" } })).status).toBe(422);
  });
});
