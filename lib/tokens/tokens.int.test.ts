import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, apiTokens, mailboxMessages, memberships, workspaces } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { listServiceAccounts } from "@/lib/service-accounts/list-service-accounts";
import { makeUser, makeWorkspace, makeWorkspaceWith, type TestUser } from "@/lib/testing/factories";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { authenticateToken } from "./authenticate-token";
import { createPersonalToken } from "./create-personal-token";
import { createToken } from "./create-token";
import { listPersonalTokens } from "./list-personal-tokens";
import { listTokens } from "./list-tokens";
import { revokePersonalToken } from "./revoke-personal-token";
import { revokeToken } from "./revoke-token";
import { generateToken, hashToken } from "./token-format";

process.env.MAX_TOKENS = "4";

afterAll(() => closeDb());

const bearer = (token: string) => `Bearer ${token}`;

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("workspace tokens", () => {
  let owner: TestUser, manager: TestUser, member: TestUser, viewer: TestUser, stranger: TestUser;
  let slug: string;
  let workspaceId: string;

  beforeAll(async () => {
    [owner, manager, member, viewer, stranger] = await Promise.all(["owner", "manager", "member", "viewer", "stranger"].map((p) => makeUser(p)));
    const ws = await makeWorkspaceWith(owner, [
      [manager, "manager"],
      [member, "member"],
      [viewer, "viewer"],
    ]);
    slug = ws.slug;
    workspaceId = ws.id;
  });

  it("creates a token shown once, stored only as a SHA-256 hash with a display prefix, and mails its owner", async () => {
    const created = await createToken(member.caller, slug, { name: "CI deploy", expiresInDays: 30 });
    expect(created.token).toMatch(/^rst_[0-9A-Za-z]{36}$/);
    expect(created).toMatchObject({ name: "CI deploy", role: "member", holderId: member.id, displayPrefix: created.token.slice(0, 8) });
    expect(created.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29.9 * 86400_000);
    const db = await getDb();
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const mail = await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, member.email));
    expect(mail.some((m) => m.subject.includes("API token") && m.text.includes("CI deploy"))).toBe(true);
    const [event] = await db
      .select()
      .from(activityEvents)
      .where(and(eq(activityEvents.workspaceId, workspaceId), eq(activityEvents.action, "token.created"), eq(activityEvents.targetId, created.id)));
    expect(event).toMatchObject({ actorId: member.id, actorType: "user" });
    expect(JSON.stringify(event.metadata)).not.toContain(created.token);
    const listed = await listTokens(member.caller, slug);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await revokeToken(member.caller, slug, { tokenId: created.id });
  });

  it("caps the role at the creator's own role and defaults to it", async () => {
    await expectCode(createToken(member.caller, slug, { name: "too high", expiresInDays: null, role: "manager" }), "FORBIDDEN");
    const low = await createToken(manager.caller, slug, { name: "read only", expiresInDays: null, role: "viewer" });
    expect(low.role).toBe("viewer");
    expect(low.expiresAt).toBeNull();
    await revokeToken(manager.caller, slug, { tokenId: low.id });
  });

  it("refuses viewers, strangers, bad input", async () => {
    await expectCode(createToken(viewer.caller, slug, { name: "x", expiresInDays: 30 }), "FORBIDDEN");
    await expectCode(createToken(stranger.caller, slug, { name: "x", expiresInDays: 30 }), "NOT_FOUND");
    await expectCode(createToken(member.caller, slug, { name: "", expiresInDays: 30 }), "VALIDATION");
    await expectCode(createToken(member.caller, slug, { name: "x", expiresInDays: 7 }), "VALIDATION");
    await expectCode(createToken(member.caller, slug, { name: "x".repeat(65), expiresInDays: 30 }), "VALIDATION");
    await expectCode(createToken(member.caller, slug, { name: "x", expiresInDays: 30, role: "god" }), "VALIDATION");
    await expectCode(createToken(member.caller, slug, "nonsense"), "VALIDATION");
    await expectCode(createToken(member.caller, slug, { name: "x", expiresInDays: 30, holderId: owner.id }), "FORBIDDEN");
  });

  it("through a token: only within its role and its workspace, and never outliving it (mintedTokenExpiry)", async () => {
    const t = await createToken(member.caller, slug, { name: "t", expiresInDays: 30 });
    const tokenCaller = await authenticateToken(bearer(t.token));
    expect(tokenCaller.tokenExpiresAt).toEqual(t.expiresAt);
    await expectCode(createToken(tokenCaller, slug, { name: "x", expiresInDays: 30, role: "manager" }), "FORBIDDEN");
    const other = await makeWorkspace(member);
    await expectCode(createToken(tokenCaller, other.slug, { name: "x", expiresInDays: 30 }), "NOT_FOUND");
    for (const expiresInDays of [365, null]) {
      const made = await createToken(tokenCaller, slug, { name: `x ${expiresInDays}`, expiresInDays });
      expect(made.expiresAt).toEqual(t.expiresAt);
      await revokeToken(member.caller, slug, { tokenId: made.id });
    }
    await revokeToken(member.caller, slug, { tokenId: t.id });
  });

  it("enforces MAX_TOKENS live tokens per workspace (revoked and expired ones do not count)", async () => {
    const ws = await makeWorkspace(owner);
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await createToken(owner.caller, ws.slug, { name: `t${i}`, expiresInDays: 30 }));
    await expectCode(createToken(owner.caller, ws.slug, { name: "one too many", expiresInDays: 30 }), "QUOTA_EXCEEDED");
    await revokeToken(owner.caller, ws.slug, { tokenId: made[0].id });
    const db = await getDb();
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, made[1].id));
    await createToken(owner.caller, ws.slug, { name: "fits again", expiresInDays: 30 });
    await createToken(owner.caller, ws.slug, { name: "fits too", expiresInDays: 30 });
    await expectCode(createToken(owner.caller, ws.slug, { name: "over", expiresInDays: 30 }), "QUOTA_EXCEEDED");
  });

  it("holds the quota under parallel creation (the workspace row lock serializes the count)", async () => {
    const ws = await makeWorkspace(owner);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createToken(owner.caller, ws.slug, { name: `p${i}`, expiresInDays: 30 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(Array(6).fill("QUOTA_EXCEEDED"));
  });

  it("lists every token to owners and managers, only their own to members", async () => {
    const mine = await createToken(member.caller, slug, { name: "member's", expiresInDays: 90 });
    const theirs = await createToken(manager.caller, slug, { name: "manager's", expiresInDays: 90 });
    const asManager = await listTokens(manager.caller, slug);
    expect(asManager.manageAll).toBe(true);
    expect(asManager.tokens.map((t) => t.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    const asMember = await listTokens(member.caller, slug);
    expect(asMember.manageAll).toBe(false);
    expect(asMember.tokens.map((t) => t.id)).toEqual([mine.id]);
    expect(asMember.tokens[0]).toMatchObject({ holderLabel: member.email, role: "member", displayPrefix: mine.displayPrefix });
    await expectCode(listTokens(stranger.caller, slug), "NOT_FOUND");

    // A member cannot revoke another's token; a manager revokes a member's.
    await expectCode(revokeToken(member.caller, slug, { tokenId: theirs.id }), "FORBIDDEN");
    await revokeToken(manager.caller, slug, { tokenId: mine.id });
    await expectCode(revokeToken(manager.caller, slug, { tokenId: mine.id }), "NOT_FOUND");
    await expectCode(revokeToken(stranger.caller, slug, { tokenId: theirs.id }), "NOT_FOUND");
    await expectCode(revokeToken(manager.caller, slug, { tokenId: "not-a-uuid" }), "VALIDATION");
    await expectCode(authenticateToken(bearer(mine.token)), "UNAUTHENTICATED");
    await revokeToken(manager.caller, slug, { tokenId: theirs.id });
  });
});

describe("authenticateToken", () => {
  it("returns a token Caller and stamps last_used_at", async () => {
    const owner = await makeUser("auth");
    const ws = await makeWorkspace(owner);
    const t = await createToken(owner.caller, ws.slug, { name: "auth", expiresInDays: 30, role: "manager" });
    const caller = await authenticateToken(bearer(t.token));
    expect(caller).toMatchObject({ kind: "token", userId: owner.id, tokenId: t.id, roleCeiling: "manager", workspaceId: ws.id, workspaceSlug: ws.slug, label: owner.email });
    const db = await getDb();
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, t.id));
    expect(row.lastUsedAt).not.toBeNull();
    // The ceiling applies: a manager token of an owner cannot delete the workspace.
    await expectCode(deleteWorkspace(caller, ws.slug, { confirmSlug: ws.slug }), "FORBIDDEN");
  });

  it("refuses missing, malformed, unknown, revoked and expired tokens", async () => {
    for (const header of [null, undefined, "", "Bearer", "Basic abc", `Bearer ${generateToken().token}x`]) {
      await expectCode(authenticateToken(header), "UNAUTHENTICATED");
    }
    await expectCode(authenticateToken(bearer(generateToken().token)), "UNAUTHENTICATED");
    const owner = await makeUser("exp");
    const ws = await makeWorkspace(owner);
    const t = await createToken(owner.caller, ws.slug, { name: "exp", expiresInDays: 30 });
    const db = await getDb();
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(apiTokens.id, t.id));
    await expectCode(authenticateToken(bearer(t.token)), "UNAUTHENTICATED");
  });
});

