import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import {
  byUser,
  eventsOf,
  expectAppError,
  expectRefused,
  makeUser,
  makeWorkspace,
  roleOf,
  unique,
  uniqueDomain,
  withNewEvents,
  addMember,
  type TestUser,
} from "@/lib/testing/factories";
import { personalWorkspaceOf } from "@/lib/testing/invitations";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";
import { getAutoJoinSettings } from "./get-auto-join-settings";
import { joinWorkspace } from "./join-workspace";
import { listJoinSuggestions } from "./list-join-suggestions";
import { removeWorkspaceDomain } from "@/lib/domains/remove-workspace-domain";
import { setAutoJoin } from "./set-auto-join";

afterAll(() => closeDb());

/** A shared workspace whose owner and manager have verified addresses at a fresh company domain; a member and a viewer too. */
async function company(name = "Acme") {
  const domain = uniqueDomain(name.toLowerCase());
  const [owner, manager, member, viewer] = await Promise.all([
    makeUser("Owner", { domain }),
    makeUser("Manager", { domain }),
    makeUser("Member", { domain }),
    makeUser("Viewer", { domain }),
  ]);
  const workspace = await makeWorkspace(owner, name);
  await addMember(workspace.id, manager, "manager");
  await addMember(workspace.id, member, "member");
  await addMember(workspace.id, viewer, "viewer");
  return { domain, workspace, slug: workspace.slug, owner, manager, member, viewer };
}

/** The company with its domain added and domain auto-join switched on. */
async function domainAutoJoin(name = "Acme") {
  const c = await company(name);
  await addWorkspaceDomain(c.owner.caller, c.slug, { domain: c.domain });
  await setAutoJoin(c.owner.caller, c.slug, { kind: "domain", enabled: true });
  return c;
}

const slugsOf = async (user: TestUser, github?: Parameters<typeof listJoinSuggestions>[1]) =>
  (await listJoinSuggestions(user.caller, github)).map((s) => s.slug);

describe("addWorkspaceDomain", () => {
  it("the owner adds the domain of their own verified address (any case): one auto_join.domain_added event; again is a no-op", async () => {
    const c = await company();
    const { result, events } = await withNewEvents(c.workspace.id, () => addWorkspaceDomain(c.owner.caller, c.slug, { domain: ` ${c.domain.toUpperCase()} ` }));
    expect(result).toEqual({ domain: c.domain, added: true });
    expect(events).toEqual([
      expect.objectContaining({ ...byUser(c.owner), action: "auto_join.domain_added", targetType: "domain", targetLabel: c.domain }),
    ]);
    const again = await withNewEvents(c.workspace.id, () => addWorkspaceDomain(c.manager.caller, c.slug, { domain: c.domain }));
    expect(again.result).toEqual({ domain: c.domain, added: false });
    expect(again.events).toEqual([]);
    expect((await getAutoJoinSettings(c.owner.caller, c.slug)).domains).toEqual([c.domain]);
  });

  it("a manager adds their own domain", async () => {
    const c = await company();
    expect(await addWorkspaceDomain(c.manager.caller, c.slug, { domain: c.domain })).toEqual({ domain: c.domain, added: true });
  });

  it("a domain that is not the caller's own verified domain is VALIDATION, nothing written", async () => {
    const c = await company();
    for (const domain of [uniqueDomain("other"), `eu.${c.domain}`, c.domain.replace(/\.io$/, ".com")]) {
      const error = await expectRefused(c.workspace.id, () => addWorkspaceDomain(c.owner.caller, c.slug, { domain }), "VALIDATION");
      expect(error.fieldErrors?.domain).toBeDefined();
    }
    // Their own domain, but the address is not verified.
    const unverified = await makeUser("Unverified", { domain: c.domain, verified: false });
    await addMember(c.workspace.id, unverified, "manager");
    await expectRefused(c.workspace.id, () => addWorkspaceDomain(unverified.caller, c.slug, { domain: c.domain }), "VALIDATION");
  });

  it("public mail domains are VALIDATION even for someone whose address is there", async () => {
    const gmailUser = await makeUser("Gmail", { email: `gm${unique()}@gmail.com` });
    const workspace = await makeWorkspace(gmailUser);
    for (const domain of ["gmail.com", "GMAIL.COM", "outlook.com", "example.com"]) {
      await expectRefused(workspace.id, () => addWorkspaceDomain(gmailUser.caller, workspace.slug, { domain }), "VALIDATION");
    }
  });

  it("malformed domains are VALIDATION; members and viewers FORBIDDEN; outsiders NOT_FOUND; a personal workspace FORBIDDEN", async () => {
    const c = await company();
    for (const domain of ["", "acme", "@acme.com", "acme..com", "https://acme.com", 42]) {
      await expectRefused(c.workspace.id, () => addWorkspaceDomain(c.owner.caller, c.slug, { domain }), "VALIDATION");
    }
    await expectRefused(c.workspace.id, () => addWorkspaceDomain(c.member.caller, c.slug, { domain: c.domain }), "FORBIDDEN");
    await expectRefused(c.workspace.id, () => addWorkspaceDomain(c.viewer.caller, c.slug, { domain: c.domain }), "FORBIDDEN");
    const outsider = await makeUser("Outsider", { domain: c.domain });
    await expectRefused(c.workspace.id, () => addWorkspaceDomain(outsider.caller, c.slug, { domain: c.domain }), "NOT_FOUND");
    const personal = await personalWorkspaceOf(c.owner);
    await expectRefused(personal.id, () => addWorkspaceDomain(c.owner.caller, personal.slug, { domain: c.domain }), "FORBIDDEN");
  });
});

