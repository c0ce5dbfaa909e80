import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { makeUser, makeWorkspace, unique } from "@/lib/testing/factories";
import { canSignIn } from "./can-sign-in";

afterAll(() => closeDb());

describe("canSignIn", () => {
  it("lets people in and keeps service accounts out, even with an email", async () => {
    const owner = await makeUser("own");
    expect(await canSignIn({ id: owner.id, email: owner.email })).toBe(true);
    expect(await canSignIn({ email: `new-${unique()}@example.com` })).toBe(true);
    const ws = await makeWorkspace(owner);
    const sa = await createServiceAccount(owner.caller, ws.slug, { name: "bot", role: "member" });
    expect(await canSignIn({ id: sa.userId })).toBe(false);
    const email = `bot-${unique()}@example.com`;
    const db = await getDb();
    await db.update(users).set({ email }).where(eq(users.id, sa.userId));
    expect(await canSignIn({ email: email.toUpperCase() })).toBe(false);
  });
});
