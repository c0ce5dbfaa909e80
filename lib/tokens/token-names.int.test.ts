import { afterAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { expectAppError, expectRefused, makeTeam } from "@/lib/testing/factories";
import { createPersonalToken } from "./create-personal-token";
import { createToken } from "./create-token";
import { revokeToken } from "./revoke-token";

afterAll(() => closeDb());

async function liveNamed(userId: string, name: string) {
  const db = await getDb();
  return db.select().from(apiTokens).where(and(eq(apiTokens.userId, userId), eq(apiTokens.name, name), isNull(apiTokens.revokedAt)));
}

describe("a holder's live tokens have distinct names (double submits make one token)", () => {
  it("a second live token with the same name for the same holder in the same workspace is CONFLICT, case-insensitive; nothing written", async () => {
    const team = await makeTeam();
    const first = await createToken(team.member.caller, team.slug, { name: "CI deploy", expiresInDays: 30 });
    const error = await expectRefused(team.workspace.id, () => createToken(team.member.caller, team.slug, { name: " ci DEPLOY ", expiresInDays: null }), "CONFLICT");
    expect(error.message).toMatch(/^A token with this name already exists/);
    expect(error.fieldErrors).toEqual({ name: [error.message] });
    // Another holder, or another name, is fine; after revoking, the name is free again.
    await createToken(team.manager.caller, team.slug, { name: "CI deploy", expiresInDays: 30 });
    await createToken(team.member.caller, team.slug, { name: "CI deploy 2", expiresInDays: 30 });
    await revokeToken(team.member.caller, team.slug, { tokenId: first.id });
    await createToken(team.member.caller, team.slug, { name: "CI deploy", expiresInDays: 30 });
    expect(await liveNamed(team.member.id, "CI deploy")).toHaveLength(1);
  });

  it("an expired token does not hold its name", async () => {
    const team = await makeTeam();
    const old = await createToken(team.member.caller, team.slug, { name: "nightly", expiresInDays: 30 });
    const db = await getDb();
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, old.id));
    await createToken(team.member.caller, team.slug, { name: "nightly", expiresInDays: 30 });
    expect(await liveNamed(team.member.id, "nightly")).toHaveLength(2);
  });

  it("ten concurrent submits of one form make exactly one token; the rest are CONFLICT", async () => {
    const team = await makeTeam();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => createToken(team.owner.caller, team.slug, { name: "double-click", expiresInDays: 90 })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect([(r.reason as AppError).code, r.reason instanceof AppError]).toEqual(["CONFLICT", true]);
    expect(await liveNamed(team.owner.id, "double-click")).toHaveLength(1);
  });

  it("the same holds for a service account's tokens and for personal access tokens (concurrently too)", async () => {
    const team = await makeTeam();
    const bot = await createServiceAccount(team.owner.caller, team.slug, { name: "bot", role: "member" });
    await createToken(team.owner.caller, team.slug, { name: "bot key", expiresInDays: 30, holderId: bot.userId });
    await expectAppError(createToken(team.manager.caller, team.slug, { name: "BOT KEY", expiresInDays: 30, holderId: bot.userId }), "CONFLICT");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createPersonalToken(team.member.caller, { name: "laptop", expiresInDays: 30 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("CONFLICT");
    // A personal token and a workspace token are different scopes: the same name is allowed in each.
    await createToken(team.member.caller, team.slug, { name: "laptop", expiresInDays: 30 });
    expect(await liveNamed(team.member.id, "laptop")).toHaveLength(2);
  });
});