describe("removeWorkspaceDomain", () => {
  it("removes the domain (one auto_join.domain_removed event) and its suggestions; unknown is NOT_FOUND; members FORBIDDEN", async () => {
    const c = await domainAutoJoin();
    const colleague = await makeUser("Colleague", { domain: c.domain });
    expect(await slugsOf(colleague)).toEqual([c.slug]);
    await expectRefused(c.workspace.id, () => removeWorkspaceDomain(c.member.caller, c.slug, { domain: c.domain }), "FORBIDDEN");
    const { events } = await withNewEvents(c.workspace.id, () => removeWorkspaceDomain(c.manager.caller, c.slug, { domain: c.domain }));
    expect(events).toEqual([expect.objectContaining({ ...byUser(c.manager), action: "auto_join.domain_removed", targetLabel: c.domain })]);
    expect(await slugsOf(colleague)).toEqual([]);
    await expectRefused(c.workspace.id, () => joinWorkspace(colleague.caller, c.slug), "NOT_FOUND");
    await expectRefused(c.workspace.id, () => removeWorkspaceDomain(c.owner.caller, c.slug, { domain: c.domain }), "NOT_FOUND");
  });
});

describe("setAutoJoin", () => {
  it("turns domain auto-join on and off with auto_join.enabled / auto_join.disabled events", async () => {
    const c = await company();
    const on = await withNewEvents(c.workspace.id, () => setAutoJoin(c.manager.caller, c.slug, { kind: "domain", enabled: true }));
    expect(on.result).toEqual({ kind: "domain", enabled: true, mode: "join" });
    expect(on.events).toEqual([
      expect.objectContaining({ ...byUser(c.manager), action: "auto_join.enabled", targetType: "workspace", targetId: c.workspace.id, metadata: { kind: "domain", mode: "join" } }),
    ]);
    expect((await getAutoJoinSettings(c.owner.caller, c.slug)).domainAutoJoin).toBe(true);
    const off = await withNewEvents(c.workspace.id, () => setAutoJoin(c.owner.caller, c.slug, { kind: "domain", enabled: false }));
    expect(off.events).toEqual([expect.objectContaining({ action: "auto_join.disabled", metadata: { kind: "domain", mode: "join" } })]);
    expect((await getAutoJoinSettings(c.owner.caller, c.slug)).domainAutoJoin).toBe(false);
  });

  it("refusals write nothing: members/viewers FORBIDDEN, outsiders NOT_FOUND, personal FORBIDDEN, bad input and GitHub without an organization VALIDATION", async () => {
    const c = await company();
    await expectRefused(c.workspace.id, () => setAutoJoin(c.member.caller, c.slug, { kind: "domain", enabled: true }), "FORBIDDEN");
    await expectRefused(c.workspace.id, () => setAutoJoin(c.viewer.caller, c.slug, { kind: "github", enabled: true, githubOrganization: "acme" }), "FORBIDDEN");
    const outsider = await makeUser("Outsider");
    await expectRefused(c.workspace.id, () => setAutoJoin(outsider.caller, c.slug, { kind: "domain", enabled: true }), "NOT_FOUND");
    for (const input of [{}, { kind: "email", enabled: true }, { kind: "domain", enabled: "yes" }, { kind: "github", enabled: true, githubOrganization: "-bad-" }]) {
      await expectRefused(c.workspace.id, () => setAutoJoin(c.owner.caller, c.slug, input), "VALIDATION");
    }
    await expectRefused(c.workspace.id, () => setAutoJoin(c.owner.caller, c.slug, { kind: "github", enabled: true }), "VALIDATION");
    const personal = await personalWorkspaceOf(c.owner);
    await expectRefused(personal.id, () => setAutoJoin(c.owner.caller, personal.slug, { kind: "domain", enabled: true }), "FORBIDDEN");
  });
});

