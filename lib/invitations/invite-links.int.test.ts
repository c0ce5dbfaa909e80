import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { inviteLinks } from "@/db/schema";
import { hashSecret } from "@/lib/crypto/secret-token";
import { AppError } from "@/lib/errors";
import { removeMember } from "@/lib/members/remove-member";
import {
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  roleOf,
  uniqueDomain,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import { aMinuteAgo, linkRow, memberCount, personalWorkspaceOf, setLink } from "@/lib/testing/invitations";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { acceptInviteToken } from "./accept-invite-token";
import { createInviteLink } from "./create-invite-link";
import { listInviteLinks } from "./list-invite-links";
import { listInviteLinksWithHistory } from "./list-invite-links-with-history";
import { resolveInvite } from "./resolve-invite";
import { revokeInviteLink } from "./revoke-invite-link";

afterAll(() => closeDb());

const DAY = 86400_000;

async function resolve(token: string) {
  return resolveInvite(await getDb(), token);
}

async function link(team: Team, input: Record<string, unknown> = {}, actor: TestUser = team.owner) {
  return createInviteLink(actor.caller, team.slug, { role: "member", expiresIn: "7d", ...input });
}

/** A successful join through a link: the link's role, one more use, one invite_link.used event by the joiner. */
async function expectJoined(team: Team, user: TestUser, token: string, linkId: string) {
  const before = await linkRow(linkId);
  const { result, events } = await withNewEvents(team.workspace.id, () => acceptInviteToken(user.caller, token));
  expect(result).toEqual({ slug: team.slug, alreadyMember: false });
  expect(await roleOf(team.workspace.id, user.id)).toBe(before.role);
  const after = await linkRow(linkId);
  expect(after.useCount).toBe(before.useCount + 1);
  expect(events).toEqual([
    expect.objectContaining({
      ...byUser(user),
      action: "invite_link.used",
      targetType: "invite_link",
      targetId: linkId,
      targetLabel: before.tokenPrefix,
      metadata: { role: before.role, useCount: after.useCount },
    }),
  ]);
}

describe("createInviteLink", () => {
  it("the owner creates a link: the URL is returned once, only its hash is stored, one invite_link.created event", async () => {
    const team = await makeTeam();
    const started = Date.now();
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      link(team, { role: "viewer", expiresIn: "30d", maxUses: "10", allowedDomains: "Acme.com, example.org" }),
    );
    expect(result.token).toMatch(/^lnk_[A-Za-z0-9_-]{43}$/);
    expect(result.url).toMatch(new RegExp(`/invite/${result.token}$`));
    expect(result).toMatchObject({ role: "viewer", maxUses: 10, allowedDomains: ["acme.com", "example.org"] });
    expect(result.expiresAt!.getTime()).toBeGreaterThanOrEqual(started + 30 * DAY - 5_000);
    expect(result.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 30 * DAY + 5_000);

    const row = await linkRow(result.id);
    expect(row).toMatchObject({ workspaceId: team.workspace.id, role: "viewer", useCount: 0, maxUses: 10, createdBy: team.owner.id, revokedAt: null });
    expect(row.tokenHash).toBe(hashSecret(result.token));
    expect(result.token.startsWith(row.tokenPrefix)).toBe(true);
    expect(row.tokenPrefix.length).toBeLessThanOrEqual(10);
    const db = await getDb();
    expect(JSON.stringify(await db.select().from(inviteLinks))).not.toContain(result.token.slice(10));
    expect(Buffer.from(result.token.slice(4), "base64url").length * 8).toBeGreaterThanOrEqual(128);

    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(team.owner),
        action: "invite_link.created",
        targetType: "invite_link",
        targetId: result.id,
        targetLabel: row.tokenPrefix,
        metadata: { role: "viewer", expiresIn: "30d", maxUses: 10, allowedDomains: ["acme.com", "example.org"] },
      }),
    ]);
    expect(await resolve(result.token)).toEqual({
      kind: "link",
      id: result.id,
      workspace: { id: team.workspace.id, slug: team.slug, displayName: team.workspace.displayName },
      inviter: team.owner.name,
      role: "viewer",
      expiresAt: row.expiresAt,
      allowedDomains: ["acme.com", "example.org"],
    });
  });

  it("expiry 1 day, 7 days, 30 days or never; max uses and domains are optional", async () => {
    const team = await makeTeam();
    for (const [expiresIn, days] of [["1d", 1], ["7d", 7], ["30d", 30]] as const) {
      const created = await createInviteLink(team.owner.caller, team.slug, { role: "member", expiresIn });
      expect(Math.round((created.expiresAt!.getTime() - Date.now()) / DAY)).toBe(days);
      expect(created).toMatchObject({ maxUses: null, allowedDomains: [] });
    }
    const never = await link(team, { expiresIn: "never", maxUses: "", allowedDomains: "" });
    expect(never).toMatchObject({ expiresAt: null, maxUses: null, allowedDomains: [] });
    expect((await linkRow(never.id)).expiresAt).toBeNull();
  });

  it("a manager creates manager, member and viewer links", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      const created = await link(team, { role }, team.manager);
      expect(await linkRow(created.id)).toMatchObject({ role, createdBy: team.manager.id });
    }
  });

  it("a link can never grant owner: VALIDATION for the owner and for a manager, nothing written", async () => {
    const team = await makeTeam();
    for (const actor of [team.owner, team.manager]) {
      const error = await expectRefused(team.workspace.id, () => link(team, { role: "owner" }, actor), "VALIDATION");
      expect(error.fieldErrors?.role).toBeDefined();
    }
  });

  it("members and viewers cannot create links (FORBIDDEN), outsiders get NOT_FOUND, a personal workspace is FORBIDDEN", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      await expectRefused(team.workspace.id, () => link(team, { role }, team.member), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => link(team, { role }, team.viewer), "FORBIDDEN");
      await expectRefused(team.workspace.id, () => link(team, { role }, team.outsider), "NOT_FOUND");
    }
    const personal = await personalWorkspaceOf(team.owner);
    await expectRefused(personal.id, () => createInviteLink(team.owner.caller, personal.slug, { role: "member", expiresIn: "7d" }), "FORBIDDEN");
  });

  it("bad expiry, max uses or domains are VALIDATION", async () => {
    const team = await makeTeam();
    for (const input of [
      { expiresIn: "2d" },
      { expiresIn: undefined },
      { maxUses: 0 },
      { maxUses: -3 },
      { maxUses: 1.5 },
      { maxUses: "many" },
      { maxUses: 100_001 },
      { allowedDomains: "not a domain" },
      { allowedDomains: ["acme"] },
      { allowedDomains: "@acme.com" },
      { allowedDomains: Array.from({ length: 21 }, (_, i) => `d${i}.com`) },
      { role: "admin" },
    ]) {
      await expectRefused(team.workspace.id, () => link(team, input), "VALIDATION");
    }
  });
});