describe("effective permission = lower of token role and owner's current role", () => {
  it("demotion lowers the token at once; removal and workspace deletion end it", async () => {
    const owner = await makeUser("own");
    const mgr = await makeUser("mgr");
    const ws = await makeWorkspaceWith(owner, [[mgr, "manager"]]);
    const t = await createToken(mgr.caller, ws.slug, { name: "mgr token", expiresInDays: null });
    const db = await getDb();
    const caller = await authenticateToken(bearer(t.token));
    expect((await authorize(db, caller, ws.slug, "members:update-role")).role).toBe("manager");

    await changeMemberRole(owner.caller, ws.slug, { userId: mgr.id, role: "viewer" });
    const demoted = await authenticateToken(bearer(t.token));
    await expectCode(authorize(db, demoted, ws.slug, "members:update-role"), "FORBIDDEN");
    expect((await authorize(db, demoted, ws.slug, "workspace:read")).role).toBe("viewer");

    await removeMember(owner.caller, ws.slug, { userId: mgr.id });
    await expectCode(authenticateToken(bearer(t.token)), "UNAUTHENTICATED");

    const ownerToken = await createToken(owner.caller, ws.slug, { name: "owner", expiresInDays: null });
    await authenticateToken(bearer(ownerToken.token));
    await deleteWorkspace(owner.caller, ws.slug, { confirmSlug: ws.slug });
    await expectCode(authenticateToken(bearer(ownerToken.token)), "UNAUTHENTICATED");
  });

  it("leaving a workspace revokes your tokens for it", async () => {
    const owner = await makeUser("own");
    const m = await makeUser("leaver");
    const ws = await makeWorkspaceWith(owner, [[m, "member"]]);
    const t = await createToken(m.caller, ws.slug, { name: "bye", expiresInDays: 30 });
    await leaveWorkspace(m.caller, ws.slug);
    await expectCode(authenticateToken(bearer(t.token)), "UNAUTHENTICATED");
  });

  it("a workspace token never reaches another workspace", async () => {
    const owner = await makeUser("own");
    const a = await makeWorkspace(owner);
    const b = await makeWorkspace(owner);
    const t = await createToken(owner.caller, a.slug, { name: "a only", expiresInDays: 30 });
    const caller = await authenticateToken(bearer(t.token));
    const db = await getDb();
    await expectCode(authorize(db, caller, b.slug, "workspace:read"), "NOT_FOUND");
  });
});

