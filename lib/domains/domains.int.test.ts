import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { getAutoJoinSettings } from "@/lib/auto-join/get-auto-join-settings";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { addMember, byUser, eventsOf, expectAppError, expectRefused, makeTeam, makeUser, makeWorkspace, uniqueDomain, withNewEvents } from "@/lib/testing/factories";
import { mailTo, personalWorkspaceOf } from "@/lib/testing/invitations";
import { startLocalDns } from "@/lib/testing/local-dns-server";
import { addDnsDomain } from "./add-dns-domain";
import { addWorkspaceDomain } from "./add-workspace-domain";
import { checkDomain } from "./check-domain";
import { findVerifiedDomain } from "./find-verified-domain";
import { listDomains } from "./list-domains";
import { recheckVerifiedDomains } from "./recheck-verified-domains";
import { removeWorkspaceDomain } from "./remove-workspace-domain";

// A real DNS server in this process; lookups reach it through DNS_SERVERS, as a deployment's would reach its resolver.
const dns = await startLocalDns();
process.env.DNS_SERVERS = dns.server;
afterAll(async () => {
  await dns.close();
  await closeDb();
});

const recordOf = (domain: string) => `_roster-verification.${domain}`;

async function teamWithDomain() {
  const team = await makeTeam();
  const domain = uniqueDomain();
  const { record } = await addDnsDomain(team.owner.caller, team.slug, { domain });
  return { ...team, domain, record };
}

/** Test setup: the domain's last check moved back in time (as if a day had passed). */
async function ageCheck(domain: string, days = 2) {
  const db = await getDb();
  await db.update(workspaceDomains).set({ lastCheckedAt: new Date(Date.now() - days * 86_400_000) }).where(eq(workspaceDomains.domain, domain));
}

async function rowOf(workspaceId: string, domain: string) {
  const db = await getDb();
  const [row] = await db.select().from(workspaceDomains).where(and(eq(workspaceDomains.workspaceId, workspaceId), eq(workspaceDomains.domain, domain)));
  return row;
}

