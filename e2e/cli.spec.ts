// The built `roster` CLI (lib/cli/bin/roster.mjs, plain Node, no node_modules) against the real server, with a home
// folder of its own: the browser login approved in the browser, profiles switching workspaces, mail sent by `invite`,
// a revoked token, a denied login and an unreachable server, each ending with a clear message and exit code.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createWorkspace } from "./api-helpers";
import { expect, expectAccessible, expectNoHorizontalScroll, latestMail, screenshotEverywhere, signIn, test, uniqueEmail } from "./fixtures";

const BIN = path.join(process.cwd(), "lib/cli/bin/roster.mjs");

type Run = { code: number | null; stdout: string; stderr: string };

/** The CLI with its own HOME and config; NO_COLOR and no browser, as in a script. */
function cli(home: string, baseURL: string) {
  const env = { ...process.env, HOME: home, ROSTER_CONFIG: path.join(home, ".roster.toml"), NO_COLOR: "1", BROWSER: "none", ROSTER_URL: "", ROSTER_TOKEN: "", ROSTER_PROFILE: "" };
  const start = (args: string[], extraEnv: Record<string, string> = {}) => spawn(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
  const collect = (child: ChildProcess) =>
    new Promise<Run>((resolve) => {
      let stdout = "";
      let stderr = "";
      child.stdout!.on("data", (d) => (stdout += d));
      child.stderr!.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  return {
    run: (args: string[], extraEnv?: Record<string, string>) => collect(start(args, extraEnv)),
    /** A long-running command (activity --follow): its output so far, and a way to interrupt it. */
    follow(args: string[]): { output: () => string; stop: () => void } {
      const child = start(args);
      let stdout = "";
      child.stdout!.on("data", (d) => (stdout += d));
      return { output: () => stdout, stop: () => void child.kill("SIGINT") };
    },
    /** A command that must succeed with JSON on stdout. */
    async json(args: string[]): Promise<unknown> {
      const result = await collect(start([...args, "--json"]));
      expect(result.stderr, `roster ${args.join(" ")}`).toBe("");
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout);
    },
    /** `roster login`, answered in the browser by `answer`; resolves with the CLI's outcome. */
    async login(args: string[], answer: (verificationUrl: string, userCode: string) => Promise<void>): Promise<Run> {
      const child = start(["login", "--url", baseURL, "--no-browser", ...args]);
      const outcome = collect(child);
      let stderr = "";
      let exited = false;
      child.stderr!.on("data", (d) => (stderr += d));
      child.on("close", () => (exited = true));
      await expect.poll(() => /confirm the code ([A-Z]{4}-[A-Z]{4})/.test(stderr) || exited, { timeout: 30_000 }).toBe(true);
      expect(stderr, "roster login shows the code").toMatch(/confirm the code/);
      const userCode = stderr.match(/confirm the code ([A-Z]{4}-[A-Z]{4})/)![1];
      const url = stderr.match(/go straight to (\S+)\)/)![1];
      await answer(url, userCode);
      return outcome;
    },
  };
}

/** Approves on /device for the workspace `slug` (created by this person: "Team <slug>", where they are the owner). */
async function approve(page: Page, url: string, userCode: string, slug: string, role: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Log in the Roster CLI" })).toBeVisible();
  await expect(page.getByText(userCode)).toBeVisible();
  await page.getByLabel("Where may the CLI act?").selectOption({ label: `Team ${slug} (Owner)` });
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status")).toContainText("is logged in");
}

test("the built CLI is one self-contained file: it runs from a folder without node_modules", async () => {
  const alone = mkdtempSync(path.join(tmpdir(), "roster-bin-"));
  try {
    copyFileSync(BIN, path.join(alone, "roster.mjs"));
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(alone, "roster.mjs"), ...args], { cwd: alone, encoding: "utf8", env: { PATH: process.env.PATH, HOME: alone, NO_COLOR: "1" } as unknown as NodeJS.ProcessEnv });
    const version = run(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(["members", "--help"]);
    expect(help.stdout).toContain("set-role");
    const usage = run(["no-such-command"]);
    expect(usage.status).toBe(2);
    const offline = run(["whoami"]);
    expect(offline.status).toBe(1);
    expect(offline.stderr).toContain("You are not logged in.");
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});

test.describe("the roster CLI", () => {
  let home: string;
  test.beforeEach(() => {
    home = mkdtempSync(path.join(tmpdir(), "roster-cli-"));
  });
  test.afterEach(() => rmSync(home, { recursive: true, force: true }));

  test("browser login (sign-in returns to the code), two profiles switch workspaces, invite sends mail", async ({ page, baseURL }) => {
    const email = uniqueEmail("cli");
    const roster = cli(home, baseURL!);
    // The first login: signed out, the approval page sends through sign-in and comes back to the code.
    const first = await roster.login(["--profile", "alpha"], async (url, code) => {
      await page.goto(url);
      await expect(page).toHaveURL(/\/sign-in/);
      await signIn(page, email, new URL(url).pathname + new URL(url).search);
      await expect(page).toHaveURL(/\/device\?code=/);
      const alpha = await createWorkspace(page, "alpha");
      await page.goto(url);
      await expect(page.getByTestId("device-client")).toBeVisible();
      await expectAccessible(page);
      await screenshotEverywhere(page, "cli-device-approval", () => expectNoHorizontalScroll(page));
      await approve(page, url, code, alpha, "Manager");
      await screenshotEverywhere(page, "cli-device-approved");
    });
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Logged in to");
    const configFile = path.join(home, ".roster.toml");
    expect(statSync(configFile).mode & 0o777).toBe(0o600);
    const alphaSlug = readFileSync(configFile, "utf8").match(/workspace = "([^"]+)"/)![1];

    const beta = await createWorkspace(page, "beta");
    const second = await roster.login(["--profile", "beta"], (url, code) => approve(page, url, code, beta, "Member"));
    expect(second.code).toBe(0);

    expect(await roster.json(["profile", "list"])).toEqual([
      { name: "alpha", active: false, url: baseURL, workspace: alphaSlug },
      { name: "beta", active: true, url: baseURL, workspace: beta },
    ]);
    expect((await roster.run(["profile", "activate", "alpha"])).code).toBe(0);
    const alphaMembers = await roster.json(["members", "list"]);
    expect(alphaMembers).toEqual([expect.objectContaining({ email, role: "owner" })]);
    expect(await roster.json(["workspace", "show"])).toMatchObject({ slug: alphaSlug, role: "manager" });
    expect((await roster.run(["profile", "activate", "beta"])).code).toBe(0);
    expect(await roster.json(["workspace", "show"])).toMatchObject({ slug: beta, role: "member" });
    // A member may not invite: the refusal is the API's problem, in one line, exit 1.
    const refused = await roster.run(["invite", "someone@example.com"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Error: Forbidden: /);
    expect(refused.stderr).toMatch(/request id/);
    expect(refused.stderr).not.toMatch(/at .*\.m?js:\d+/);

    // As the manager of alpha: invite, and the mail arrives.
    const invitee = uniqueEmail("cli-invitee");
    const invited = await roster.run(["--profile", "alpha", "invite", invitee, "--role", "viewer"]);
    expect(invited.code).toBe(0);
    expect(invited.stdout).toContain(`Invited ${invitee}`);
    expect((await latestMail(page.request, invitee, /invit/i)).text).toContain("/invite/");
    const listed = await roster.json(["--profile", "alpha", "invitations", "list"]);
    expect(listed).toEqual([expect.objectContaining({ email: invitee, role: "viewer" })]);
    // Destructive commands refuse without a terminal unless --yes.
    const unconfirmed = await roster.run(["--profile", "alpha", "invitations", "revoke", invitee]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain("--yes");
    expect((await roster.run(["--profile", "alpha", "invitations", "revoke", invitee, "--yes"])).code).toBe(0);
  });

  test("`roster activity --follow` prints the latest events, then each new one as it happens, until interrupted", async ({ page, baseURL }) => {
    const roster = cli(home, baseURL!);
    await signIn(page, uniqueEmail("cli-follow"));
    const slug = await createWorkspace(page, "follow");
    const login = await roster.login([], (url, code) => approve(page, url, code, slug, "Manager"));
    expect(login.code).toBe(0);
    const first = uniqueEmail("cli-first");
    expect((await roster.run(["invite", first])).code).toBe(0);
    const follow = roster.follow(["activity", "--follow"]);
    try {
      await expect.poll(follow.output, { timeout: 30_000 }).toContain(`invitation.created  ${first}`);
      const later = uniqueEmail("cli-later");
      expect((await roster.run(["invite", later])).code).toBe(0);
      await expect.poll(follow.output, { timeout: 30_000 }).toContain(`invitation.created  ${later}`);
      // Each event once: the first invitation is not printed again by a later poll.
      expect(follow.output().split(first).length - 1).toBe(1);
    } finally {
      follow.stop();
    }
  });

  test("`roster activity export` streams the log to a file or stdout, and `roster activity verify` finds it intact", async ({ page, baseURL }) => {
    const roster = cli(home, baseURL!);
    await signIn(page, uniqueEmail("cli-export"));
    const slug = await createWorkspace(page, "export");
    expect((await roster.login([], (url, code) => approve(page, url, code, slug, "Manager"))).code).toBe(0);
    expect((await roster.run(["invite", uniqueEmail("cli-exported")])).code).toBe(0);
    const file = path.join(home, "activity.ndjson");
    const toFile = await roster.run(["activity", "export", "--format", "ndjson", "--from", "2000-01-01", "-o", file]);
    expect(toFile.code, toFile.stderr).toBe(0);
    const actions = readFileSync(file, "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { action: string }).action);
    // Created, the CLI's login (approved, then its token), the invitation: oldest first.
    expect(actions[0]).toBe("workspace.created");
    expect(actions.at(-1)).toBe("invitation.created");
    const csv = await roster.run(["activity", "export", "--action", "invitation.created"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toBe("id,seq,created_at,action,actor_type,actor_id,actor_label,target_type,target_id,target_label,metadata,prev_hash,hash");
    expect(csv.stdout.trim().split("\r\n")).toHaveLength(2);
    expect((await roster.run(["activity", "export", "--format", "xml"])).code).toBe(2);
    const verify = await roster.run(["activity", "verify"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toBe(`Intact: ${actions.length} events verified.\n`);
    expect(await roster.json(["activity", "verify"])).toMatchObject({ intact: true, checked: actions.length, head: { seq: actions.length }, firstBreak: null });
  });

  test("a denied login, `roster tokens revoke` and an unreachable server end with a clear message and exit code 1", async ({ page, baseURL }) => {
    const email = uniqueEmail("cli-deny");
    const roster = cli(home, baseURL!);
    await signIn(page, email);
    const slug = await createWorkspace(page, "deny");

    await page.goto("/device");
    await expect(page.getByLabel("Code")).toBeFocused();
    await page.getByLabel("Code").fill("BCDF-GHJK");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("That code is not valid")).toBeVisible();
    await screenshotEverywhere(page, "cli-device-code-unknown");
    const denied = await roster.login([], async (url) => {
      await page.goto(url);
      await page.getByRole("button", { name: "Deny" }).click();
      await expect(page.getByRole("status")).toContainText("You denied the login");
    });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain("The login was denied");

    const ok = await roster.login([], (url, code) => approve(page, url, code, slug, "Owner"));
    expect(ok.code).toBe(0);
    expect((await roster.run(["members", "list"])).stdout).toContain(email);
    const me = (await roster.json(["whoami"])) as { holder: { email: string }; role: string; token: { id: string; name: string } };
    expect(me).toMatchObject({ holder: { email }, role: "owner", token: { name: expect.stringMatching(/^CLI on /) } });
    // A second token, revoked through the CLI: the CLI's own token is the one that ends.
    const listed = (await roster.json(["tokens", "list"])) as { id: string; name: string }[];
    expect(listed.map((t) => t.name)).toEqual([me.token.name]);
    const revoked = await roster.run(["tokens", "revoke", me.token.id, "--yes"]);
    expect(revoked.stderr).toBe("");
    expect(revoked.code).toBe(0);
    const afterRevoke = await roster.run(["members", "list"]);
    expect(afterRevoke.code).toBe(1);
    expect(afterRevoke.stderr).toContain("Unauthenticated: Send a valid API token");
    expect(afterRevoke.stderr).toContain("roster login");

    const unreachable = await roster.run(["members", "list"], { ROSTER_URL: "http://127.0.0.1:9", ROSTER_TOKEN: "rst_x" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain("Could not reach http://127.0.0.1:9");
    const usage = await roster.run(["members", "set-role", "a@example.com", "emperor"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("is not a role");
  });
});
