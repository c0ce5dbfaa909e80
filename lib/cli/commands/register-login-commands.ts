import { hostname } from "node:os";
import type { Command } from "commander";
import { createRosterClient } from "@/lib/sdk/create-roster-client";
import { RosterApiError } from "@/lib/sdk/roster-api-error";
import { CliError, usageError } from "../cli-error";
import { action, VERSION, type GlobalFlags } from "../command-context";
import { assertProfileName, configPath, readConfig, writeConfig } from "../config-file";
import { openBrowser } from "../open-browser";
import { bold, green, printJson } from "../output";
import { withSpinner } from "../spinner";

const DEFAULT_URL = "http://localhost:3000";

/** `roster login` (the browser login, or --token for CI) and `roster logout`. */
export function registerLoginCommands(program: Command) {
  program
    .command("login")
    .description("Log in through the browser and save the token in a profile")
    .option("--url <url>", "the Roster server", process.env.ROSTER_URL || undefined)
    .option("--token <token>", "store this API token instead of logging in through the browser (for CI)")
    .option("--no-browser", "print the link only; do not open a browser")
    .action(
      action(async (options: { url?: string; token?: string; browser: boolean }, command: Command) => {
        const flags = command.optsWithGlobals() as GlobalFlags;
        const config = readConfig();
        const name = assertProfileName(flags.profile || process.env.ROSTER_PROFILE || config.active || "default");
        const url = normalizeUrl(options.url ?? config.profiles[name]?.url ?? DEFAULT_URL);
        let token = options.token;
        let workspace = flags.workspace;
        if (!token) {
          const login = await browserLogin(url, options.browser);
          token = login.token;
          workspace ??= login.workspace ?? undefined;
        } else {
          // A given token is checked before it is stored.
          await createRosterClient({ baseUrl: url, token, userAgent: `roster-cli/${VERSION}` }).listWorkspaces().catch((error: unknown) => {
            if (error instanceof RosterApiError && error.status === 403) return; // a workspace token cannot list workspaces: it is valid
            throw error;
          });
        }
        const next = readConfig();
        next.profiles[name] = { url, token, ...(workspace ? { workspace } : {}) };
        next.active = name;
        writeConfig(next);
        if (flags.json) printJson({ profile: name, url, workspace: workspace ?? null });
        else process.stdout.write(`${green("✓")} Logged in to ${url}${workspace ? ` (workspace ${bold(workspace)})` : ""}; profile ${bold(name)} saved in ${configPath()}.\n`);
      }),
    );

  program
    .command("logout")
    .description("Revoke the profile's token on the server and forget it (the active profile by default)")
    .option("--keep-token", "only forget it here; the token keeps working")
    .action(
      action(async (options: { keepToken?: boolean }, command: Command) => {
        const flags = command.optsWithGlobals() as GlobalFlags;
        const config = readConfig();
        const name = flags.profile || process.env.ROSTER_PROFILE || config.active;
        const profile = name ? config.profiles[name] : undefined;
        if (!name || !profile) throw new CliError("You are not logged in.", 1);
        let revoked = false;
        let note = "";
        if (!options.keepToken) {
          const client = createRosterClient({ baseUrl: profile.url, token: profile.token, userAgent: `roster-cli/${VERSION}` });
          try {
            const me = await client.me();
            if (me.token?.kind === "personal") await client.revokePersonalToken({ id: me.token.id });
            else if (me.token) await client.revokeToken({ id: me.token.id });
            revoked = true;
          } catch (error) {
            // An expired or revoked token has nothing left to revoke; anything else is said, and the profile goes anyway.
            if (error instanceof RosterApiError && error.status === 401) revoked = true;
            else note = ` The token could not be revoked (${error instanceof Error ? error.message : String(error)}): revoke it in Settings → API tokens.`;
          }
        }
        delete config.profiles[name];
        if (config.active === name) config.active = Object.keys(config.profiles)[0];
        writeConfig(config);
        if (flags.json) return printJson({ profile: name, revoked });
        process.stdout.write(`Logged out of profile ${bold(name)}${revoked ? "; its token is revoked" : ""}.${note}\n`);
      }),
    );
}

function normalizeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usageError(`"${value}" is not a URL.`, "For example: roster login --url https://roster.example.com");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw usageError(`"${value}" is not an http(s) URL.`);
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/** RFC 8628 from the device's side: show the code, open the browser, poll at the server's interval until an answer. */
async function browserLogin(url: string, browser: boolean): Promise<{ token: string; workspace: string | null }> {
  const client = createRosterClient({ baseUrl: url, userAgent: `roster-cli/${VERSION}` });
  const started = await client.startDeviceLogin({ clientName: hostname().slice(0, 64) || "unknown" });
  const opened = browser && openBrowser(started.verification_uri_complete);
  process.stderr.write(
    `${opened ? "Opened your browser at" : "Open this page in a browser:"} ${started.verification_uri}\nand confirm the code ${bold(started.user_code, process.stderr)}\n` +
      (opened ? "" : `(or go straight to ${started.verification_uri_complete})\n`),
  );
  let interval = started.interval;
  const deadline = Date.now() + started.expires_in * 1000;
  return withSpinner("Waiting for approval in the browser…", async () => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, interval * 1000));
      const answer = await client.pollDeviceLogin({ deviceCode: started.device_code });
      if (answer.ok) return { token: answer.access_token, workspace: answer.workspace?.slug ?? null };
      if (answer.error === "authorization_pending") {
        if (Date.now() > deadline) throw new CliError("The code expired before it was approved.", 1, "Run roster login again.");
        continue;
      }
      if (answer.error === "slow_down") {
        interval = answer.interval ?? interval + 5;
        continue;
      }
      if (answer.error === "access_denied") throw new CliError(`The login was denied: ${answer.description}`, 1);
      if (answer.error === "expired_token") throw new CliError("The code expired before it was approved.", 1, "Run roster login again.");
      throw new CliError(`The login failed: ${answer.description}`, 1, "Run roster login again.");
    }
  });
}
