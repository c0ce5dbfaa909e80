import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { hashSecret } from "@/lib/crypto/secret-token";
import type { ErrorCode } from "@/lib/errors";
import {
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeTeam,
  makeUser,
  makeWorkspace,
  roleOf,
  rolesOf,
  unique,
  withNewEvents,
  type Team,
  type TestUser,
} from "@/lib/testing/factories";
import {
  aMinuteAgo,
  awayFromWindowEdge,
  invitationFor,
  invitationsOf,
  invite,
  mailCount,
  mailTo,
  personalWorkspaceOf,
  setInvitation,
  tokenFromMailbox,
} from "@/lib/testing/invitations";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { restoreWorkspace } from "@/lib/workspaces/restore-workspace";
import { acceptInviteToken } from "./accept-invite-token";
import { INVITE_EMAILS_PER_ADDRESS_PER_DAY, INVITE_EMAILS_PER_WORKSPACE_PER_HOUR, MAX_INVITES_PER_SUBMISSION } from "./config";
import { inviteMembers } from "./invite-members";
import { listInvitations } from "./list-invitations";
import { resendInvitation } from "./resend-invitation";
import { resolveInvite } from "./resolve-invite";
import { revokeInvitation } from "./revoke-invitation";

afterAll(() => closeDb());

const newAddress = (name = "invitee") => `${name}${unique()}@example.com`;
const DAY = 86400_000;

async function resolve(token: string) {
  return resolveInvite(await getDb(), token);
}

/** A refused invitation writes nothing (no invitation, membership or event) and sends no email. */
async function expectInviteRefused(team: Team, actor: TestUser, input: { emails?: unknown; role?: unknown }, code: ErrorCode) {
  const emails = input.emails;
  const addresses = Array.isArray(emails) ? emails.map(String) : typeof emails === "string" ? emails.split(/[\s,;]+/).filter(Boolean) : [];
  const mails = addresses.length ? await mailCount(addresses) : 0;
  const error = await expectRefused(team.workspace.id, () => inviteMembers(actor.caller, team.slug, input), code);
  if (addresses.length) expect(await mailCount(addresses)).toBe(mails);
  return error;
}

