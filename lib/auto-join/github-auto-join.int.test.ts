import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { removeMember } from "@/lib/members/remove-member";
import { addMember, byUser, eventsOf, expectAppError, expectRefused, makeUser, makeWorkspace, roleOf, unique, withNewEvents, type TestUser } from "@/lib/testing/factories";
import { signInWithGitHub } from "@/lib/testing/invitations";
import { startLocalGitHub } from "@/lib/testing/local-github-api";
import { createWorkspaceFromGithub } from "@/lib/workspaces/create-workspace-from-github";
import { getAutoJoinSettings } from "./get-auto-join-settings";
import { githubClient } from "./github-client";
import { joinWorkspace } from "./join-workspace";
import { listGithubAdminOrganizations } from "./list-github-admin-organizations";
import { listJoinSuggestions } from "./list-join-suggestions";
import { setAutoJoin } from "./set-auto-join";

// A local server speaking GitHub's REST API (GITHUB_API_URL), asked by Roster's own client: nothing of Roster is faked.
const github = await startLocalGitHub();
process.env.GITHUB_API_URL = github.url;
afterAll(async () => {
  await github.close();
  await closeDb();
});

/** The user signed in with GitHub, with these memberships on the local GitHub. */
async function onGitHub(user: TestUser, memberships: Record<string, "admin" | "member">) {
  const token = await signInWithGitHub(user);
  github.setMembership(token, "unrelated-org", { role: "member", state: "active" });
  for (const [org, role] of Object.entries(memberships)) github.setMembership(token, org, { role, state: "active" });
  return token;
}

/** A shared workspace with a manager and a member; a fresh organization name (mixed case, as GitHub shows it). */
async function team() {
  const [owner, manager, member] = await Promise.all([makeUser("Owner"), makeUser("Manager"), makeUser("Member")]);
  const workspace = await makeWorkspace(owner, "Acme");
  await addMember(workspace.id, manager, "manager");
  await addMember(workspace.id, member, "member");
  return { workspace, slug: workspace.slug, owner, manager, member, org: `Acme-Org-${unique()}` };
}

const slugsOf = async (user: TestUser) => (await listJoinSuggestions(user.caller, githubClient)).map((s) => s.slug);

