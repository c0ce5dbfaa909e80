import { request as playwrightRequest, type BrowserContext, type Page } from "@playwright/test";
import postgres from "postgres";
import { api, closeSecretDialog, createTokenInDialog } from "../api-helpers";
import {
  acceptOnInvitePage,
  createWorkspace,
  expect,
  invitationLink,
  inviteByEmail,
  memberRow,
  signIn,
  signInByMail,
  test,
  toast,
  uniqueEmail,
} from "../fixtures";

// The journeys of `npm run test:topology` (e2e/topology/run-topology.ts): every request goes through HAProxy to one of
// two independent instances; the large reads go to the standby. In order: the journeys; a rename seen at once on both
// instances; read-your-writes while the standby's replay is paused; then one instance killed and the standby stopped,
// and the journeys go on.

const control = process.env.TOPOLOGY_CONTROL!;
const appUrls = process.env.TOPOLOGY_APP_URLS!.split(",");
const primary = postgres(process.env.TOPOLOGY_PRIMARY_URL!, { max: 1, onnotice: () => {} });
const standby = postgres(process.env.TOPOLOGY_STANDBY_URL!, { max: 1, onnotice: () => {} });

test.afterAll(async () => {
  await Promise.all([primary.end({ timeout: 2 }), standby.end({ timeout: 2 })]);
});