describe("inviteMembers: who may invite", () => {
  it("the owner invites an address: one pending row, one invitation.created event, one email naming workspace, inviter, role and expiry", async () => {
    const team = await makeTeam();
    const email = newAddress("jane");
    const started = Date.now();
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      inviteMembers(team.owner.caller, team.slug, { emails: email, role: "member" }),
    );
    expect(result).toEqual({ invited: [email], refreshed: [], alreadyMembers: [], invalid: [] });
    const rows = await invitationsOf(team.workspace.id);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({ email, role: "member", status: "pending", invitedBy: team.owner.id, respondedAt: null });
    // INVITE_TTL_DAYS defaults to 7.
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(started + 7 * DAY - 5_000);
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY + 5_000);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(team.owner),
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      targetLabel: email,
      metadata: { role: "member" },
    });

    const mails = await mailTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain(team.workspace.displayName);
    expect(mails[0].subject).toContain(team.owner.email);
    expect(mails[0].text).toContain(team.workspace.displayName);
    expect(mails[0].text).toContain("Member");
    expect(mails[0].text).toContain(String(row.expiresAt.getUTCFullYear()));
    const token = await tokenFromMailbox(email);
    expect(mails[0].html).toContain(`/invite/${token}`);
    expect(await resolve(token)).toMatchObject({
      kind: "email",
      id: row.id,
      email,
      role: "member",
      inviter: team.owner.name,
      workspace: { id: team.workspace.id, slug: team.slug, displayName: team.workspace.displayName },
    });
  });

  it("the owner may invite every role, owner included", async () => {
    const team = await makeTeam();
    for (const role of ["owner", "manager", "member", "viewer"] as const) {
      const email = newAddress(role);
      expect(await inviteMembers(team.owner.caller, team.slug, { emails: [email], role })).toMatchObject({ invited: [email] });
      expect(await invitationFor(team.workspace.id, email)).toMatchObject({ role, status: "pending" });
    }
  });

  it("a manager invites managers, members and viewers", async () => {
    const team = await makeTeam();
    for (const role of ["manager", "member", "viewer"] as const) {
      const email = newAddress(role);
      const { events } = await withNewEvents(team.workspace.id, () => inviteMembers(team.manager.caller, team.slug, { emails: email, role }));
      expect(await invitationFor(team.workspace.id, email)).toMatchObject({ role, invitedBy: team.manager.id });
      expect(events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "invitation.created", metadata: { role } })]);
    }
  });

  it("a manager cannot invite an owner: FORBIDDEN, nothing written, no email", async () => {
    const team = await makeTeam();
    await expectInviteRefused(team, team.manager, { emails: newAddress(), role: "owner" }, "FORBIDDEN");
    await expectInviteRefused(team, team.manager, { emails: [newAddress(), newAddress()], role: "owner" }, "FORBIDDEN");
  });

  it.each(["member", "viewer"] as const)("a %s cannot invite anyone: FORBIDDEN, nothing written", async (actor) => {
    const team = await makeTeam();
    for (const role of ["owner", "manager", "member", "viewer"] as const) {
      await expectInviteRefused(team, team[actor], { emails: newAddress(), role }, "FORBIDDEN");
    }
  });

  it("a non-member (and an unknown slug) is NOT_FOUND, nothing written", async () => {
    const team = await makeTeam();
    await expectInviteRefused(team, team.outsider, { emails: newAddress(), role: "member" }, "NOT_FOUND");
    await expectAppError(inviteMembers(team.owner.caller, `${team.slug}-nope`, { emails: newAddress(), role: "member" }), "NOT_FOUND");
  });

  it("a personal workspace cannot be shared: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Solo");
    const personal = await personalWorkspaceOf(user);
    const email = newAddress();
    await expectRefused(personal.id, () => inviteMembers(user.caller, personal.slug, { emails: email, role: "member" }), "FORBIDDEN");
    expect(await mailTo(email)).toEqual([]);
  });

  it("malformed input is VALIDATION: no addresses, a bad role, more than 50 addresses", async () => {
    const team = await makeTeam();
    for (const input of [
      { emails: "", role: "member" },
      { emails: " , \n ", role: "member" },
      { emails: [], role: "member" },
      { emails: 42, role: "member" },
      { role: "member" },
      { emails: newAddress(), role: "admin" },
      { emails: newAddress() },
      { emails: Array.from({ length: MAX_INVITES_PER_SUBMISSION + 1 }, () => newAddress()), role: "member" },
      { emails: Array.from({ length: MAX_INVITES_PER_SUBMISSION + 1 }, () => newAddress()).join("\n"), role: "member" },
    ]) {
      await expectInviteRefused(team, team.owner, input, "VALIDATION");
    }
  });
});

describe("inviteMembers: a batch", () => {
  it("reports invited, already-member and invalid addresses; members keep their role", async () => {
    const team = await makeTeam();
    const fresh1 = newAddress("fresh");
    const fresh2 = newAddress("other");
    const before = await rolesOf(team.workspace.id);
    const input = {
      // Comma, space, semicolon and newline separated; addresses compare case-insensitively; duplicates collapse.
      emails: `${fresh1.toUpperCase()}, not-an-email\n${team.viewer.email.toUpperCase()} ${team.manager.email};${fresh2}\n${fresh1}, a@b, x@@y.com`,
      role: "member",
    };
    const { result, events } = await withNewEvents(team.workspace.id, () => inviteMembers(team.owner.caller, team.slug, input));
    expect(result.invited.sort()).toEqual([fresh1, fresh2].sort());
    expect(result.refreshed).toEqual([]);
    expect(result.alreadyMembers.sort()).toEqual([team.viewer.email, team.manager.email].sort());
    expect(result.invalid.sort()).toEqual(["a@b", "not-an-email", "x@@y.com"].sort());
    expect(await rolesOf(team.workspace.id)).toEqual(before);
    expect((await invitationsOf(team.workspace.id)).map((i) => i.email).sort()).toEqual([fresh1, fresh2].sort());
    expect(events.map((e) => [e.action, e.targetLabel]).sort()).toEqual([
      ["invitation.created", fresh1],
      ["invitation.created", fresh2],
    ].sort());
    expect(await mailTo(team.viewer.email)).toEqual([]);
    expect(await mailTo(team.manager.email)).toEqual([]);
    expect(await mailTo(fresh1)).toHaveLength(1);
  });

  it("a batch of only members and invalid addresses writes nothing and sends nothing", async () => {
    const team = await makeTeam();
    const { result, events } = await withNewEvents(team.workspace.id, () =>
      inviteMembers(team.manager.caller, team.slug, { emails: [team.owner.email, "nope", team.member.email], role: "viewer" }),
    );
    expect(result).toEqual({ invited: [], refreshed: [], alreadyMembers: expect.any(Array), invalid: ["nope"] });
    expect(result.alreadyMembers.sort()).toEqual([team.owner.email, team.member.email].sort());
    expect(events).toEqual([]);
    expect(await invitationsOf(team.workspace.id)).toEqual([]);
    expect(await roleOf(team.workspace.id, team.owner.id)).toBe("owner");
    expect(await roleOf(team.workspace.id, team.member.id)).toBe("member");
  });
});

