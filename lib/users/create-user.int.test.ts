import { afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { activityEvents, memberships, workspaces } from "@/db/schema";
import { loadMembership } from "@/lib/testing/load-membership";
import { createUser } from "./create-user";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

afterAll(() => closeDb());

describe("createUser", () => {
  it("creates the user and an owned personal workspace in one transaction", async () => {
    const local = `ada${unique()}`;
    const user = await createUser({ id: "ignored", email: `${local}@Example.com`, emailVerified: new Date(), name: null });
    const db = await getDb();
    const rows = await db
      .select({ slug: workspaces.slug, displayName: workspaces.displayName, personal: workspaces.personal, role: memberships.role, workspaceId: workspaces.id })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ slug: local, displayName: `${local}'s workspace`, personal: true, role: "owner" });
    expect(user.email).toBe(`${local}@example.com`);
    const events = await db.select().from(activityEvents).where(eq(activityEvents.workspaceId, rows[0].workspaceId));
    expect(events.map((e) => e.action)).toEqual(["workspace.created"]);
  });

  it("names the workspace after the user's name when there is one", async () => {
    const user = await createUser({ id: "x", email: `grace${unique()}@example.com`, emailVerified: new Date(), name: "Grace Hopper" });
    const db = await getDb();
    const [row] = await db.select().from(workspaces).where(eq(workspaces.createdBy, user.id));
    expect(row.displayName).toBe("Grace Hopper's workspace");
  });

  it("adds a random suffix when the slug is taken, reserved or too short", async () => {
    const local = `taken${unique()}`;
    await createUser({ id: "x", email: `${local}@a.example.com`, emailVerified: new Date(), name: null });
    const second = await createUser({ id: "x", email: `${local}@b.example.com`, emailVerified: new Date(), name: null });
    const admin = await createUser({ id: "x", email: `admin@${unique()}.example.com`, emailVerified: new Date(), name: null });
    const short = await createUser({ id: "x", email: `x@${unique()}.example.com`, emailVerified: new Date(), name: null });
    const db = await getDb();
    const slugOf = async (id: string) => (await db.select().from(workspaces).where(eq(workspaces.createdBy, id)))[0].slug;
    expect(await slugOf(second.id)).toMatch(new RegExp(`^${local}-[a-z0-9]{6}$`));
    expect(await slugOf(admin.id)).toMatch(/^admin-[a-z0-9]{6}$/);
    expect(await slugOf(short.id)).toMatch(/^x-[a-z0-9]{6}$/);
  });

  it("keeps workspaces private: another user has no membership", async () => {
    const owner = await createUser({ id: "x", email: `own${unique()}@example.com`, emailVerified: new Date(), name: null });
    const other = await createUser({ id: "x", email: `oth${unique()}@example.com`, emailVerified: new Date(), name: null });
    const db = await getDb();
    const [ws] = await db.select().from(workspaces).where(eq(workspaces.createdBy, owner.id));
    expect(await loadMembership(db, owner.id, ws.slug)).toMatchObject({ role: "owner" });
    expect(await loadMembership(db, other.id, ws.slug)).toBeNull();
    expect(await loadMembership(db, owner.id, "no-such-workspace")).toBeNull();
  });
});