describe("listInviteLinks", () => {
  it("lists unrevoked links with use count, expiry, creator and whether they still work; never the secret", async () => {
    const team = await makeTeam();
    const live = await link(team, { maxUses: 2 });
    const usedUp = await link(team, { maxUses: 1 }, team.manager);
    const expired = await link(team, { expiresIn: "1d" });
    const revoked = await link(team);
    await acceptInviteToken((await makeUser("Joiner")).caller, usedUp.token);
    await setLink(expired.id, { expiresAt: aMinuteAgo() });
    await revokeInviteLink(team.owner.caller, team.slug, { linkId: revoked.id });

    for (const reader of [team.owner, team.manager]) {
      const list = await listInviteLinks(reader.caller, team.slug);
      expect(list.map((l) => l.id).sort()).toEqual([live.id, usedUp.id, expired.id].sort());
      expect(list.find((l) => l.id === live.id)).toMatchObject({ useCount: 0, maxUses: 2, creator: team.owner.name, active: true, role: "member" });
      expect(list.find((l) => l.id === usedUp.id)).toMatchObject({ useCount: 1, maxUses: 1, creator: team.manager.name, active: false });
      expect(list.find((l) => l.id === expired.id)).toMatchObject({ active: false });
      const json = JSON.stringify(list);
      for (const created of [live, usedUp, expired]) expect(json).not.toContain(created.token.slice(10));
      expect(json).not.toMatch(/tokenHash/);
    }
    await expectAppError(listInviteLinks(team.member.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInviteLinks(team.viewer.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInviteLinks(team.outsider.caller, team.slug), "NOT_FOUND");
  });
});

describe("listInviteLinksWithHistory", () => {
  it("splits the links that work from the history (used up, expired, revoked), in one statement, nothing written", async () => {
    const team = await makeTeam();
    const live = await link(team, { maxUses: 2 });
    const usedUp = await link(team, { maxUses: 1 }, team.manager);
    const expired = await link(team, { expiresIn: "1d" });
    const revoked = await link(team, { maxUses: 1 });
    await acceptInviteToken((await makeUser("Joiner")).caller, usedUp.token);
    await setLink(expired.id, { expiresAt: aMinuteAgo() });
    await revokeInviteLink(team.owner.caller, team.slug, { linkId: revoked.id });
    const before = await eventsOf(team.workspace.id);

    for (const reader of [team.owner, team.manager]) {
      const { live: working, history } = await listInviteLinksWithHistory(reader.caller, team.slug);
      expect(working.map((l) => l.id)).toEqual([live.id]);
      expect(working[0]).toMatchObject({ active: true, useCount: 0, maxUses: 2, creator: team.owner.name });
      // Newest first, as created.
      expect(history.map((l) => [l.id, l.status, l.active])).toEqual([
        [revoked.id, "revoked", false],
        [expired.id, "expired", false],
        [usedUp.id, "used-up", false],
      ]);
      expect(history[0].revokedAt).toBeInstanceOf(Date);
      expect(history[1].revokedAt).toBeNull();
      expect(history[2]).toMatchObject({ useCount: 1, creator: team.manager.name });
      expect(JSON.stringify({ working, history })).not.toMatch(/tokenHash/);
    }
    // The API's list is unchanged: every unrevoked link.
    expect((await listInviteLinks(team.owner.caller, team.slug)).map((l) => l.id).sort()).toEqual([live.id, usedUp.id, expired.id].sort());
    expect(await eventsOf(team.workspace.id)).toEqual(before);
    await expectAppError(listInviteLinksWithHistory(team.member.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInviteLinksWithHistory(team.viewer.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInviteLinksWithHistory(team.outsider.caller, team.slug), "NOT_FOUND");
  });

  it("keeps showing the 20 newest revoked links, and every link that works", async () => {
    const team = await makeTeam();
    const created = [];
    for (let i = 0; i < 23; i++) created.push(await link(team));
    for (const c of created.slice(0, 22)) await revokeInviteLink(team.owner.caller, team.slug, { linkId: c.id });
    const { live, history } = await listInviteLinksWithHistory(team.owner.caller, team.slug);
    expect(live.map((l) => l.id)).toEqual([created[22].id]);
    expect(history).toHaveLength(20);
    expect(new Set(history.map((l) => l.id))).toEqual(new Set(created.slice(2, 22).map((c) => c.id)));
  });
});

describe("revokeInviteLink", () => {
  it("revokes at once: the link is NOT_FOUND, one invite_link.revoked event; revoking again is NOT_FOUND", async () => {
    const team = await makeTeam();
    const created = await link(team, { role: "viewer" });
    await expectJoined(team, await makeUser("Early"), created.token, created.id);
    const { result, events } = await withNewEvents(team.workspace.id, () => revokeInviteLink(team.manager.caller, team.slug, { linkId: created.id }));
    expect(result).toEqual({ linkId: created.id });
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(team.manager), action: "invite_link.revoked", targetType: "invite_link", targetId: created.id, metadata: { role: "viewer", useCount: 1 } }),
    ]);
    expect((await linkRow(created.id)).revokedAt).toBeInstanceOf(Date);
    expect(await resolve(created.token)).toBeNull();
    const late = await makeUser("Late");
    await expectRefused(team.workspace.id, () => acceptInviteToken(late.caller, created.token), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInviteLink(team.owner.caller, team.slug, { linkId: created.id }), "NOT_FOUND");
  });

  it("members, viewers and outsiders cannot revoke; another workspace's link is NOT_FOUND; a bad id VALIDATION", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const created = await link(team);
    await expectRefused(team.workspace.id, () => revokeInviteLink(team.member.caller, team.slug, { linkId: created.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => revokeInviteLink(team.viewer.caller, team.slug, { linkId: created.id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => revokeInviteLink(team.outsider.caller, team.slug, { linkId: created.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInviteLink(other.owner.caller, other.slug, { linkId: created.id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInviteLink(team.owner.caller, team.slug, { linkId: "x" }), "VALIDATION");
    expect(await resolve(created.token)).not.toBeNull();
  });
});

describe("acceptInviteToken with an invite link", () => {
  it("anyone signed in joins with the link's role; each join counts one use and writes one invite_link.used event", async () => {
    const team = await makeTeam();
    const created = await link(team, { role: "manager", expiresIn: "never" }, team.manager);
    for (const name of ["First", "Second", "Third"]) await expectJoined(team, await makeUser(name), created.token, created.id);
    expect((await linkRow(created.id)).useCount).toBe(3);
  });

  it("a member opening the link is already a member: no use counted, role untouched, nothing written", async () => {
    const team = await makeTeam();
    const created = await link(team, { role: "manager", maxUses: 1 });
    for (const member of [team.viewer, team.member, team.owner]) {
      const role = await roleOf(team.workspace.id, member.id);
      const { result, events } = await withNewEvents(team.workspace.id, () => acceptInviteToken(member.caller, created.token));
      expect(result).toEqual({ slug: team.slug, alreadyMember: true });
      expect(events).toEqual([]);
      expect(await roleOf(team.workspace.id, member.id)).toBe(role);
    }
    expect((await linkRow(created.id)).useCount).toBe(0);
  });

  it("max uses: once used up the link is NOT_FOUND and resolves to nothing", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 2 });
    await expectJoined(team, await makeUser("One"), created.token, created.id);
    await expectJoined(team, await makeUser("Two"), created.token, created.id);
    expect(await resolve(created.token)).toBeNull();
    const three = await makeUser("Three");
    await expectRefused(team.workspace.id, () => acceptInviteToken(three.caller, created.token), "NOT_FOUND");
    expect((await linkRow(created.id)).useCount).toBe(2);
  });

  it("expiry: an expired link is NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    const created = await link(team, { expiresIn: "1d" });
    await setLink(created.id, { expiresAt: aMinuteAgo() });
    expect(await resolve(created.token)).toBeNull();
    const user = await makeUser("Late");
    await expectRefused(team.workspace.id, () => acceptInviteToken(user.caller, created.token), "NOT_FOUND");
  });

  it("domain allow-list: another domain or an unverified address is FORBIDDEN (no use counted); the right domain joins", async () => {
    const team = await makeTeam();
    const domain = uniqueDomain();
    const created = await link(team, { allowedDomains: `${domain.toUpperCase()}, other-${domain}`, maxUses: 5 });
    const wrong = await makeUser("Wrong");
    await expectRefused(team.workspace.id, () => acceptInviteToken(wrong.caller, created.token), "FORBIDDEN");
    const sub = await makeUser("Sub", { domain: `eu.${domain}` });
    await expectRefused(team.workspace.id, () => acceptInviteToken(sub.caller, created.token), "FORBIDDEN");
    const unverified = await makeUser("Unverified", { domain, verified: false });
    await expectRefused(team.workspace.id, () => acceptInviteToken(unverified.caller, created.token), "FORBIDDEN");
    expect((await linkRow(created.id)).useCount).toBe(0);

    await expectJoined(team, await makeUser("Right", { domain }), created.token, created.id);
    await expectJoined(team, await makeUser("Also", { email: `ALSO.${Date.now()}@OTHER-${domain.toUpperCase()}` }), created.token, created.id);
  });

  it("links die with their workspace: NOT_FOUND", async () => {
    const team = await makeTeam();
    const created = await link(team);
    const user = await makeUser("Joiner");
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    expect(await resolve(created.token)).toBeNull();
    await expectAppError(acceptInviteToken(user.caller, created.token), "NOT_FOUND");
  });

  // Issue 10 reversed this rule: a removed member comes back only through a new email invitation (see
  // lib/members/removal-and-rejoin.int.test.ts); a live link refuses them and counts no use.
  it("a removed member cannot come back through a live link: FORBIDDEN, no use counted, nothing written", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 3 });
    const user = await makeUser("Returning");
    await expectJoined(team, user, created.token, created.id);
    await removeMember(team.owner.caller, team.slug, { userId: user.id });
    await expectRefused(team.workspace.id, () => acceptInviteToken(user.caller, created.token), "FORBIDDEN");
    expect((await linkRow(created.id)).useCount).toBe(1);
  });

  it("max uses 1 and 50 concurrent accepts by 50 people: exactly one membership, the rest NOT_FOUND", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 1, role: "viewer" });
    const users = await Promise.all(Array.from({ length: 50 }, (_, i) => makeUser(`Racer ${i}`)));
    const members = await memberCount(team.workspace.id);

    const results = await Promise.allSettled(users.map((u) => acceptInviteToken(u.caller, created.token)));

    const joined = results.filter((r) => r.status === "fulfilled");
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ value: { slug: team.slug, alreadyMember: false } });
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect((r.reason as AppError).code, String(r.reason)).toBe("NOT_FOUND");
      }
    }
    expect(await memberCount(team.workspace.id)).toBe(members + 1);
    const winners = users.filter((_, i) => results[i].status === "fulfilled");
    expect(await roleOf(team.workspace.id, winners[0].id)).toBe("viewer");
    expect((await linkRow(created.id)).useCount).toBe(1);
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "invite_link.used")).toHaveLength(1);
  });

  it("max uses 3 and 20 concurrent accepts: exactly three memberships", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 3 });
    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => makeUser(`Crowd ${i}`)));
    const members = await memberCount(team.workspace.id);
    const results = await Promise.allSettled(users.map((u) => acceptInviteToken(u.caller, created.token)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason?.code === "NOT_FOUND")).toBe(true);
    expect(await memberCount(team.workspace.id)).toBe(members + 3);
    expect((await linkRow(created.id)).useCount).toBe(3);
  });

  it("one person accepting the same link concurrently joins once and uses it once", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 5 });
    const user = await makeUser("Double click");
    const results = await Promise.all(Array.from({ length: 6 }, () => acceptInviteToken(user.caller, created.token)));
    expect(results.filter((r) => !r.alreadyMember)).toHaveLength(1);
    expect((await linkRow(created.id)).useCount).toBe(1);
    expect((await eventsOf(team.workspace.id)).filter((e) => e.action === "invite_link.used")).toHaveLength(1);
  });

  it("already a member through the link earlier: a second accept is alreadyMember and counts nothing", async () => {
    const team = await makeTeam();
    const created = await link(team, { maxUses: 5 });
    const user = await makeUser("Twice");
    await expectJoined(team, user, created.token, created.id);
    expect(await acceptInviteToken(user.caller, created.token)).toEqual({ slug: team.slug, alreadyMember: true });
    expect((await linkRow(created.id)).useCount).toBe(1);
  });
});