describe("inviteMembers: one live invitation per address", () => {
  it("inviting again refreshes the same row with a new token, role and expiry; the old token stops resolving", async () => {
    const team = await makeTeam();
    const email = newAddress();
    const first = await invite(team.owner, team.slug, email, "member");
    const before = await invitationFor(team.workspace.id, email);
    await setInvitation(before.id, { expiresAt: new Date(Date.now() + DAY) });

    const { result, events } = await withNewEvents(team.workspace.id, () =>
      inviteMembers(team.manager.caller, team.slug, { emails: email, role: "viewer" }),
    );
    expect(result).toEqual({ invited: [], refreshed: [email], alreadyMembers: [], invalid: [] });
    const after = await invitationFor(team.workspace.id, email);
    expect(after.id).toBe(before.id);
    expect(after).toMatchObject({ status: "pending", role: "viewer", invitedBy: team.manager.id });
    expect(after.tokenHash).not.toBe(before.tokenHash);
    expect(after.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(team.manager), action: "invitation.resent", targetId: before.id, metadata: { role: "viewer" } }),
    ]);

    const second = await tokenFromMailbox(email);
    expect(second).not.toBe(first);
    expect(await resolve(first)).toBeNull();
    expect(await resolve(second)).toMatchObject({ id: before.id, role: "viewer" });
    expect(await mailTo(email)).toHaveLength(2);
  });

  it("an expired pending invitation is refreshed in place, not duplicated", async () => {
    const team = await makeTeam();
    const email = newAddress();
    const old = await invite(team.owner, team.slug, email);
    const row = await invitationFor(team.workspace.id, email);
    await setInvitation(row.id, { expiresAt: aMinuteAgo() });
    expect(await resolve(old)).toBeNull();
    const result = await inviteMembers(team.owner.caller, team.slug, { emails: email, role: "member" });
    expect(result.refreshed).toEqual([email]);
    expect((await invitationFor(team.workspace.id, email)).id).toBe(row.id);
    expect(await resolve(await tokenFromMailbox(email))).toMatchObject({ id: row.id });
  });

  it("after a revoke or a decline, inviting again creates a new pending invitation", async () => {
    const team = await makeTeam();
    const email = newAddress();
    await invite(team.owner, team.slug, email);
    const first = await invitationFor(team.workspace.id, email);
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: first.id });
    const result = await inviteMembers(team.owner.caller, team.slug, { emails: email, role: "member" });
    expect(result.invited).toEqual([email]);
    const rows = (await invitationsOf(team.workspace.id)).filter((r) => r.email === email);
    expect(rows.map((r) => r.status).sort()).toEqual(["pending", "revoked"]);
  });

  it("concurrent invitations of the same address leave exactly one pending row", async () => {
    const team = await makeTeam();
    const email = newAddress();
    const results = await Promise.all(
      Array.from({ length: INVITE_EMAILS_PER_ADDRESS_PER_DAY }, () => inviteMembers(team.owner.caller, team.slug, { emails: email, role: "member" })),
    );
    expect(results.flatMap((r) => r.invited)).toEqual([email]);
    expect(results.flatMap((r) => r.refreshed)).toHaveLength(INVITE_EMAILS_PER_ADDRESS_PER_DAY - 1);
    expect(await invitationsOf(team.workspace.id)).toHaveLength(1);
    const actions = (await eventsOf(team.workspace.id)).map((e) => e.action).filter((a) => a.startsWith("invitation."));
    expect(actions.filter((a) => a === "invitation.created")).toHaveLength(1);
    expect(actions.filter((a) => a === "invitation.resent")).toHaveLength(INVITE_EMAILS_PER_ADDRESS_PER_DAY - 1);
    // Only the newest token (the row's hash) works.
    const row = await invitationFor(team.workspace.id, email);
    const tokens = (await mailTo(email)).map((m) => /\/invite\/(inv_[A-Za-z0-9_-]{43})/.exec(m.text)![1]);
    expect(tokens.filter((t) => hashSecret(t) === row.tokenHash)).toHaveLength(1);
  });
});

