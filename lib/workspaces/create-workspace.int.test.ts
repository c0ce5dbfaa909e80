import { afterAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, memberships, workspaces } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { byUser, eventsOf, expectAppError, makeUser, makeWorkspace, rolesOf, uniqueSlug, type TestUser } from "@/lib/testing/factories";
import { createWorkspace } from "./create-workspace";

afterAll(() => closeDb());

/** Everything createWorkspace could write for this user: workspaces they created, their memberships, events they caused. */
async function footprint(user: TestUser) {
  const db = await getDb();
  const [{ created }] = await db.select({ created: count() }).from(workspaces).where(eq(workspaces.createdBy, user.id));
  const [{ member }] = await db.select({ member: count() }).from(memberships).where(eq(memberships.userId, user.id));
  const [{ events }] = await db.select({ events: count() }).from(activityEvents).where(eq(activityEvents.actorId, user.id));
  const [{ all }] = await db.select({ all: count() }).from(workspaces);
  return { created, member, events, all };
}

async function expectCreateRefused(user: TestUser, input: unknown, code: AppError["code"], caller: Caller = user.caller) {
  const before = await footprint(user);
  const error = await expectAppError(createWorkspace(caller, input), code);
  expect(await footprint(user)).toEqual(before);
  return error;
}

describe("createWorkspace", () => {
  it("creates a shared workspace owned by the caller with one workspace.created event", async () => {
    const user = await makeUser("Creator");
    const slug = uniqueSlug("acme");
    const workspace = await createWorkspace(user.caller, { displayName: "  Acme Inc  ", slug: ` ${slug} `, region: "local" });
    expect(workspace).toMatchObject({ slug, displayName: "Acme Inc", region: "local", personal: false, createdBy: user.id });
    expect(await rolesOf(workspace.id)).toEqual({ [user.id]: "owner" });
    const events = await eventsOf(workspace.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ...byUser(user),
      action: "workspace.created",
      targetType: "workspace",
      targetId: workspace.id,
      targetLabel: slug,
      metadata: { displayName: "Acme Inc", region: "local" },
    });
  });

  it("stores HTML in the display name verbatim (escaping is the UI's job)", async () => {
    const user = await makeUser("Creator");
    const displayName = `<script>alert("x")</script> & Co`;
    const workspace = await createWorkspace(user.caller, { displayName, slug: uniqueSlug(), region: "local" });
    const db = await getDb();
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row.displayName).toBe(displayName);
    expect((await eventsOf(workspace.id))[0].metadata).toEqual({ displayName, region: "local" });
  });

  it("a taken slug (shared or personal) is CONFLICT, nothing written", async () => {
    const owner = await makeUser("First");
    const user = await makeUser("Second");
    const existing = await makeWorkspace(owner);
    const error = await expectCreateRefused(user, { displayName: "Copy", slug: existing.slug, region: "local" }, "CONFLICT");
    expect(error.fieldErrors?.slug).toBeDefined();
    const db = await getDb();
    const [personal] = await db.select().from(workspaces).where(and(eq(workspaces.createdBy, owner.id), eq(workspaces.personal, true)));
    await expectCreateRefused(user, { displayName: "Copy", slug: personal.slug, region: "local" }, "CONFLICT");
    // The caller's own slug is taken for the caller too.
    await expectCreateRefused(owner, { displayName: "Again", slug: existing.slug, region: "local" }, "CONFLICT");
  });

  it("two users racing for one slug: one wins, the other gets CONFLICT", async () => {
    const [a, b] = await Promise.all([makeUser("Racer A"), makeUser("Racer B")]);
    const slug = uniqueSlug("race");
    const results = await Promise.allSettled([
      createWorkspace(a.caller, { displayName: "A", slug, region: "local" }),
      createWorkspace(b.caller, { displayName: "B", slug, region: "local" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(AppError);
    expect(rejected[0].reason.code).toBe("CONFLICT");
    const db = await getDb();
    const rows = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
    expect(rows).toHaveLength(1);
    expect(await rolesOf(rows[0].id)).toEqual({ [rows[0].createdBy!]: "owner" });
  });

  it.each(["admin", "settings", "api", "new", "w"])("the reserved or invalid slug %s is VALIDATION, nothing written", async (slug) => {
    const user = await makeUser("Creator");
    const error = await expectCreateRefused(user, { displayName: "Acme", slug, region: "local" }, "VALIDATION");
    expect(error.fieldErrors?.slug).toBeDefined();
  });

  it.each(["ab", "Acme", "acme inc", "-acme", "acme-", "acme_inc", "a".repeat(41), ""])("the invalid slug %j is VALIDATION", async (slug) => {
    const user = await makeUser("Creator");
    const error = await expectCreateRefused(user, { displayName: "Acme", slug, region: "local" }, "VALIDATION");
    expect(error.fieldErrors?.slug).toBeDefined();
  });

  it("an empty or oversized display name is VALIDATION, nothing written; 64 characters is fine", async () => {
    const user = await makeUser("Creator");
    for (const displayName of ["", "   ", "x".repeat(65), "é".repeat(65)]) {
      const error = await expectCreateRefused(user, { displayName, slug: uniqueSlug(), region: "local" }, "VALIDATION");
      expect(error.fieldErrors?.displayName).toBeDefined();
    }
    const ok = await createWorkspace(user.caller, { displayName: "x".repeat(64), slug: uniqueSlug(), region: "local" });
    expect(ok.displayName).toHaveLength(64);
  });

  it("an unknown or missing region is VALIDATION, nothing written", async () => {
    const user = await makeUser("Creator");
    for (const region of ["eu-west-1", "LOCAL", ""]) {
      const error = await expectCreateRefused(user, { displayName: "Acme", slug: uniqueSlug(), region }, "VALIDATION");
      expect(error.fieldErrors?.region).toBeDefined();
    }
    await expectCreateRefused(user, { displayName: "Acme", slug: uniqueSlug() }, "VALIDATION");
  });

  it("missing input is VALIDATION", async () => {
    const user = await makeUser("Creator");
    for (const input of [undefined, null, {}, "acme"]) await expectCreateRefused(user, input, "VALIDATION");
  });

  it("a workspace token cannot create workspaces: FORBIDDEN, nothing written", async () => {
    const user = await makeUser("Creator");
    const own = await makeWorkspace(user);
    const token: Caller = { ...user.caller, kind: "token", tokenId: undefined, workspaceId: own.id };
    await expectCreateRefused(user, { displayName: "Acme", slug: uniqueSlug(), region: "local" }, "FORBIDDEN", token);
  });
});