describe("linking a GitHub organization requires being its admin on GitHub", () => {
  it("a manager who administers the organization links it (linked_by, checked_at, one auto_join.github_linked event); its members are suggested the workspace and join", async () => {
    const t = await team();
    await onGitHub(t.manager, { [t.org]: "admin" });
    const { events } = await withNewEvents(t.workspace.id, () => setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient));
    const org = t.org.toLowerCase();
    expect(events).toEqual([expect.objectContaining({ ...byUser(t.manager), action: "auto_join.github_linked", metadata: { kind: "github", githubOrganization: org } })]);
    const [row] = await (await getDb()).select().from(workspaces).where(eq(workspaces.id, t.workspace.id));
    expect(row).toMatchObject({ githubOrganization: org, githubAutoJoin: true, githubOrganizationLinkedBy: t.manager.id, githubOrganizationPausedAt: null });
    expect(Date.now() - row.githubOrganizationCheckedAt!.getTime()).toBeLessThan(60_000);
    expect(await getAutoJoinSettings(t.owner.caller, t.slug)).toMatchObject({ githubOrganization: org, githubAutoJoin: true, githubLink: { linkedBy: "Manager", paused: false } });
    expect(github.calls.some((c) => c.startsWith(`/user/memberships/orgs/${org} `) || c.startsWith(`/user/memberships/orgs/${t.org} `))).toBe(true);

    const dev = await makeUser("Dev");
    await onGitHub(dev, { [t.org]: "member" });
    expect(await slugsOf(dev)).toEqual([t.slug]);
    const joined = await withNewEvents(t.workspace.id, () => joinWorkspace(dev.caller, t.slug, githubClient));
    expect(joined.result).toEqual({ slug: t.slug, alreadyMember: false });
    expect(joined.events).toEqual([expect.objectContaining({ ...byUser(dev), action: "auto_join.joined", metadata: { via: "github", githubOrganization: org } })]);
    expect(await roleOf(t.workspace.id, dev.id)).toBe("member");
  });

  it("refused, nothing written: a plain member of the organization, someone outside it, a pending admin, someone never signed in with GitHub, no GitHub set up (VALIDATION); members of the workspace FORBIDDEN", async () => {
    const t = await team();
    const token = await onGitHub(t.owner, { [`${t.org}-other`]: "admin" });
    github.setMembership(token, `${t.org}-plain`, { role: "member", state: "active" });
    github.setMembership(token, `${t.org}-pending`, { role: "admin", state: "pending" });
    for (const org of [`${t.org}-plain`, t.org, `${t.org}-pending`]) {
      const error = await expectRefused(t.workspace.id, () => setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true, githubOrganization: org }, githubClient), "VALIDATION");
      expect(error.message).toBe(`You are not an admin of ${org.toLowerCase()} on GitHub: only its admins can link it.`);
    }
    const noGitHub = await expectRefused(t.workspace.id, () => setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient), "VALIDATION");
    expect(noGitHub.message).toMatch(/^Sign in with GitHub to link an organization/);
    await expectRefused(t.workspace.id, () => setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true, githubOrganization: `${t.org}-other` }), "VALIDATION");
    await onGitHub(t.member, { [t.org]: "admin" });
    await expectRefused(t.workspace.id, () => setAutoJoin(t.member.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient), "FORBIDDEN");
    // GitHub down: a clear 503, nothing written.
    github.failing = true;
    try {
      await expectRefused(t.workspace.id, () => setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true, githubOrganization: `${t.org}-other` }, githubClient), "UNAVAILABLE");
    } finally {
      github.failing = false;
    }
  });

  it("turning off keeps the link; turning it back on needs no new proof while the link stands", async () => {
    const t = await team();
    await onGitHub(t.owner, { [t.org]: "admin" });
    await setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient);
    const dev = await makeUser("Dev");
    await onGitHub(dev, { [t.org]: "member" });
    const off = await withNewEvents(t.workspace.id, () => setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: false }));
    expect(off.events).toEqual([expect.objectContaining({ action: "auto_join.disabled", metadata: { kind: "github", githubOrganization: t.org.toLowerCase() } })]);
    expect(await slugsOf(dev)).toEqual([]);
    // The manager never signed in with GitHub: the standing link is turned on again without asking GitHub.
    const on = await withNewEvents(t.workspace.id, () => setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: true }));
    expect(on.events).toEqual([expect.objectContaining({ action: "auto_join.enabled", metadata: { kind: "github", githubOrganization: t.org.toLowerCase() } })]);
    expect(await slugsOf(dev)).toEqual([t.slug]);
  });
});

describe("a link whose linker is gone pauses", () => {
  it("the linker leaving pauses it (auto_join.github_paused): no suggestion, no join; another admin links it again to resume", async () => {
    const t = await team();
    await onGitHub(t.manager, { [t.org]: "admin" });
    await setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient);
    const dev = await makeUser("Dev");
    await onGitHub(dev, { [t.org]: "member" });
    expect(await slugsOf(dev)).toEqual([t.slug]);

    const { events } = await withNewEvents(t.workspace.id, () => leaveWorkspace(t.manager.caller, t.slug));
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({ ...byUser(t.manager), action: "auto_join.github_paused", metadata: { githubOrganization: t.org.toLowerCase(), reason: "member.left" } }),
    ]));
    expect((await getAutoJoinSettings(t.owner.caller, t.slug)).githubLink).toMatchObject({ paused: true, linkedBy: "Manager" });
    expect(await slugsOf(dev)).toEqual([]);
    await expectRefused(t.workspace.id, () => joinWorkspace(dev.caller, t.slug, githubClient), "NOT_FOUND");
    // Turning it on again without a proof is not enough.
    await expectRefused(t.workspace.id, () => setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true }, githubClient), "VALIDATION");

    await onGitHub(t.owner, { [t.org]: "admin" });
    await setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true }, githubClient);
    expect((await getAutoJoinSettings(t.owner.caller, t.slug)).githubLink).toMatchObject({ paused: false, linkedBy: "Owner" });
    expect(await slugsOf(dev)).toEqual([t.slug]);
  });

  it("the linker removed pauses it too; someone else leaving does not", async () => {
    const t = await team();
    await onGitHub(t.manager, { [t.org]: "admin" });
    await setAutoJoin(t.manager.caller, t.slug, { kind: "github", enabled: true, githubOrganization: t.org }, githubClient);
    await leaveWorkspace(t.member.caller, t.slug);
    expect((await getAutoJoinSettings(t.owner.caller, t.slug)).githubLink?.paused).toBe(false);
    await removeMember(t.owner.caller, t.slug, { userId: t.manager.id });
    const paused = (await eventsOf(t.workspace.id)).filter((e) => e.action === "auto_join.github_paused");
    expect(paused).toEqual([expect.objectContaining({ ...byUser(t.owner), metadata: { githubOrganization: t.org.toLowerCase(), reason: "member.removed" } })]);
    expect((await getAutoJoinSettings(t.owner.caller, t.slug)).githubLink?.paused).toBe(true);
  });

  it("a link made before proof (no linker) counts as paused: no suggestion until an admin links it", async () => {
    const t = await team();
    const org = t.org.toLowerCase();
    await (await getDb()).update(workspaces).set({ githubOrganization: org, githubAutoJoin: true }).where(eq(workspaces.id, t.workspace.id));
    const dev = await makeUser("Dev");
    await onGitHub(dev, { [t.org]: "member" });
    expect(await slugsOf(dev)).toEqual([]);
    expect((await getAutoJoinSettings(t.owner.caller, t.slug)).githubLink).toEqual({ linkedBy: null, checkedAt: null, paused: true });
    await onGitHub(t.owner, { [t.org]: "admin" });
    await setAutoJoin(t.owner.caller, t.slug, { kind: "github", enabled: true }, githubClient);
    expect(await slugsOf(dev)).toEqual([t.slug]);
  });
});