describe("domain auto-join: suggestions and joining", () => {
  it("a verified colleague on the domain is suggested the workspace only while auto-join is on, and not once a member", async () => {
    const c = await company("Initech");
    await addWorkspaceDomain(c.owner.caller, c.slug, { domain: c.domain });
    const colleague = await makeUser("Colleague", { domain: c.domain });
    expect(await listJoinSuggestions(colleague.caller)).toEqual([]);
    await setAutoJoin(c.owner.caller, c.slug, { kind: "domain", enabled: true });
    expect(await listJoinSuggestions(colleague.caller)).toEqual([{ slug: c.slug, displayName: "Initech", reason: "domain", via: c.domain, mode: "join" }]);
    // Members are never suggested their own workspace.
    expect(await listJoinSuggestions(c.member.caller)).toEqual([]);
    await setAutoJoin(c.manager.caller, c.slug, { kind: "domain", enabled: false });
    expect(await listJoinSuggestions(colleague.caller)).toEqual([]);
  });

  it("no suggestion for an unverified address on the domain, another domain, or a subdomain", async () => {
    const c = await domainAutoJoin();
    for (const user of [
      await makeUser("Unverified", { domain: c.domain, verified: false }),
      await makeUser("Elsewhere", { domain: uniqueDomain("else") }),
      await makeUser("Sub", { domain: `eu.${c.domain}` }),
    ]) {
      expect(await listJoinSuggestions(user.caller)).toEqual([]);
      await expectRefused(c.workspace.id, () => joinWorkspace(user.caller, c.slug), "NOT_FOUND");
    }
  });

  it("joinWorkspace joins as member with one auto_join.joined event; a second call is alreadyMember; the suggestion goes away", async () => {
    const c = await domainAutoJoin();
    const colleague = await makeUser("Colleague", { domain: c.domain });
    const { result, events } = await withNewEvents(c.workspace.id, () => joinWorkspace(colleague.caller, c.slug));
    expect(result).toEqual({ slug: c.slug, alreadyMember: false });
    expect(await roleOf(c.workspace.id, colleague.id)).toBe("member");
    expect(events).toEqual([
      expect.objectContaining({
        ...byUser(colleague),
        action: "auto_join.joined",
        targetType: "user",
        targetId: colleague.id,
        metadata: { via: "domain", domain: c.domain },
      }),
    ]);
    expect(await listJoinSuggestions(colleague.caller)).toEqual([]);
    const again = await withNewEvents(c.workspace.id, () => joinWorkspace(colleague.caller, c.slug));
    expect(again.result).toEqual({ slug: c.slug, alreadyMember: true });
    expect(again.events).toEqual([]);
  });

  it("NOT_FOUND when auto-join is off, the slug is unknown, malformed or a personal workspace; an API token cannot join", async () => {
    const c = await company();
    await addWorkspaceDomain(c.owner.caller, c.slug, { domain: c.domain });
    const colleague = await makeUser("Colleague", { domain: c.domain });
    await expectRefused(c.workspace.id, () => joinWorkspace(colleague.caller, c.slug), "NOT_FOUND");
    await setAutoJoin(c.owner.caller, c.slug, { kind: "domain", enabled: true });
    await expectAppError(joinWorkspace(colleague.caller, `${c.slug}-nope`), "NOT_FOUND");
    await expectAppError(joinWorkspace(colleague.caller, undefined), "NOT_FOUND");
    await expectAppError(joinWorkspace(colleague.caller, 42), "NOT_FOUND");
    const personal = await personalWorkspaceOf(c.owner);
    await expectRefused(personal.id, () => joinWorkspace(colleague.caller, personal.slug), "NOT_FOUND");
    const tokenCaller: Caller = { ...colleague.caller, kind: "token", tokenId: crypto.randomUUID() };
    await expectRefused(c.workspace.id, () => joinWorkspace(tokenCaller, c.slug), "FORBIDDEN");
    await setAutoJoin(c.owner.caller, c.slug, { kind: "domain", enabled: false });
    await expectRefused(c.workspace.id, () => joinWorkspace(colleague.caller, c.slug), "NOT_FOUND");
  });

  it("concurrent joins by the same person: one membership, one auto_join.joined event", async () => {
    const c = await domainAutoJoin();
    const colleague = await makeUser("Eager", { domain: c.domain });
    const results = await Promise.all(Array.from({ length: 6 }, () => joinWorkspace(colleague.caller, c.slug)));
    expect(results.filter((r) => !r.alreadyMember)).toHaveLength(1);
    expect(await roleOf(c.workspace.id, colleague.id)).toBe("member");
    expect((await eventsOf(c.workspace.id)).filter((e) => e.action === "auto_join.joined")).toHaveLength(1);
  });

  it("an existing member calling joinWorkspace is alreadyMember: role untouched, nothing written", async () => {
    const c = await domainAutoJoin();
    for (const member of [c.manager, c.viewer]) {
      const role = await roleOf(c.workspace.id, member.id);
      const { result, events } = await withNewEvents(c.workspace.id, () => joinWorkspace(member.caller, c.slug));
      expect(result).toEqual({ slug: c.slug, alreadyMember: true });
      expect(events).toEqual([]);
      expect(await roleOf(c.workspace.id, member.id)).toBe(role);
    }
  });
});