describe("service accounts", () => {
  it("are created by owners and managers, hold tokens that outlive their creator, and lose them when removed", async () => {
    const owner = await makeUser("own");
    const mgr = await makeUser("mgr");
    const member = await makeUser("mem");
    const ws = await makeWorkspaceWith(owner, [
      [mgr, "manager"],
      [member, "member"],
    ]);
    await expectCode(createServiceAccount(member.caller, ws.slug, { name: "bot", role: "member" }), "FORBIDDEN");
    await expectCode(createServiceAccount(mgr.caller, ws.slug, { name: "bot", role: "owner" }), "VALIDATION");
    await expectCode(createServiceAccount(mgr.caller, ws.slug, { name: "", role: "member" }), "VALIDATION");
    const sa = await createServiceAccount(mgr.caller, ws.slug, { name: "Deploy bot", role: "manager" });
    expect(sa).toMatchObject({ name: "Deploy bot", role: "manager" });
    expect((await listServiceAccounts(owner.caller, ws.slug)).map((s) => s.userId)).toEqual([sa.userId]);
    await expectCode(listServiceAccounts(member.caller, ws.slug), "FORBIDDEN");

    await expectCode(createToken(member.caller, ws.slug, { name: "x", expiresInDays: 30, holderId: sa.userId }), "FORBIDDEN");
    const t = await createToken(mgr.caller, ws.slug, { name: "deploy", expiresInDays: null, holderId: sa.userId });
    expect(t).toMatchObject({ holderId: sa.userId, role: "manager", holderServiceAccount: true });
    const caller = await authenticateToken(bearer(t.token));
    expect(caller).toMatchObject({ userId: sa.userId, serviceAccount: true, label: "Deploy bot" });

    // The creator leaves: the service account's token keeps working.
    await removeMember(owner.caller, ws.slug, { userId: mgr.id });
    await authenticateToken(bearer(t.token));
    const db = await getDb();
    expect((await authorize(db, caller, ws.slug, "members:read")).role).toBe("manager");

    // Removing the service account revokes its tokens.
    await removeMember(owner.caller, ws.slug, { userId: sa.userId });
    await expectCode(authenticateToken(bearer(t.token)), "UNAUTHENTICATED");
    const events = await db.select().from(activityEvents).where(eq(activityEvents.workspaceId, ws.id));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["service_account.created", "service_account.removed", "token.created"]));
  });

  it("cannot be created in a personal workspace", async () => {
    const owner = await makeUser("solo");
    const db = await getDb();
    const [personal] = await db
      .select({ slug: workspaces.slug })
      .from(workspaces)
      .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
      .where(and(eq(memberships.userId, owner.id), eq(workspaces.personal, true)));
    await expectCode(createServiceAccount(owner.caller, personal.slug, { name: "bot", role: "member" }), "FORBIDDEN");
  });
});