describe("addDnsDomain", () => {
  it("adds a pending domain and returns the exact TXT record (one event); again returns the same record", async () => {
    const team = await makeTeam();
    const domain = uniqueDomain();
    const { result, events } = await withNewEvents(team.workspace.id, () => addDnsDomain(team.manager.caller, team.slug, { domain: ` ${domain.toUpperCase()} ` }));
    expect(result).toEqual({ domain, added: true, record: { type: "TXT", name: recordOf(domain), value: expect.stringMatching(/^roster-verification=[A-Za-z0-9_-]{24}$/) } });
    expect(events).toEqual([expect.objectContaining({ ...byUser(team.manager), action: "auto_join.domain_added", targetLabel: domain, metadata: { method: "dns" } })]);
    const again = await withNewEvents(team.workspace.id, () => addDnsDomain(team.owner.caller, team.slug, { domain }));
    expect(again.result).toEqual({ ...result, added: false });
    expect(again.events).toEqual([]);
    expect(await listDomains(team.owner.caller, team.slug)).toEqual([
      { domain, method: "dns", verified: false, record: result.record, verifiedAt: null, lastCheckedAt: null },
    ]);
    // Pending is not verified: auto-join does not offer it.
    expect((await getAutoJoinSettings(team.owner.caller, team.slug)).domains).toEqual([]);
  });

  it("refusals write nothing: public mail domains and bad input VALIDATION, members and viewers FORBIDDEN, outsiders NOT_FOUND, personal FORBIDDEN", async () => {
    const team = await makeTeam();
    for (const domain of ["gmail.com", "Outlook.com", "example.com"]) {
      const error = await expectRefused(team.workspace.id, () => addDnsDomain(team.owner.caller, team.slug, { domain }), "VALIDATION");
      expect(error.fieldErrors?.domain).toEqual(["Public mail domains are not allowed."]);
    }
    for (const domain of ["", "acme", "https://acme.com", 7]) await expectRefused(team.workspace.id, () => addDnsDomain(team.owner.caller, team.slug, { domain }), "VALIDATION");
    const domain = uniqueDomain();
    await expectRefused(team.workspace.id, () => addDnsDomain(team.member.caller, team.slug, { domain }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => addDnsDomain(team.viewer.caller, team.slug, { domain }), "FORBIDDEN");
    await expectRefused(team.workspace.id, () => addDnsDomain(team.outsider.caller, team.slug, { domain }), "NOT_FOUND");
    const personal = await personalWorkspaceOf(team.owner);
    await expectRefused(personal.id, () => addDnsDomain(team.owner.caller, personal.slug, { domain }), "FORBIDDEN");
  });
});

describe("checkDomain (Check now)", () => {
  it("pending until the record holds the token; then verified (domain.verified) and found for single sign-on; the record gone: unverified, an event and an email to each owner", async () => {
    const c = await teamWithDomain();
    const secondOwner = await makeUser("Second owner");
    await addMember(c.workspace.id, secondOwner, "owner");
    expect(await checkDomain(c.owner.caller, c.slug, { domain: c.domain })).toEqual({ domain: c.domain, verified: false, lost: false, found: [] });
    dns.setTxt(c.record.name, ["v=spf1 -all"]);
    expect(await checkDomain(c.owner.caller, c.slug, { domain: c.domain })).toEqual({ domain: c.domain, verified: false, lost: false, found: ["v=spf1 -all"] });
    expect(await findVerifiedDomain(c.domain)).toBeNull();

    dns.setTxt(c.record.name, ["v=spf1 -all", c.record.value]);
    const verified = await withNewEvents(c.workspace.id, () => checkDomain(c.manager.caller, c.slug, { domain: c.domain }));
    expect(verified.result).toMatchObject({ verified: true, lost: false });
    expect(verified.events).toEqual([expect.objectContaining({ ...byUser(c.manager), action: "domain.verified", targetLabel: c.domain, metadata: { method: "dns" } })]);
    expect(await findVerifiedDomain(c.domain.toUpperCase())).toEqual({ workspaceId: c.workspace.id, domain: c.domain });
    expect((await listDomains(c.owner.caller, c.slug))[0]).toMatchObject({ method: "dns", verified: true, verifiedAt: expect.any(Date), lastCheckedAt: expect.any(Date) });
    // Checking again while it holds adds no event.
    expect((await withNewEvents(c.workspace.id, () => checkDomain(c.owner.caller, c.slug, { domain: c.domain }))).events).toEqual([]);

    dns.setTxt(c.record.name, []);
    const lost = await withNewEvents(c.workspace.id, () => checkDomain(c.owner.caller, c.slug, { domain: c.domain }));
    expect(lost.result).toEqual({ domain: c.domain, verified: false, lost: true, found: [] });
    expect(lost.events).toEqual([
      expect.objectContaining({ ...byUser(c.owner), action: "domain.unverified", targetLabel: c.domain, metadata: { reason: "record-missing", record: c.record.name } }),
    ]);
    expect(await findVerifiedDomain(c.domain)).toBeNull();
    for (const owner of [c.owner, secondOwner]) {
      const mails = await mailTo(owner.email);
      expect(mails.at(-1)?.subject).toBe(`${c.domain} is no longer verified for Acme`);
      expect(mails.at(-1)?.text).toContain(c.record.name);
    }
    expect(await mailTo(c.manager.email)).toEqual([]);
    // The record back: verified again.
    dns.setTxt(c.record.name, [c.record.value]);
    expect(await checkDomain(c.owner.caller, c.slug, { domain: c.domain })).toMatchObject({ verified: true });
  });

  it("DNS not answering is UNAVAILABLE and changes nothing; members and viewers FORBIDDEN; unknown domains NOT_FOUND", async () => {
    const c = await teamWithDomain();
    dns.setFailing(c.record.name, true);
    const error = await expectRefused(c.workspace.id, () => checkDomain(c.owner.caller, c.slug, { domain: c.domain }), "UNAVAILABLE");
    expect(error.message).toContain(c.record.name);
    dns.setFailing(c.record.name, false);
    dns.setTxt(c.record.name, [c.record.value]);
    await expectRefused(c.workspace.id, () => checkDomain(c.member.caller, c.slug, { domain: c.domain }), "FORBIDDEN");
    await expectRefused(c.workspace.id, () => checkDomain(c.viewer.caller, c.slug, { domain: c.domain }), "FORBIDDEN");
    await expectRefused(c.workspace.id, () => checkDomain(c.outsider.caller, c.slug, { domain: c.domain }), "NOT_FOUND");
    await expectRefused(c.workspace.id, () => checkDomain(c.owner.caller, c.slug, { domain: uniqueDomain() }), "NOT_FOUND");
    await expectRefused(c.workspace.id, () => listDomains(c.member.caller, c.slug), "FORBIDDEN");
    await expectRefused(c.workspace.id, () => listDomains(c.viewer.caller, c.slug), "FORBIDDEN");
  });

  it("one domain is a verified DNS domain of one workspace: another workspace cannot add or verify it (CONFLICT), even with its own record published", async () => {
    const c = await teamWithDomain();
    const rival = await makeUser("Rival");
    const rivalWorkspace = await makeWorkspace(rival, "Rival");
    const rivalRecord = (await addDnsDomain(rival.caller, rivalWorkspace.slug, { domain: c.domain })).record;
    dns.setTxt(c.record.name, [c.record.value, rivalRecord.value]);
    await checkDomain(c.owner.caller, c.slug, { domain: c.domain });
    const error = await expectRefused(rivalWorkspace.id, () => checkDomain(rival.caller, rivalWorkspace.slug, { domain: c.domain }), "CONFLICT");
    expect(error.message).toBe(`${c.domain} is already verified by another workspace.`);
    const late = await makeWorkspace(rival, "Late");
    await expectRefused(late.id, () => addDnsDomain(rival.caller, late.slug, { domain: c.domain }), "CONFLICT");
    expect(await findVerifiedDomain(c.domain)).toEqual({ workspaceId: c.workspace.id, domain: c.domain });
  });
});

describe("re-checks: daily and on use", () => {
  it("findVerifiedDomain re-checks a domain last checked over a day ago: gone is null (and unverified, by the system); DNS not answering keeps it", async () => {
    const c = await teamWithDomain();
    dns.setTxt(c.record.name, [c.record.value]);
    await checkDomain(c.owner.caller, c.slug, { domain: c.domain });
    dns.setTxt(c.record.name, []);
    // Checked less than a day ago: no DNS query, still verified.
    expect(await findVerifiedDomain(c.domain)).toEqual({ workspaceId: c.workspace.id, domain: c.domain });
    await ageCheck(c.domain);
    dns.setFailing(c.record.name, true);
    expect(await findVerifiedDomain(c.domain)).toEqual({ workspaceId: c.workspace.id, domain: c.domain });
    dns.setFailing(c.record.name, false);
    const { result, events } = await withNewEvents(c.workspace.id, () => findVerifiedDomain(c.domain));
    expect(result).toBeNull();
    expect(events).toEqual([expect.objectContaining({ actorType: "system", actorId: null, action: "domain.unverified", targetLabel: c.domain })]);
    expect((await rowOf(c.workspace.id, c.domain)).verifiedAt).toBeNull();
  });

  it("recheckVerifiedDomains asks again only verified DNS domains checked over a day ago: the lost one becomes unverified, the fresh one is not asked", async () => {
    const [stale, fresh, kept] = [await teamWithDomain(), await teamWithDomain(), await teamWithDomain()];
    for (const c of [stale, fresh, kept]) {
      dns.setTxt(c.record.name, [c.record.value]);
      await checkDomain(c.owner.caller, c.slug, { domain: c.domain });
    }
    await ageCheck(stale.domain);
    await ageCheck(kept.domain, 3);
    dns.setTxt(stale.record.name, []);
    dns.setTxt(fresh.record.name, []);
    const counts = await recheckVerifiedDomains({ limit: 10_000 });
    expect(counts.lost).toBeGreaterThanOrEqual(1);
    expect((await rowOf(stale.workspace.id, stale.domain)).verifiedAt).toBeNull();
    expect((await rowOf(fresh.workspace.id, fresh.domain)).verifiedAt).not.toBeNull();
    const keptRow = await rowOf(kept.workspace.id, kept.domain);
    expect(keptRow.verifiedAt).not.toBeNull();
    expect(Date.now() - keptRow.lastCheckedAt!.getTime()).toBeLessThan(60_000);
    expect((await eventsOf(stale.workspace.id)).filter((e) => e.action === "domain.unverified")).toHaveLength(1);
    // A second sweep finds nothing more to do for them.
    await recheckVerifiedDomains({ limit: 10_000 });
    expect((await eventsOf(stale.workspace.id)).filter((e) => e.action === "domain.unverified")).toHaveLength(1);
  });
});

describe("the email route (the weaker proof) next to DNS", () => {
  it("an email-proven domain is verified at once (verified_at) for auto-join, never for single sign-on; moving it to DNS keeps the email proof until the record is found", async () => {
    const domain = uniqueDomain();
    const owner = await makeUser("Owner", { domain });
    const workspace = await makeWorkspace(owner, "Mailco");
    await addWorkspaceDomain(owner.caller, workspace.slug, { domain });
    const row = await rowOf(workspace.id, domain);
    expect(row).toMatchObject({ verificationMethod: "email", verificationToken: null, verifiedAt: expect.any(Date) });
    expect(await findVerifiedDomain(domain)).toBeNull();
    await setAutoJoin(owner.caller, workspace.slug, { kind: "domain", enabled: true });
    const colleague = await makeUser("Colleague", { domain });
    expect((await listJoinSuggestions(colleague.caller)).map((s) => s.slug)).toEqual([workspace.slug]);

    const { record, added } = await addDnsDomain(owner.caller, workspace.slug, { domain });
    expect(added).toBe(false);
    expect(await checkDomain(owner.caller, workspace.slug, { domain })).toMatchObject({ verified: false, lost: false });
    expect(await listDomains(owner.caller, workspace.slug)).toEqual([expect.objectContaining({ method: "email", verified: true, record })]);
    expect((await listJoinSuggestions(colleague.caller)).map((s) => s.slug)).toEqual([workspace.slug]);
    dns.setTxt(record.name, [record.value]);
    await checkDomain(owner.caller, workspace.slug, { domain });
    expect(await listDomains(owner.caller, workspace.slug)).toEqual([expect.objectContaining({ method: "dns", verified: true })]);
    expect(await findVerifiedDomain(domain)).toEqual({ workspaceId: workspace.id, domain });
  });

  it("a DNS domain that lost its record stops auto-join; removing a domain (members FORBIDDEN) ends single sign-on through it", async () => {
    const domain = uniqueDomain();
    const owner = await makeUser("Owner", { domain });
    const workspace = await makeWorkspace(owner, "Dnsco");
    const { record } = await addDnsDomain(owner.caller, workspace.slug, { domain });
    await setAutoJoin(owner.caller, workspace.slug, { kind: "domain", enabled: true });
    const colleague = await makeUser("Colleague", { domain });
    expect(await listJoinSuggestions(colleague.caller)).toEqual([]);
    dns.setTxt(record.name, [record.value]);
    await checkDomain(owner.caller, workspace.slug, { domain });
    expect((await listJoinSuggestions(colleague.caller)).map((s) => s.slug)).toEqual([workspace.slug]);
    dns.setTxt(record.name, []);
    await checkDomain(owner.caller, workspace.slug, { domain });
    expect(await listJoinSuggestions(colleague.caller)).toEqual([]);
    dns.setTxt(record.name, [record.value]);
    await checkDomain(owner.caller, workspace.slug, { domain });
    const member = await makeUser("Member");
    await addMember(workspace.id, member, "member");
    await expectRefused(workspace.id, () => removeWorkspaceDomain(member.caller, workspace.slug, { domain }), "FORBIDDEN");
    await removeWorkspaceDomain(owner.caller, workspace.slug, { domain });
    expect(await findVerifiedDomain(domain)).toBeNull();
    await expectAppError(checkDomain(owner.caller, workspace.slug, { domain }), "NOT_FOUND");
  });
});
