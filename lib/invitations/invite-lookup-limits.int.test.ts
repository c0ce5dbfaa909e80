import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { like } from "drizzle-orm";
import { NextRequest } from "next/server";
import { closeDb, getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { createSecretToken } from "@/lib/crypto/secret-token";
import { expectAppError, makeUser, unique } from "@/lib/testing/factories";
import { awayFromWindowEdge } from "@/lib/testing/invitations";
import { proxy } from "@/proxy";
import { INVITATION_TOKEN_PREFIX, INVITE_LINK_TOKEN_PREFIX, INVITE_LOOKUPS_PER_IP_PER_10_MINUTES } from "./config";
import { respondToInvite } from "./respond-to-invite";

afterAll(() => closeDb());
beforeEach(() => awayFromWindowEdge(600, 30));

const randomIp = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

async function rowsFor(keyPrefix: string) {
  const db = await getDb();
  return db.select().from(rateLimits).where(like(rateLimits.key, `${keyPrefix}%`));
}

const open = (token: string, ip: string) =>
  proxy(new NextRequest(`http://localhost/invite/${encodeURIComponent(token)}`, { headers: { "x-roster-client-ip": ip } }));

describe("invitation-link guessing", () => {
  it("malformed tokens cost no database work: uncounted, never limited, nothing written", async () => {
    const ip = randomIp();
    for (const token of ["x", "inv_short", `lnk_${"A".repeat(44)}`, "%E0%A4%A", `inv_${"-".repeat(42)}!`, unique()]) {
      for (let i = 0; i < 3; i++) expect((await open(token, ip)).status).toBe(200);
    }
    expect(await rowsFor(`invite-lookup:ip:${ip}`)).toEqual([]);
  });

  it(`well-formed guesses from one IP share one counter (${INVITE_LOOKUPS_PER_IP_PER_10_MINUTES} per 10 minutes, then 429), whatever tokens it tries`, async () => {
    const ip = randomIp();
    for (let i = 0; i < INVITE_LOOKUPS_PER_IP_PER_10_MINUTES; i++) {
      const res = await open(createSecretToken(i % 2 ? INVITATION_TOKEN_PREFIX : INVITE_LINK_TOKEN_PREFIX), ip);
      expect(res.status).toBe(200);
    }
    const refused = await open(createSecretToken(INVITE_LINK_TOKEN_PREFIX), ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await rowsFor(`invite-lookup:ip:${ip}`)).map((r) => r.count)).toEqual([INVITE_LOOKUPS_PER_IP_PER_10_MINUTES + 1]);
  });

  it("an IPv6 client rotating addresses inside its /64, or sending junk as its address, holds one row", async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:${Math.floor(Math.random() * 65535).toString(16)}`;
    for (let i = 1; i <= 25; i++) await open(createSecretToken(INVITATION_TOKEN_PREFIX), `${prefix}::${i.toString(16)}`);
    expect((await rowsFor(`invite-lookup:ip:${prefix}::/64`)).map((r) => r.count)).toEqual([25]);
    // A 5,000-character "address" becomes a short hashed key.
    const junk = `junk-${unique()}-${"z".repeat(5000)}`;
    await open(createSecretToken(INVITATION_TOKEN_PREFIX), junk);
    expect((await rowsFor("invite-lookup:ip:")).every((r) => r.key.length < 80)).toBe(true);
  });

  it("answering with a malformed token is refused without counting; a well-formed unknown one counts", async () => {
    const user = await makeUser("Guesser");
    const ip = randomIp();
    await expectAppError(respondToInvite(user.caller, { token: "inv_nope", intent: "accept" }, ip), "NOT_FOUND");
    expect(await rowsFor(`invite-lookup:ip:${ip}`)).toEqual([]);
    await expectAppError(respondToInvite(user.caller, { token: createSecretToken(INVITATION_TOKEN_PREFIX), intent: "decline" }, ip), "NOT_FOUND");
    expect((await rowsFor(`invite-lookup:ip:${ip}`)).map((r) => r.count)).toEqual([1]);
  });
});
