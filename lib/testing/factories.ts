import { getDb } from "@/db/client";
import { memberships, type Role } from "@/db/schema";
import { userCaller, type Caller } from "@/lib/auth/caller";
import { createUser } from "@/lib/auth/create-user";
import { createWorkspace } from "@/lib/workspaces/create-workspace";

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`;

export type TestUser = { id: string; email: string; caller: Caller };

/** A signed-up person (with their personal workspace). */
export async function makeUser(prefix = "user"): Promise<TestUser> {
  const email = `${prefix}-${unique()}@example.com`;
  const user = await createUser({ id: "x", email, emailVerified: new Date(), name: null });
  return { id: user.id, email, caller: userCaller({ id: user.id, email, name: null }) };
}

/** A shared workspace owned by `owner`, with the given extra members. */
export async function makeWorkspace(owner: TestUser, members: [TestUser, Role][] = []) {
  const slug = `ws-${unique()}`;
  const workspace = await createWorkspace(owner.caller, { displayName: `Workspace ${slug}`, slug, region: "local" });
  await addMembers(workspace.id, members);
  return workspace;
}

export async function addMembers(workspaceId: string, members: [TestUser, Role][]) {
  if (!members.length) return;
  const db = await getDb();
  await db.insert(memberships).values(members.map(([u, role]) => ({ workspaceId, userId: u.id, role })));
}

/** Calls a route handler module export the way Next.js does (a real Request, params as a promise). */
export async function callRoute(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  options: { url: string; method?: string; token?: string | null; authorization?: string; body?: unknown; rawBody?: string; params?: Record<string, string>; headers?: Record<string, string> },
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
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as Record<string, unknown> & { code?: string } };
}