describe("personal access tokens", () => {
  it("act as their person in every workspace, are listed and revoked by that person only", async () => {
    const ada = await makeUser("ada");
    const bob = await makeUser("bob");
    const a = await makeWorkspace(ada);
    const b = await makeWorkspaceWith(bob, [[ada, "viewer"]]);
    const pat = await createPersonalToken(ada.caller, { name: "laptop", expiresInDays: 365 });
    expect(pat).toMatchObject({ role: null, holderId: ada.id });
    const caller = await authenticateToken(bearer(pat.token));
    expect(caller).toMatchObject({ userId: ada.id, roleCeiling: null, workspaceId: null });
    const db = await getDb();
    expect((await authorize(db, caller, a.slug, "workspace:delete")).role).toBe("owner");
    expect((await authorize(db, caller, b.slug, "workspace:read")).role).toBe("viewer");
    await expectCode(authorize(db, caller, b.slug, "workspace:update"), "FORBIDDEN");

    expect((await listPersonalTokens(ada.caller)).map((t) => t.id)).toEqual([pat.id]);
    expect(await listPersonalTokens(bob.caller)).toEqual([]);
    await expectCode(revokePersonalToken(bob.caller, { tokenId: pat.id }), "NOT_FOUND");
    // A personal access token creates one that expires no later than itself; a workspace token creates none.
    const fromToken = await createPersonalToken(caller, { name: "from token", expiresInDays: null });
    expect(fromToken.expiresAt).toEqual(pat.expiresAt);
    await revokePersonalToken(caller, { tokenId: fromToken.id });
    const workspaceCaller = await authenticateToken(bearer((await createToken(ada.caller, a.slug, { name: "ws", expiresInDays: 30 })).token));
    await expectCode(createPersonalToken(workspaceCaller, { name: "from ws token", expiresInDays: 30 }), "FORBIDDEN");
    await revokePersonalToken(ada.caller, { tokenId: pat.id });
    await expectCode(authenticateToken(bearer(pat.token)), "UNAUTHENTICATED");
    const mail = await db.select().from(mailboxMessages).where(eq(mailboxMessages.to, ada.email));
    expect(mail.some((m) => m.text.includes("personal access token"))).toBe(true);
  });
});