describe("creating a workspace from a GitHub organization (/new)", () => {
  it("lists the organizations the person administers; creates the workspace already linked (workspace.created, auto_join.github_linked); members of the organization join", async () => {
    const person = await makeUser("Founder");
    const org = `Founders-${unique()}`;
    const token = await onGitHub(person, { [org]: "admin", [`${org}-b`]: "member" });
    github.setMembership(token, `${org}-pending`, { role: "admin", state: "pending" });
    expect(await listGithubAdminOrganizations(person.caller, githubClient)).toEqual({ organizations: [org.toLowerCase()] });
    expect(await listGithubAdminOrganizations((await makeUser("No GitHub")).caller, githubClient)).toBeNull();
    expect(await listGithubAdminOrganizations(person.caller, undefined)).toBeNull();

    const slug = `gh-${unique()}`;
    const workspace = await createWorkspaceFromGithub(person.caller, { githubOrganization: org, displayName: org, slug, region: "local" }, githubClient);
    expect(workspace).toMatchObject({ slug, githubOrganization: org.toLowerCase(), githubAutoJoin: true, githubOrganizationLinkedBy: person.id });
    expect((await eventsOf(workspace.id)).map((e) => e.action)).toEqual(["workspace.created", "auto_join.github_linked"]);
    const dev = await makeUser("Dev");
    await onGitHub(dev, { [org]: "member" });
    expect(await slugsOf(dev)).toEqual([slug]);
  });

  it("refused, nothing created: an organization they do not administer, no GitHub sign-in, a workspace token; GitHub down leaves /new a clear message", async () => {
    const person = await makeUser("Founder");
    const org = `Founders-${unique()}`;
    await onGitHub(person, { [org]: "member" });
    const slug = `gh-${unique()}`;
    const input = { githubOrganization: org, displayName: org, slug, region: "local" };
    await expectAppError(createWorkspaceFromGithub(person.caller, input, githubClient), "VALIDATION");
    await expectAppError(createWorkspaceFromGithub((await makeUser("Email")).caller, input, githubClient), "VALIDATION");
    await expectAppError(createWorkspaceFromGithub({ ...person.caller, workspaceId: crypto.randomUUID(), kind: "token", tokenId: crypto.randomUUID() }, input, githubClient), "FORBIDDEN");
    await expectAppError(createWorkspaceFromGithub(person.caller, { ...input, githubOrganization: "-bad-" }, githubClient), "VALIDATION");
    expect(await (await getDb()).select().from(workspaces).where(eq(workspaces.slug, slug))).toEqual([]);
    github.failing = true;
    try {
      expect(await listGithubAdminOrganizations(person.caller, githubClient)).toEqual({ problem: "GitHub answered 502. Nothing changed: try again in a minute." });
    } finally {
      github.failing = false;
    }
  });
});
