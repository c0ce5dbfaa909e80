import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { apiTokens, inviteLinks, joinRequests, workspaceDomains, workspaces } from "@/db/schema";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { addLiveToken, byUser, expectRefused, makeTeam, uniqueDomain, withNewEvents, type Team } from "@/lib/testing/factories";
import { insertInvitation, invitationsOf, linkRow } from "@/lib/testing/invitations";
import { closeEveryDoor } from "./close-every-door";
import { getAccessOverview, tokenFlags } from "./get-access-overview";

afterAll(() => closeDb());

const day = 24 * 60 * 60 * 1000;

/**
 * A team with one of every door open: a live and a used-up link, a pending and an expired invitation, a verified domain
 * with auto-join in "request" mode, a GitHub link, a fresh token and a stale one whose holder left, a join request.
 */
async function openDoors(team: Team) {
  const db = await getDb();
  const live = await createInviteLink(team.manager.caller, team.slug, { role: "member", expiresIn: "7d" });
  const usedUp = await createInviteLink(team.owner.caller, team.slug, { role: "viewer", expiresIn: "never", maxUses: 1 });
  await db.update(inviteLinks).set({ useCount: 1 }).where(eq(inviteLinks.id, usedUp.id));
  const pending = await insertInvitation(team.workspace.id, `pending-${team.slug}@example.com`, team.owner);
  await insertInvitation(team.workspace.id, `expired-${team.slug}@example.com`, team.owner, { expiresAt: new Date(Date.now() - 1000) });
  const domain = uniqueDomain("doors");
  await db.insert(workspaceDomains).values({ workspaceId: team.workspace.id, domain, verificationMethod: "email", verifiedAt: new Date(), createdBy: team.owner.id });
  await db
    .update(workspaces)
    .set({ domainAutoJoin: true, domainAutoJoinMode: "request", githubOrganization: "acme-doors", githubAutoJoin: true, githubOrganizationLinkedBy: team.owner.id })
    .where(eq(workspaces.id, team.workspace.id));
  const fresh = await addLiveToken(team.workspace.id, team.member, "member", new Date(Date.now() + 30 * day));
  // A holder who is no longer a member (their token left behind, as an older Roster could).
  const forever = await addLiveToken(team.workspace.id, team.outsider, "viewer");
  await db.update(apiTokens).set({ createdAt: new Date(Date.now() - 200 * day), lastUsedAt: new Date(Date.now() - 100 * day) }).where(eq(apiTokens.id, forever.id));
  await db.insert(joinRequests).values({ workspaceId: team.workspace.id, userId: team.outsider.id, message: "Let me in, please", via: "domain" });
  return { live, usedUp, pending, domain, fresh, forever };
}

describe("the Access page: who can get in right now", () => {
  it("lists every open door: live links, pending invitations, verified domains, auto-join, GitHub, tokens with their flags, join requests", async () => {
    const team = await makeTeam();
    const doors = await openDoors(team);
    const overview = await getAccessOverview(team.manager.caller, team.slug);
    expect(overview.inviteLinks.map((l) => l.id)).toEqual([doors.live.id]);
    expect(overview.invitations.map((i) => i.id)).toEqual([doors.pending.row.id]);
    expect(overview.domains).toEqual([{ domain: doors.domain, verificationMethod: "email", verifiedAt: expect.any(Date) }]);
    expect(overview.domainAutoJoin).toEqual({ on: true, mode: "request" });
    expect(overview.github).toMatchObject({ organization: "acme-doors", autoJoin: true, paused: false, linkedBy: team.owner.name });
    expect(overview.sso).toBeNull();
    const flags = Object.fromEntries(overview.tokens.map((t) => [t.id, t.flags]));
    expect(flags).toEqual({ [doors.fresh.id]: [], [doors.forever.id]: ["unused", "no-expiry", "holder-gone"] });
    expect(overview.joinRequests).toEqual([expect.objectContaining({ message: "Let me in, please", via: "domain", person: `${team.outsider.name} (${team.outsider.email})` })]);
  });

  it("is for owners and managers: members and viewers are refused (FORBIDDEN), outsiders see no workspace (NOT_FOUND)", async () => {
    const team = await makeTeam();
    await expect(getAccessOverview(team.member.caller, team.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAccessOverview(team.viewer.caller, team.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getAccessOverview(team.outsider.caller, team.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await openDoors(team);
    for (const who of ["member", "viewer"] as const) {
      await expectRefused(team.workspace.id, () => closeEveryDoor(team[who].caller, team.slug, { confirmSlug: team.slug }), "FORBIDDEN");
    }
    await expectRefused(team.workspace.id, () => closeEveryDoor(team.outsider.caller, team.slug, { confirmSlug: team.slug }), "NOT_FOUND");
  });

  it("close every open door: links revoked, pending invitations revoked, auto-join off, one access.closed event; typing the wrong slug writes nothing", async () => {
    const team = await makeTeam();
    const doors = await openDoors(team);
    const refusal = await expectRefused(team.workspace.id, () => closeEveryDoor(team.manager.caller, team.slug, { confirmSlug: "not-it" }), "VALIDATION");
    expect(refusal.fieldErrors?.confirmSlug?.[0]).toContain(team.slug);

    const { result, events } = await withNewEvents(team.workspace.id, () => closeEveryDoor(team.manager.caller, team.slug, { confirmSlug: ` ${team.slug} ` }));
    expect(result).toEqual({ inviteLinks: 2, invitations: 2, domainAutoJoin: true, githubAutoJoin: true });
    expect(events).toMatchObject([{ ...byUser(team.manager), action: "access.closed", metadata: result }]);
    expect((await linkRow(doors.live.id)).revokedAt).toBeInstanceOf(Date);
    expect((await invitationsOf(team.workspace.id)).every((i) => i.status === "revoked")).toBe(true);
    const overview = await getAccessOverview(team.owner.caller, team.slug);
    expect({ links: overview.inviteLinks, invitations: overview.invitations, autoJoin: overview.domainAutoJoin.on, github: overview.github?.autoJoin }).toEqual({
      links: [],
      invitations: [],
      autoJoin: false,
      github: false,
    });
    // Tokens and join requests have their own buttons: untouched.
    expect(overview.tokens).toHaveLength(2);
    expect(overview.joinRequests).toHaveLength(1);
  });
});

describe("tokenFlags", () => {
  const now = Date.parse("2026-12-01T12:00:00Z");
  const at = (daysAgo: number) => new Date(now - daysAgo * day);
  it.each([
    ["used yesterday, expiring", { createdAt: at(300), lastUsedAt: at(1), expiresAt: at(-10) }, true, []],
    ["used 91 days ago", { createdAt: at(300), lastUsedAt: at(91), expiresAt: at(-10) }, true, ["unused"]],
    ["never used, 89 days old", { createdAt: at(89), lastUsedAt: null, expiresAt: at(-10) }, true, []],
    ["never used, 91 days old, no expiry", { createdAt: at(91), lastUsedAt: null, expiresAt: null }, true, ["unused", "no-expiry"]],
    ["holder suspended or gone", { createdAt: at(1), lastUsedAt: null, expiresAt: at(-1) }, false, ["holder-gone"]],
  ] as const)("%s", (_, token, holderActive, expected) => {
    expect(tokenFlags(token, holderActive, now)).toEqual(expected);
  });
});
