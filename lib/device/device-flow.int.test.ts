// The CLI's browser login (RFC 8628) on a real PostgreSQL, through the route handlers the CLI calls and the domain
// functions the /device page's actions call: every state of the grant, who may approve what, single use, hashed codes.
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as codeRoute from "@/app/api/v1/device/code/route";
import * as tokenRoute from "@/app/api/v1/device/token/route";
import * as workspaceRoute from "@/app/api/v1/workspace/route";
import { getDb } from "@/db/client";
import { activityEvents, deviceAuthorizations, memberships } from "@/db/schema";
import { userCaller } from "@/lib/auth/caller";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { createToken } from "@/lib/tokens/create-token";
import { callRoute, expectAppError, makeTeam, makeUser, unique } from "@/lib/testing/factories";
import { approveDevice } from "./approve-device";
import { denyDevice } from "./deny-device";
import { getDeviceApproval } from "./get-device-approval";
import { DEVICE_GRANT_TYPE } from "./schemas";

/** A new login as the CLI starts it, from its own (unique) address so per-address limits do not interfere. */
async function start(clientName = "ada-laptop", ip = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  const res = await callRoute(codeRoute.POST, {
    url: "/api/v1/device/code",
    method: "POST",
    rawBody: new URLSearchParams({ client_name: clientName }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", "x-roster-client-ip": ip },
  });
  return { res, body: res.json as Record<string, string | number>, ip };
}

async function poll(deviceCode: string, ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  return callRoute(tokenRoute.POST, {
    url: "/api/v1/device/token",
    method: "POST",
    body: { grant_type: DEVICE_GRANT_TYPE, device_code: deviceCode },
    headers: { "x-roster-client-ip": ip },
  });
}

/** Lets the next poll count as on time (the CLI would have waited `interval` seconds). */
async function waitedInterval(deviceCode: string) {
  const db = await getDb();
  await db.execute(sql`update device_authorizations set last_polled_at = now() - interval '1 hour' where last_polled_at is not null and status <> 'used'`);
  return deviceCode;
}

describe("device authorization (RFC 8628)", () => {
  it("starts with the RFC's fields: an 8-letter user code shown as ABCD-EFGH, /device URIs, 10 minutes, 5 s; both codes stored hashed", async () => {
    const { res, body } = await start();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(body.user_code).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    expect(body.verification_uri).toMatch(/\/device$/);
    expect(body.verification_uri_complete).toBe(`${body.verification_uri}?code=${body.user_code}`);
    expect(body.expires_in).toBe(600);
    expect(body.interval).toBe(5);
    expect(String(body.device_code)).toMatch(/^rdc_/);
    const db = await getDb();
    const leaked = await db.execute(
      sql`select 1 from device_authorizations where device_code_hash = ${body.device_code} or user_code_hash in (${body.user_code}, ${String(body.user_code).replace("-", "")})`,
    );
    expect([...(leaked as unknown as unknown[])]).toHaveLength(0);
  });

  it("a malformed request is invalid_request (400); too many codes from one address is 429 with Retry-After", async () => {
    const missing = await callRoute(codeRoute.POST, { url: "/api/v1/device/code", method: "POST", body: {}, headers: { "x-roster-client-ip": "10.9.9.1" } });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: "invalid_request" });
    const badGrant = await callRoute(tokenRoute.POST, { url: "/api/v1/device/token", method: "POST", body: { grant_type: "password", device_code: "x" } });
    expect(badGrant.status).toBe(400);
    expect(badGrant.json).toMatchObject({ error: "invalid_request" });

    const ip = `10.3.${Math.floor(Math.random() * 250)}.7`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await start("busy", ip)).res.status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    const limited = await start("busy", ip);
    expect(limited.res.status).toBe(429);
    expect(Number(limited.res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("pending, then slow_down (interval + 5) when polled too fast; approved by a member for their workspace: a workspace token named after the machine, once", async () => {
    const team = await makeTeam();
    const machine = `ci-${unique()}`;
    const { body } = await start(machine);
    const deviceCode = String(body.device_code);

    const pending = await poll(deviceCode);
    expect(pending.status).toBe(400);
    expect(pending.json).toMatchObject({ error: "authorization_pending" });
    const tooFast = await poll(deviceCode);
    expect(tooFast.json).toMatchObject({ error: "slow_down", interval: 10 });

    const approval = await getDeviceApproval(team.member.caller, String(body.user_code).toLowerCase());
    expect(approval.clientName).toBe(machine);
    const offered = approval.workspaces.find((w) => w.slug === team.slug);
    expect(offered?.roleOptions).toEqual(["member", "viewer"]);
    await approveDevice(team.member.caller, { userCode: body.user_code, workspace: team.slug, role: "viewer", expiresInDays: 30 });

    const granted = await poll(await waitedInterval(deviceCode));
    expect(granted.status).toBe(200);
    const json = granted.json as { access_token: string; token_type: string; expires_in: number; workspace: { slug: string }; token: { name: string; role: string } };
    expect(json.token_type).toBe("Bearer");
    expect(json.token).toMatchObject({ name: `CLI on ${machine}`, role: "viewer" });
    expect(json.workspace.slug).toBe(team.slug);
    expect(json.expires_in).toBeGreaterThan(29 * 86400);
    const caller = await authenticateToken(`Bearer ${json.access_token}`);
    expect(caller).toMatchObject({ userId: team.member.id, roleCeiling: "viewer", workspaceSlug: team.slug });
    expect((await callRoute(workspaceRoute.GET, { url: "/api/v1/workspace", token: json.access_token })).json).toMatchObject({ slug: team.slug, role: "viewer" });

    // Single use.
    expect((await poll(await waitedInterval(deviceCode))).json).toMatchObject({ error: "invalid_grant" });
    // Recorded: the approval and the token, by the member.
    const db = await getDb();
    const events = await db.select().from(activityEvents).where(eq(activityEvents.workspaceId, team.workspace.id));
    expect(events.find((e) => e.action === "device.approved")).toMatchObject({ actorId: team.member.id, targetLabel: machine });
    expect(events.find((e) => e.action === "token.created" && e.targetLabel === `CLI on ${machine}`)?.metadata).toMatchObject({ via: "device", client: machine, role: "viewer" });
  });

  it("who may approve what: never above one's own role, viewers not for a workspace (no tokens:create), never through a token; anyone for all their workspaces", async () => {
    const team = await makeTeam();
    const { body } = await start();
    const userCode = String(body.user_code);
    await expectAppError(approveDevice(team.member.caller, { userCode, workspace: team.slug, role: "manager", expiresInDays: 30 }), "FORBIDDEN");
    await expectAppError(approveDevice(team.viewer.caller, { userCode, workspace: team.slug, role: "viewer", expiresInDays: 30 }), "FORBIDDEN");
    await expectAppError(approveDevice(team.outsider.caller, { userCode, workspace: team.slug, role: "viewer", expiresInDays: 30 }), "NOT_FOUND");
    const apiCaller = await authenticateToken(`Bearer ${(await createToken(team.owner.caller, team.slug, { name: "ci", expiresInDays: 30 })).token}`);
    await expectAppError(approveDevice(apiCaller, { userCode, workspace: team.slug, role: "viewer", expiresInDays: 30 }), "FORBIDDEN");
    await expectAppError(denyDevice(apiCaller, { userCode }), "FORBIDDEN");
    await expectAppError(getDeviceApproval(apiCaller, userCode), "FORBIDDEN");
    await expectAppError(approveDevice(team.viewer.caller, { userCode, workspace: null, role: "owner", expiresInDays: 30 }), "VALIDATION");
    // Nothing of the refusals was written: it is still pending.
    expect((await poll(String(body.device_code))).json).toMatchObject({ error: "authorization_pending" });

    // The viewer's personal access token.
    await approveDevice(team.viewer.caller, { userCode, workspace: null, role: null, expiresInDays: null });
    const granted = await poll(await waitedInterval(String(body.device_code)));
    const json = granted.json as { access_token: string; workspace: null; expires_in?: number };
    expect(json.workspace).toBeNull();
    expect(json.expires_in).toBeUndefined();
    expect(await authenticateToken(`Bearer ${json.access_token}`)).toMatchObject({ userId: team.viewer.id, workspaceId: null, roleCeiling: null });
  });

  it("denied: access_denied; expired: expired_token; an unknown code: invalid_grant; a decided or unknown user code cannot be approved", async () => {
    const team = await makeTeam();
    const denied = await start();
    await denyDevice(team.member.caller, { userCode: denied.body.user_code });
    expect((await poll(String(denied.body.device_code))).json).toMatchObject({ error: "access_denied" });
    await expectAppError(approveDevice(team.member.caller, { userCode: denied.body.user_code, workspace: team.slug, role: "member", expiresInDays: 30 }), "NOT_FOUND");

    const expired = await start();
    const db = await getDb();
    await db.execute(sql`update device_authorizations set expires_at = now() - interval '1 second' where created_at > now() - interval '1 minute' and status = 'pending' and client_name = 'ada-laptop'`);
    expect((await poll(String(expired.body.device_code))).json).toMatchObject({ error: "expired_token" });
    await expectAppError(getDeviceApproval(team.member.caller, String(expired.body.user_code)), "NOT_FOUND");

    expect((await poll("rdc_unknown")).json).toMatchObject({ error: "invalid_grant" });
    await expectAppError(getDeviceApproval(team.member.caller, "BCDF-GHJK"), "NOT_FOUND");
    await expectAppError(getDeviceApproval(team.member.caller, "not a code"), "NOT_FOUND");
  });

  it("the approver's role is read again when the CLI collects: demoted meanwhile caps the token, removed ends the login with access_denied", async () => {
    const team = await makeTeam();
    const db = await getDb();
    const capped = await start();
    await approveDevice(team.manager.caller, { userCode: capped.body.user_code, workspace: team.slug, role: "manager", expiresInDays: 90 });
    await db.update(memberships).set({ role: "member" }).where(eq(memberships.userId, team.manager.id));
    const json = (await poll(String(capped.body.device_code))).json as { token: { role: string } };
    expect(json.token.role).toBe("member");

    const removed = await start();
    const person = await makeUser("Short Stay");
    await db.insert(memberships).values({ workspaceId: team.workspace.id, userId: person.id, role: "member" });
    await approveDevice(person.caller, { userCode: removed.body.user_code, workspace: team.slug, role: "member", expiresInDays: 30 });
    await db.delete(memberships).where(eq(memberships.userId, person.id));
    expect((await poll(String(removed.body.device_code))).json).toMatchObject({ error: "access_denied" });
    const [row] = await db.select({ status: deviceAuthorizations.status, tokenId: deviceAuthorizations.tokenId }).from(deviceAuthorizations).where(sql`client_name = 'ada-laptop' and user_id = ${person.id}`);
    expect(row).toEqual({ status: "denied", tokenId: null });
  });

  it("a second login of the same machine gets a distinct token name", async () => {
    const team = await makeTeam();
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { body } = await start("twin");
      await approveDevice(userCaller({ id: team.owner.id, email: team.owner.email, name: team.owner.name }), {
        userCode: body.user_code,
        workspace: team.slug,
        role: "member",
        expiresInDays: 30,
      });
      names.push(((await poll(String(body.device_code))).json as { token: { name: string } }).token.name);
    }
    expect(names).toEqual(["CLI on twin", "CLI on twin (2)"]);
  });
});
