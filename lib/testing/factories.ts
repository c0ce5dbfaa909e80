// Test setup for integration tests (real PostgreSQL): users, workspaces, members and database snapshots.
import { and, asc, count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { activityEvents, apiTokens, invitations, inviteLinks, memberships, workspaceDomains, workspaces, type Role } from "@/db/schema";
import { userCaller, type Caller } from "@/lib/auth/caller";
import { generateToken } from "@/lib/tokens/token-format";
import { createUser } from "@/lib/users/create-user";
import { AppError, type ErrorCode } from "@/lib/errors";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export type TestUser = { id: string; email: string; name: string; caller: Caller };

/** A unique domain that is not a public mail domain (auto-join and link allow-lists match on it). */
export const uniqueDomain = (prefix = "acme") => `${prefix}-${unique()}.io`;

/**
 * A new user (with their personal workspace, as at sign-up), with a unique email at example.com unless `domain` or
 * `email` is given; verified (signed in by magic link) unless `verified: false`.
 */
export async function makeUser(name = "User", options: { email?: string; domain?: string; verified?: boolean } = {}): Promise<TestUser> {
  const local = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "")}${unique()}`;
  const address = options.email ?? `${local}@${options.domain ?? "example.com"}`;
  const emailVerified = options.verified === false ? null : new Date();
  const user = await createUser({ id: "ignored", email: address, emailVerified, name });
  const email = user.email;
  return { id: user.id, email, name, caller: userCaller({ id: user.id, email, name }) };
}

export const uniqueSlug = (prefix = "ws") => `${prefix}-${unique()}`.slice(0, 40);

/** A shared workspace created through the domain function (the owner gets the owner role and one workspace.created event). */
export async function makeWorkspace(owner: TestUser, displayName = "Acme") {
  return createWorkspace(owner.caller, { displayName, slug: uniqueSlug(), region: "local" });
}

/** Test setup: a membership row inserted directly (no activity event). */
export async function addMember(workspaceId: string, user: TestUser, role: Role) {
  const db = await getDb();
  await db.insert(memberships).values({ workspaceId, userId: user.id, role });
}

export type Team = {
  workspace: Awaited<ReturnType<typeof makeWorkspace>>;
  slug: string;
  owner: TestUser;
  manager: TestUser;
  member: TestUser;
  viewer: TestUser;
  outsider: TestUser;
};

/** A shared workspace with one member of each role, and a signed-in user who is not a member. */
export async function makeTeam(): Promise<Team> {
  const [owner, manager, member, viewer, outsider] = await Promise.all([
    makeUser("Olivia Owner"),
    makeUser("Manny Manager"),
    makeUser("Mia Member"),
    makeUser("Vic Viewer"),
    makeUser("Otto Outsider"),
  ]);
  const workspace = await makeWorkspace(owner);
  await addMember(workspace.id, manager, "manager");
  await addMember(workspace.id, member, "member");
  await addMember(workspace.id, viewer, "viewer");
  return { workspace, slug: workspace.slug, owner, manager, member, viewer, outsider };
}

export async function rolesOf(workspaceId: string): Promise<Record<string, Role>> {
  const db = await getDb();
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, suspendedAt: memberships.suspendedAt, accessUntil: memberships.accessUntil })
    .from(memberships)
    .where(eq(memberships.workspaceId, workspaceId));
  return Object.fromEntries(rows.map((r) => [r.userId, r.role]));
}

export async function roleOf(workspaceId: string, userId: string): Promise<Role | null> {
  return (await rolesOf(workspaceId))[userId] ?? null;
}

export async function ownerCount(workspaceId: string): Promise<number> {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")));
  return n;
}

export async function eventsOf(workspaceId: string) {
  const db = await getDb();
  return db.select().from(activityEvents).where(eq(activityEvents.workspaceId, workspaceId)).orderBy(asc(activityEvents.id));
}

/**
 * Everything a refused operation must leave untouched: the workspace row, its memberships, its activity trail, and
 * its invitations, invite links and domains (with how each is proven).
 */
export async function snapshot(workspaceId: string) {
  const db = await getDb();
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role, suspendedAt: memberships.suspendedAt, accessUntil: memberships.accessUntil })
    .from(memberships)
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(memberships.userId));
  const events = (await eventsOf(workspaceId)).map((e) => e.id);
  const invites = await db.select().from(invitations).where(eq(invitations.workspaceId, workspaceId)).orderBy(asc(invitations.id));
  const links = await db.select().from(inviteLinks).where(eq(inviteLinks.workspaceId, workspaceId)).orderBy(asc(inviteLinks.id));
  const domains = await db
    .select({
      domain: workspaceDomains.domain,
      method: workspaceDomains.verificationMethod,
      token: workspaceDomains.verificationToken,
      verifiedAt: workspaceDomains.verifiedAt,
      lastCheckedAt: workspaceDomains.lastCheckedAt,
    })
    .from(workspaceDomains)
    .where(eq(workspaceDomains.workspaceId, workspaceId))
    .orderBy(asc(workspaceDomains.domain));
  return { workspace: workspace ?? null, members, events, invites, links, domains };
}

/** Awaits a promise that must reject with an AppError of this code; returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(error, `expected an AppError ${code}, but the call succeeded`).toBeDefined();
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

/** The operation is refused with this code and the workspace, its memberships and its activity trail are unchanged. */
export async function expectRefused(workspaceId: string, run: () => Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const before = await snapshot(workspaceId);
  const error = await expectAppError(run(), code);
  expect(await snapshot(workspaceId)).toEqual(before);
  return error;
}

/** Runs a successful mutation and returns its result with the activity events it added to the workspace. */
export async function withNewEvents<T>(workspaceId: string, run: () => Promise<T>) {
  const before = new Set((await eventsOf(workspaceId)).map((e) => e.id));
  const result = await run();
  const events = (await eventsOf(workspaceId)).filter((e) => !before.has(e.id));
  return { result, events };
}

/** The activity fields of an event written by this user. */
export function byUser(user: TestUser) {
  return { actorId: user.id, actorType: "user", actorLabel: user.email };
}

/** Test setup: a live API token of this user for this workspace; returns its id. */
export async function addToken(workspaceId: string, user: TestUser): Promise<string> {
  const db = await getDb();
  const [token] = await db
    .insert(apiTokens)
    .values({ workspaceId, userId: user.id, name: "test", tokenHash: `hash-${unique()}`, displayPrefix: "rst_test", createdBy: user.id })
    .returning({ id: apiTokens.id });
  return token.id;
}

/**
 * Test setup: a real, live API token inserted directly (no rules, no event, no email): a workspace token with this role
 * ceiling, or with `workspaceId` null a personal access token. Returns its id and its secret.
 */
export async function addLiveToken(workspaceId: string | null, user: TestUser, role: Role | null = null, expiresAt: Date | null = null) {
  const db = await getDb();
  const secret = generateToken();
  const [token] = await db
    .insert(apiTokens)
    .values({ workspaceId, userId: user.id, name: `test ${unique()}`, role, tokenHash: secret.hash, displayPrefix: secret.displayPrefix, createdBy: user.id, expiresAt })
    .returning({ id: apiTokens.id });
  return { id: token.id, token: secret.token };
}

export async function tokenRevokedAt(tokenId: string): Promise<Date | null> {
  const db = await getDb();
  const [token] = await db.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, tokenId));
  return token.revokedAt;
}

/** A shared workspace owned by `owner`, with these members inserted directly. */
export async function makeWorkspaceWith(owner: TestUser, members: [TestUser, Role][] = []) {
  const workspace = await makeWorkspace(owner);
  await addMembers(workspace.id, members);
  return workspace;
}

export async function addMembers(workspaceId: string, members: [TestUser, Role][]) {
  for (const [user, role] of members) await addMember(workspaceId, user, role);
}

/** Calls a route handler module export the way Next.js does (a real Request, params as a promise). */
export async function callRoute<P extends Record<string, string>>(
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  options: {
    url: string;
    method?: string;
    token?: string | null;
    authorization?: string;
    body?: unknown;
    rawBody?: string;
    params?: P;
    headers?: Record<string, string>;
  },
) {
  const headers = new Headers(options.headers);
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  else if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const request = new Request(new URL(options.url, "http://localhost"), { method: options.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> & { code?: string } };
}

/**
 * What a refused call must leave untouched: the workspace's rows (snapshot()), and the user's memberships (a workspace
 * created) and tokens (one created or revoked). Scoped to the fixtures, as other test files write concurrently.
 */
export async function fuzzState(workspaceId: string, userId: string) {
  const db = await getDb();
  const workspaceRows = await snapshot(workspaceId);
  const userMemberships = await db
    .select({ workspaceId: memberships.workspaceId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.workspaceId));
  const tokens = await db
    .select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.id));
  return { workspaceRows, userMemberships, tokens };
}
