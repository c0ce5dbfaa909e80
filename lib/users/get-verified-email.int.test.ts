import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { makeUser, unique } from "@/lib/testing/factories";
import { getVerifiedEmail } from "./get-verified-email";

afterAll(() => closeDb());

describe("getVerifiedEmail", () => {
  it("returns the address of a verified user", async () => {
    const user = await makeUser("Verified");
    expect(await getVerifiedEmail(await getDb(), user.id)).toBe(user.email);
  });

  it("is null for an unverified address, a user without an email, and an unknown user", async () => {
    const db = await getDb();
    const unverified = await makeUser("Unverified", { verified: false });
    expect(await getVerifiedEmail(db, unverified.id)).toBeNull();
    const [bot] = await db.insert(users).values({ name: "Bot", serviceAccount: true, emailVerified: new Date() }).returning();
    expect(await getVerifiedEmail(db, bot.id)).toBeNull();
    expect(await getVerifiedEmail(db, crypto.randomUUID())).toBeNull();
  });

  it("lowercases a stored mixed-case address, so comparisons are case-insensitive", async () => {
    const db = await getDb();
    const [user] = await db.insert(users).values({ email: `Mixed.Case${unique()}@Acme.IO`, emailVerified: new Date() }).returning();
    expect(await getVerifiedEmail(db, user.id)).toBe(user.email!.toLowerCase());
  });

  it("works inside a transaction", async () => {
    const user = await makeUser("Tx");
    const db = await getDb();
    expect(await db.transaction((tx) => getVerifiedEmail(tx, user.id))).toBe(user.email);
  });
});