describe("invitation tokens", () => {
  it("are stored only as a SHA-256 hash, carry 256 random bits and differ per invitation", async () => {
    const team = await makeTeam();
    const emails = Array.from({ length: 5 }, () => newAddress());
    await inviteMembers(team.owner.caller, team.slug, { emails, role: "member" });
    const tokens = await Promise.all(emails.map((e) => tokenFromMailbox(e)));
    expect(new Set(tokens).size).toBe(tokens.length);
    const db = await getDb();
    const rows = await db.select().from(invitations);
    const stored = JSON.stringify(rows);
    for (const [i, token] of tokens.entries()) {
      expect(token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(4), "base64url").length * 8).toBeGreaterThanOrEqual(128);
      const random = token.slice(4);
      expect(stored).not.toContain(random);
      expect(stored).not.toContain(random.slice(0, 16));
      expect((await invitationFor(team.workspace.id, emails[i])).tokenHash).toBe(hashSecret(token));
    }
  });
});

describe("resendInvitation", () => {
  it("rotates the token (the old link is NOT_FOUND, the new one works), renews the expiry, one invitation.resent event", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Invitee");
    const old = await invite(team.owner, team.slug, invitee.email, "manager");
    const row = await invitationFor(team.workspace.id, invitee.email);
    await setInvitation(row.id, { expiresAt: new Date(Date.now() + 60 * 60_000) });

    const { result, events } = await withNewEvents(team.workspace.id, () =>
      resendInvitation(team.manager.caller, team.slug, { invitationId: row.id }),
    );
    expect(result.invitationId).toBe(row.id);
    expect(result.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(team.manager), action: "invitation.resent", targetId: row.id, targetLabel: invitee.email, metadata: { role: "manager" } }),
    ]);
    expect(await invitationFor(team.workspace.id, invitee.email)).toMatchObject({ id: row.id, status: "pending", role: "manager", invitedBy: team.manager.id });
    const fresh = await tokenFromMailbox(invitee.email);
    expect(fresh).not.toBe(old);
    expect(await mailTo(invitee.email)).toHaveLength(2);

    await expectRefused(team.workspace.id, () => acceptInviteToken(invitee.caller, old), "NOT_FOUND");
    expect(await acceptInviteToken(invitee.caller, fresh)).toEqual({ slug: team.slug, alreadyMember: false });
    expect(await roleOf(team.workspace.id, invitee.id)).toBe("manager");
  });

  it("a manager cannot resend an owner invitation; members, viewers and outsiders cannot resend at all", async () => {
    const team = await makeTeam();
    const email = newAddress();
    await invite(team.owner, team.slug, email, "owner");
    const { id } = await invitationFor(team.workspace.id, email);
    await expectRefused(team.workspace.id, () => resendInvitation(team.manager.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => resendInvitation(team.member.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => resendInvitation(team.viewer.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => resendInvitation(team.outsider.caller, team.slug, { invitationId: id }), "NOT_FOUND");
    expect(await mailTo(email)).toHaveLength(1);
  });

  it("only a pending invitation of this workspace: revoked, unknown or another workspace's is NOT_FOUND; a bad id VALIDATION", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const email = newAddress();
    await invite(team.owner, team.slug, email);
    const { id } = await invitationFor(team.workspace.id, email);
    await expectRefused(other.workspace.id, () => resendInvitation(other.owner.caller, other.slug, { invitationId: id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => resendInvitation(team.owner.caller, team.slug, { invitationId: crypto.randomUUID() }), "NOT_FOUND");
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: id });
    await expectRefused(team.workspace.id, () => resendInvitation(team.owner.caller, team.slug, { invitationId: id }), "NOT_FOUND");
    for (const input of [{}, { invitationId: "nope" }, { invitationId: 1 }, undefined]) {
      await expectRefused(team.workspace.id, () => resendInvitation(team.owner.caller, team.slug, input), "VALIDATION");
    }
  });
});

