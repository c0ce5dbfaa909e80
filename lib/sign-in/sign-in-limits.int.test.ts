import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { like } from "drizzle-orm";
import { NextRequest } from "next/server";
import { closeDb, getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { expectAppError, makeUser, unique } from "@/lib/testing/factories";
import { awayFromWindowEdge, mailTo } from "@/lib/testing/invitations";
import { limitSignInLinks } from "./limit-sign-in-links";
import { withSignInLinkLimits } from "./with-sign-in-link-limits";

// The sign-in form's action reads the request's headers: a direct call gets these (no browser, no form).
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current, cookies: async () => ({ get: () => undefined, set: () => {} }) }));
// Auth.js itself (which would mail the link) must never be reached over the limit.
const authJs = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/lib/sign-in/auth", () => authJs);
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

afterAll(() => closeDb());
beforeEach(async () => {
  await awayFromWindowEdge(3600, 30);
  await awayFromWindowEdge(900, 30);
});

const randomIp = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
const newAddress = () => `nobody-${unique()}@example.com`;
const MESSAGE = /^Too many sign-in links requested\. Try again in \d+ minutes?\.$/;

async function ipRows(prefix: string) {
  const db = await getDb();
  return db.select().from(rateLimits).where(like(rateLimits.key, `${prefix}%`));
}

describe("sign-in link limits", () => {
  it(`${getEnv().SIGN_IN_LINKS_PER_ADDRESS} links per address per ${getEnv().SIGN_IN_LINKS_PER_ADDRESS_MINUTES} minutes, from any IP; the refusal reads the same with or without an account`, async () => {
    const db = await getDb();
    const member = await makeUser("Sam");
    const messages: string[] = [];
    for (const email of [member.email, newAddress()]) {
      for (let i = 0; i < getEnv().SIGN_IN_LINKS_PER_ADDRESS; i++) await limitSignInLinks(db, email, randomIp());
      const error = await expectAppError(limitSignInLinks(db, email, randomIp()), "RATE_LIMITED");
      expect(error.message).toMatch(MESSAGE);
      expect(error.fieldErrors).toEqual({ email: [error.message] });
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(getEnv().SIGN_IN_LINKS_PER_ADDRESS_MINUTES * 60);
      messages.push(error.message.replace(/\d+/, "N"));
    }
    expect(messages[0]).toBe(messages[1]);
    // Another address is not affected.
    await limitSignInLinks(db, newAddress(), randomIp());
  });

  it(`${getEnv().SIGN_IN_LINKS_PER_IP} links per client IP per hour across addresses; past it, new addresses write no rows`, async () => {
    const db = await getDb();
    const ip = randomIp();
    for (let i = 0; i < getEnv().SIGN_IN_LINKS_PER_IP; i++) await limitSignInLinks(db, newAddress(), ip);
    const addressRowsBefore = (await ipRows("sign-in:address:")).length;
    for (let i = 0; i < 20; i++) {
      const error = await expectAppError(limitSignInLinks(db, newAddress(), ip), "RATE_LIMITED");
      expect(error.message).toMatch(MESSAGE);
    }
    // Twenty more addresses from the limited IP: its one counter grew, no per-address row was written for them.
    expect((await ipRows("sign-in:address:")).length).toBe(addressRowsBefore);
    expect((await ipRows(`sign-in:ip:${ip}`)).map((r) => r.count)).toEqual([getEnv().SIGN_IN_LINKS_PER_IP + 20]);
    // Another IP may still ask.
    await limitSignInLinks(db, newAddress(), randomIp());
  });

  it("an IPv6 client rotating addresses inside its /64 shares one counter", async () => {
    const db = await getDb();
    const prefix = `2001:db8:${Math.floor(Math.random() * 65535).toString(16)}:${Math.floor(Math.random() * 65535).toString(16)}`;
    for (let i = 0; i < getEnv().SIGN_IN_LINKS_PER_IP; i++) await limitSignInLinks(db, newAddress(), `${prefix}::${(i + 1).toString(16)}`);
    await expectAppError(limitSignInLinks(db, newAddress(), `${prefix}:1:2:3:4`), "RATE_LIMITED");
    expect(await ipRows(`sign-in:ip:${prefix}::/64`)).toHaveLength(1);
  });

  it("Auth.js's email provider called directly (POST /api/auth/signin/email) is held to the same limit: 429, nothing sent", async () => {
    const email = newAddress();
    const ip = randomIp();
    const post = vi.fn(async () => new Response(null, { status: 302, headers: { location: "/sign-in/check-email" } }));
    const route = withSignInLinkLimits(post);
    const request = () =>
      new NextRequest("http://localhost/api/auth/signin/email", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-roster-client-ip": ip },
        body: new URLSearchParams({ email: email.toUpperCase(), csrfToken: "t", callbackUrl: "/" }),
      });
    for (let i = 0; i < getEnv().SIGN_IN_LINKS_PER_ADDRESS; i++) expect((await route(request())).status).toBe(302);
    const refused = await route(request());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(MESSAGE);
    expect(post).toHaveBeenCalledTimes(getEnv().SIGN_IN_LINKS_PER_ADDRESS);
    // The same address as JSON counts too; other Auth.js routes and unreadable addresses pass through uncounted.
    const json = await route(new NextRequest("http://localhost/api/auth/signin/email", {
      method: "POST", headers: { "content-type": "application/json", "x-roster-client-ip": ip }, body: JSON.stringify({ email }),
    }));
    expect(json.status).toBe(429);
    await route(new NextRequest("http://localhost/api/auth/signout", { method: "POST", headers: { "x-roster-client-ip": ip } }));
    await route(new NextRequest("http://localhost/api/auth/signin/email", {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-roster-client-ip": ip }, body: "email=not-an-address",
    }));
    expect(post).toHaveBeenCalledTimes(getEnv().SIGN_IN_LINKS_PER_ADDRESS + 2);
  });

  it("a direct call of the sign-in form's action over the limit is refused with the message, and no link is mailed", async () => {
    const { requestSignInLinkAction } = await import("@/lib/actions/session-actions");
    const member = await makeUser("Direct");
    const ip = randomIp();
    requestHeaders.current = new Headers({ "x-roster-client-ip": ip });
    const db = await getDb();
    for (let i = 0; i < getEnv().SIGN_IN_LINKS_PER_ADDRESS; i++) await limitSignInLinks(db, member.email, ip);
    const form = new FormData();
    form.set("email", member.email);
    form.set("callbackUrl", "/");
    const result = await requestSignInLinkAction(null, form);
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED", fieldErrors: { email: [expect.stringMatching(MESSAGE)] } });
    expect(authJs.signIn).not.toHaveBeenCalled();
    expect(await mailTo(member.email)).toEqual([]);
    // An invalid address is refused before it counts against anything.
    const bad = new FormData();
    bad.set("email", "not an address");
    expect(await requestSignInLinkAction(null, bad)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await ipRows(`sign-in:ip:${ip}`)).map((r) => r.count)).toEqual([getEnv().SIGN_IN_LINKS_PER_ADDRESS + 1]);
  });
});