async function command(path: string): Promise<unknown> {
  const res = await fetch(`${control}${path}`, { method: path === "/haproxy" ? "GET" : "POST" });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Which instance answered each response of these contexts (X-Roster-Instance). */
function countInstances(...contexts: BrowserContext[]) {
  return countInstancesInto(new Map<string, number>(), ...contexts);
}

function countInstancesInto(seen: Map<string, number>, ...contexts: BrowserContext[]) {
  for (const context of contexts) {
    context.on("response", (res) => {
      const instance = res.headers()["x-roster-instance"];
      if (instance) seen.set(instance, (seen.get(instance) ?? 0) + 1);
    });
  }
  return seen;
}

async function standbyCaughtUp(): Promise<void> {
  const started = Date.now();
  const [{ lsn }] = await primary<{ lsn: string }[]>`select pg_current_wal_insert_lsn()::text as lsn`;
  await expect.poll(async () => (await standby`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as ok`)[0].ok, { timeout: 15_000 }).toBe(true);
  console.log(`[topology] standby caught up in ${Date.now() - started} ms`);
}

async function changeRole(page: Page, slug: string, email: string, role: "viewer" | "manager", label: string) {
  if (!page.url().endsWith(`/w/${slug}/settings/members`)) await page.goto(`/w/${slug}/settings/members`);
  await memberRow(page, email).getByRole("combobox", { name: `Role of ${email}` }).selectOption(role);
  await page.getByRole("dialog", { name: "Change role?" }).getByRole("button", { name: "Change role" }).click();
  await expect(toast(page, `${email} is now a ${label}.`)).toBeVisible();
}

test("journeys through HAProxy on two instances, PgBouncer and a read replica, surviving an instance and the replica", async ({ page, browser, context }) => {
  test.setTimeout(180_000);
  const seen = countInstances(context);
  const seenBy = (c: BrowserContext) => countInstancesInto(seen, c);
  const ownerEmail = uniqueEmail("topo-owner");
  let slug = "";
  let member = { email: "", context: undefined as BrowserContext | undefined };
  let secret = "";

  await test.step("sign in, create a workspace, invite and accept, change a role", async () => {
    await signIn(page, ownerEmail);
    await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
    slug = await createWorkspace(page, "Topology Team");
    const inviteeEmail = uniqueEmail("topo-member");
    await inviteByEmail(page, slug, [inviteeEmail], "member");
    const inviteeContext = await browser.newContext();
    seenBy(inviteeContext);
    const inviteePage = await inviteeContext.newPage();
    const link = await invitationLink(inviteePage.request, inviteeEmail);
    await signInByMail(inviteePage, inviteeEmail, new URL(link).pathname);
    await expect(inviteePage).toHaveURL(link);
    await expect(inviteePage.getByRole("button", { name: "Accept invitation" }), await inviteePage.locator("main").innerText().catch(() => "")).toBeVisible();
    await acceptOnInvitePage(inviteePage, slug);
    member = { email: inviteeEmail, context: inviteeContext };
    // Another person's write reaches the owner's replica reads once the standby replayed it (read-your-writes is per person).
    await standbyCaughtUp();
    await page.goto(`/w/${slug}/settings/members`);
    await expect(page.getByTestId("member-count")).toHaveText(/^2\s+members$/);
    await changeRole(page, slug, member.email, "viewer", "Viewer");
    await page.reload();
    await expect(memberRow(page, member.email).getByRole("combobox", { name: `Role of ${member.email}` })).toHaveValue("viewer");
  });

  await test.step("tokens and API calls", async () => {
    await page.goto(`/w/${slug}/settings/tokens`);
    secret = await createTokenInDialog(page, { name: "topology", expiry: "30 days", role: "Manager" });
    await closeSecretDialog(page);
    const client = api(page.request, secret);
    const members = await client.get("/api/v1/members");
    expect(members.status()).toBe(200);
    expect(((await members.json()) as { total: number }).total).toBe(2);
    const invitee = uniqueEmail("topo-api");
    expect((await client.post("/api/v1/invitations", { emails: [invitee], role: "member" })).status()).toBeLessThan(300);
    // The writer's next list read sees the write (its cookie), whichever instance and database answers.
    const listed = (await (await client.get("/api/v1/invitations")).json()) as { data: { email: string }[] };
    expect(listed.data.map((i) => i.email)).toContain(invitee);
    expect((await client.get("/api/v1/activity")).status()).toBe(200);
  });

  await test.step("a rename on one instance shows at once on both", async () => {
    await page.goto(`/w/${slug}/settings/general`);
    await page.getByLabel("Display name").fill("Renamed Topology Team");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(toast(page, "Workspace renamed.")).toBeVisible();
    // Straight to each instance, past HAProxy (the session cookie is the host's, whatever the port).
    for (const url of appUrls) {
      const res = await page.request.get(`${url}/w/${slug}`);
      expect(res.status(), url).toBe(200);
      expect(await res.text(), url).toContain("Renamed Topology Team");
    }
  });

  await test.step("both instances served the journeys", async () => {
    expect([...seen.keys()].sort()).toEqual(["app1", "app2"]);
    const stats = (await command("/haproxy")) as { name: string; requests: number }[];
    expect(stats.map((s) => s.requests > 0)).toEqual([true, true]);
  });

  await test.step("read-your-writes while the standby's replay is paused", async () => {
    await standbyCaughtUp();
    const before = Number((await standby`select xact_commit from pg_stat_database where datname = 'postgres'`)[0].xact_commit);
    await command("/pause-replay");
    await expect.poll(async () => (await standby`select pg_get_wal_replay_pause_state() as s`)[0].s, { timeout: 10_000 }).toBe("paused");
    try {
      await changeRole(page, slug, member.email, "manager", "Manager");
      // The writer reads the members list from the primary until the standby has their write: it never vanishes.
      for (let i = 0; i < 3; i++) {
        await page.reload();
        await expect(memberRow(page, member.email).getByRole("combobox", { name: `Role of ${member.email}` })).toHaveValue("manager");
      }
      // The standby has not replayed it: a direct read there, and a client without the writer's cookie, see the old role.
      const [row] = await standby<{ role: string }[]>`select m.role from memberships m join users u on u.id = m.user_id join workspaces w on w.id = m.workspace_id
        where u.email = ${member.email} and w.slug = ${slug}`;
      expect(row.role).toBe("viewer");
      const fresh = await playwrightRequest.newContext({ baseURL: process.env.TOPOLOGY_ORIGIN });
      const stale = (await (await api(fresh, secret).get("/api/v1/members")).json()) as { data: { email: string; role: string }[] };
      expect(stale.data.find((m) => m.email === member.email)?.role, "a list read without the cookie is served by the standby").toBe("viewer");
      await fresh.dispose();
    } finally {
      await command("/resume-replay");
    }
    await standbyCaughtUp();
    // The standby's own counters: it ran the app's read transactions (stats reach the view within seconds).
    await expect
      .poll(async () => Number((await standby`select xact_commit from pg_stat_database where datname = 'postgres'`)[0].xact_commit) - before, { timeout: 20_000 })
      .toBeGreaterThan(3);
  });

  await test.step("one instance killed and the standby stopped: the journeys go on", async () => {
    // Killed while the member's page may still be loading: nothing waits for it.
    void member.context?.pages()[0]?.reload().catch(() => {});
    await command("/kill-app2");
    await command("/stop-standby");
    // A new person's whole journey, and the owner's list reads, now from the primary through the one instance left.
    const next = await browser.newContext();
    const nextSeen = countInstances(next);
    const nextPage = await next.newPage();
    await signInByMail(nextPage, uniqueEmail("topo-after"));
    await expect(nextPage).toHaveURL(/\/w\/[a-z0-9-]+$/);
    const other = await createWorkspace(nextPage, "After The Failover");
    await inviteByEmail(nextPage, other, [uniqueEmail("topo-late")], "viewer");
    await page.goto(`/w/${slug}/settings/members`);
    await expect(page.getByTestId("member-count")).toHaveText(/^2\s+members$/);
    await changeRole(page, slug, member.email, "viewer", "Viewer");
    await page.goto(`/w/${slug}/settings/activity`);
    await expect(page.getByText(/renamed/i).first()).toBeVisible();
    const members = await api(page.request, secret).get("/api/v1/members");
    expect(members.status()).toBe(200);
    expect(((await members.json()) as { data: { email: string; role: string }[] }).data.find((m) => m.email === member.email)?.role).toBe("viewer");
    await expect.poll(async () => ((await command("/haproxy")) as { name: string; status: string }[]).map((s) => s.status), { timeout: 10_000 }).toEqual(["UP", "DOWN"]);
    // Every answer since came from the instance left (HAProxy retried its failed connections to app2 on app1).
    expect([...nextSeen.keys()]).toEqual(["app1"]);
    await next.close();
    await member.context?.close();
  });
});