describe("revokeInvitation", () => {
  it("revokes a pending invitation: the link stops resolving, one invitation.revoked event; revoking again is NOT_FOUND", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Invitee");
    const token = await invite(team.owner, team.slug, invitee.email, "viewer");
    const { id } = await invitationFor(team.workspace.id, invitee.email);
    const { result, events } = await withNewEvents(team.workspace.id, () => revokeInvitation(team.manager.caller, team.slug, { invitationId: id }));
    expect(result).toEqual({ invitationId: id });
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(team.manager), action: "invitation.revoked", targetType: "invitation", targetId: id, targetLabel: invitee.email, metadata: { role: "viewer" } }),
    ]);
    const row = await invitationFor(team.workspace.id, invitee.email);
    expect(row.status).toBe("revoked");
    expect(row.respondedAt).toBeInstanceOf(Date);
    expect(await resolve(token)).toBeNull();
    await expectRefused(team.workspace.id, () => acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInvitation(team.owner.caller, team.slug, { invitationId: id }), "NOT_FOUND");
  });

  it("members, viewers and outsiders cannot revoke; another workspace's invitation is NOT_FOUND", async () => {
    const team = await makeTeam();
    const other = await makeTeam();
    const email = newAddress();
    await invite(team.owner, team.slug, email);
    const { id } = await invitationFor(team.workspace.id, email);
    await expectRefused(team.workspace.id, () => revokeInvitation(team.member.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => revokeInvitation(team.viewer.caller, team.slug, { invitationId: id }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => revokeInvitation(team.outsider.caller, team.slug, { invitationId: id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInvitation(other.owner.caller, other.slug, { invitationId: id }), "NOT_FOUND");
    await expectRefused(team.workspace.id, () => revokeInvitation(team.owner.caller, team.slug, { invitationId: "x" }), "VALIDATION");
  });
});

describe("listInvitations", () => {
  it("lists pending invitations with role, inviter and expiry, flags expired ones, and omits answered ones", async () => {
    const team = await makeTeam();
    const [a, b, c] = [newAddress("a"), newAddress("b"), newAddress("c")];
    await invite(team.owner, team.slug, a, "member");
    await invite(team.manager, team.slug, b, "viewer");
    await invite(team.owner, team.slug, c, "manager");
    await setInvitation((await invitationFor(team.workspace.id, b)).id, { expiresAt: aMinuteAgo() });
    await revokeInvitation(team.owner.caller, team.slug, { invitationId: (await invitationFor(team.workspace.id, c)).id });

    for (const reader of [team.owner, team.manager]) {
      const list = await listInvitations(reader.caller, team.slug);
      expect(list.map((i) => i.email).sort()).toEqual([a, b].sort());
      expect(list.find((i) => i.email === a)).toMatchObject({ role: "member", inviter: team.owner.name, expired: false });
      expect(list.find((i) => i.email === b)).toMatchObject({ role: "viewer", inviter: team.manager.name, expired: true });
      expect(JSON.stringify(list)).not.toMatch(/tokenHash|token_hash/);
    }
    await expectAppError(listInvitations(team.member.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInvitations(team.viewer.caller, team.slug), "FORBIDDEN");
    await expectAppError(listInvitations(team.outsider.caller, team.slug), "NOT_FOUND");
  });
});

describe("invitation rate limits", () => {
  it(`at most ${INVITE_EMAILS_PER_ADDRESS_PER_DAY} invitation emails per address per day, across workspaces and resends: then RATE_LIMITED, nothing written`, async () => {
    await awayFromWindowEdge(86400);
    const team = await makeTeam();
    const second = await makeWorkspace(team.owner, "Second");
    const email = newAddress("popular");
    await invite(team.owner, team.slug, email);
    const { id } = await invitationFor(team.workspace.id, email);
    await resendInvitation(team.owner.caller, team.slug, { invitationId: id });
    await inviteMembers(team.owner.caller, second.slug, { emails: email, role: "member" });
    for (let i = 3; i < INVITE_EMAILS_PER_ADDRESS_PER_DAY; i++) {
      await inviteMembers(team.manager.caller, team.slug, { emails: email, role: "member" });
    }
    expect(await mailTo(email)).toHaveLength(INVITE_EMAILS_PER_ADDRESS_PER_DAY);

    const error = await expectInviteRefused(team, team.owner, { emails: email, role: "member" }, "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(86400);
    await expectRefused(team.workspace.id, () => resendInvitation(team.owner.caller, team.slug, { invitationId: id }), "RATE_LIMITED");
    // The whole batch is refused: the other address in it is not invited either.
    const bystander = newAddress("bystander");
    await expectInviteRefused(team, team.owner, { emails: [bystander, email], role: "member" }, "RATE_LIMITED");
    expect(await mailTo(email)).toHaveLength(INVITE_EMAILS_PER_ADDRESS_PER_DAY);
    // Another address is not affected.
    expect((await inviteMembers(team.owner.caller, team.slug, { emails: bystander, role: "member" })).invited).toEqual([bystander]);
  });

  it(`batches of 50; at most ${INVITE_EMAILS_PER_WORKSPACE_PER_HOUR} invitation emails per workspace per hour: then RATE_LIMITED, nothing written`, async () => {
    await awayFromWindowEdge(3600);
    const team = await makeTeam();
    const batch = () => Array.from({ length: MAX_INVITES_PER_SUBMISSION }, () => newAddress("w"));
    for (let sent = 0; sent < INVITE_EMAILS_PER_WORKSPACE_PER_HOUR; sent += MAX_INVITES_PER_SUBMISSION) {
      // Exactly 50 addresses in one submission (the most allowed) are all invited, each with an event and an email.
      const emails = batch();
      const { result, events } = await withNewEvents(team.workspace.id, () =>
        inviteMembers(team.owner.caller, team.slug, { emails: emails.join(", "), role: "viewer" }),
      );
      expect(result.invited.sort()).toEqual([...emails].sort());
      expect(events.filter((e) => e.action === "invitation.created")).toHaveLength(MAX_INVITES_PER_SUBMISSION);
      expect(await mailCount(emails)).toBe(MAX_INVITES_PER_SUBMISSION);
    }
    expect(await invitationsOf(team.workspace.id)).toHaveLength(INVITE_EMAILS_PER_WORKSPACE_PER_HOUR);
    const error = await expectInviteRefused(team, team.manager, { emails: newAddress("late"), role: "member" }, "RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    const { id } = (await invitationsOf(team.workspace.id))[0];
    await expectRefused(team.workspace.id, () => resendInvitation(team.owner.caller, team.slug, { invitationId: id }), "RATE_LIMITED");
    // Another workspace has its own budget.
    const other = await makeWorkspace(team.owner, "Other");
    const email = newAddress();
    expect((await inviteMembers(team.owner.caller, other.slug, { emails: email, role: "member" })).invited).toEqual([email]);
  });
});

describe("workspace deletion", () => {
  it("invitations are dead while their workspace is scheduled for deletion, and go with it when deleted for good", async () => {
    const team = await makeTeam();
    const invitee = await makeUser("Invitee");
    const token = await invite(team.owner, team.slug, invitee.email);
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug });
    expect(await invitationsOf(team.workspace.id)).toHaveLength(1);
    expect(await resolve(token)).toBeNull();
    await expectAppError(acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    await restoreWorkspace(team.owner.caller, team.slug);
    await deleteWorkspace(team.owner.caller, team.slug, { confirmSlug: team.slug, permanent: true });
    expect(await invitationsOf(team.workspace.id)).toEqual([]);
    expect(await resolve(token)).toBeNull();
    await expectAppError(acceptInviteToken(invitee.caller, token), "NOT_FOUND");
    expect(await roleOf(team.workspace.id, invitee.id)).toBeNull();
  });
});
