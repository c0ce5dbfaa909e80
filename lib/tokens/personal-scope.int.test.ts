import { afterAll, describe, expect, it } from "vitest";
import { and, count, eq, isNull } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { expectAppError, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { authenticateToken } from "./authenticate-token";
import { createPersonalToken } from "./create-personal-token";
import { createToken } from "./create-token";
import { listPersonalTokens } from "./list-personal-tokens";
import { revokePersonalToken } from "./revoke-personal-token";

afterAll(() => closeDb());

const bearer = (token: string) => `Bearer ${token}`;

async function livePersonalTokens(userId: string) {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: count() })
    .from(apiTokens)
    .where(and(isNull(apiTokens.workspaceId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  return n;
}

// The rule (assertPerson in lib/auth/rules.ts): a personal access token acts as its person for their account; a token it
// creates never outlives it (mintedTokenExpiry); a workspace token does nothing outside its workspace.
describe("the personal scope, with real tokens", () => {
  it("a personal access token lists, creates and revokes personal tokens and lists workspaces; what it creates expires with it", async () => {
    const user = await makeUser("Pat Holder");
    const pat = await createPersonalToken(user.caller, { name: "cli", expiresInDays: 30 });
    const spare = await createPersonalToken(user.caller, { name: "spare", expiresInDays: 30 });
    const caller = await authenticateToken(bearer(pat.token));

    expect((await listPersonalTokens(caller)).map((t) => t.name).sort()).toEqual(["cli", "spare"]);
    expect((await listWorkspaces(caller)).length).toBe(1);
    expect(await revokePersonalToken(caller, { tokenId: spare.id })).toEqual({ id: spare.id });

    const more = await createPersonalToken(caller, { name: "more", expiresInDays: null });
    expect(more.expiresAt).toEqual(pat.expiresAt);
    expect(await livePersonalTokens(user.id)).toBe(2);
  });

  it("a workspace token cannot list, create or revoke personal tokens, or list or create workspaces", async () => {
    const user = await makeUser("Wes Token");
    const ws = await makeWorkspace(user);
    const pat = await createPersonalToken(user.caller, { name: "kept", expiresInDays: 30 });
    const caller = await authenticateToken(bearer((await createToken(user.caller, ws.slug, { name: "ci", expiresInDays: 30 })).token));

    await expectAppError(listPersonalTokens(caller), "FORBIDDEN");
    await expectAppError(revokePersonalToken(caller, { tokenId: pat.id }), "FORBIDDEN");
    await expectAppError(listWorkspaces(caller), "FORBIDDEN");
    await expectAppError(createWorkspace(caller, { displayName: "Nope", slug: `nope-${Date.now().toString(36)}`, region: "local" }), "FORBIDDEN");
    await expectAppError(createPersonalToken(caller, { name: "more", expiresInDays: 30 }), "FORBIDDEN");
    expect(await livePersonalTokens(user.id)).toBe(1);
  });
});
