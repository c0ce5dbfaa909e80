import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { parse, stringify } from "smol-toml";
import { CliError, usageError } from "./cli-error";

export type Profile = { url: string; token: string; workspace?: string };
export type Config = { active?: string; profiles: Record<string, Profile> };

/** `~/.roster.toml`, or where ROSTER_CONFIG points. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ROSTER_CONFIG || path.join(homedir(), ".roster.toml");
}

export function readConfig(file = configPath()): Config {
  if (!existsSync(file)) return { profiles: {} };
  let raw: Record<string, unknown>;
  try {
    raw = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`${file} is not valid TOML: ${(error as Error).message.split("\n")[0]}`, 1, "Fix or delete the file, then run roster login.");
  }
  const profiles: Record<string, Profile> = {};
  for (const [name, value] of Object.entries((raw.profiles as Record<string, unknown> | undefined) ?? {})) {
    const p = value as Record<string, unknown>;
    if (typeof p?.url === "string" && typeof p.token === "string") {
      profiles[name] = { url: p.url, token: p.token, ...(typeof p.workspace === "string" && p.workspace ? { workspace: p.workspace } : {}) };
    }
  }
  return { active: typeof raw.active === "string" ? raw.active : undefined, profiles };
}

/** Written whole to a temporary file, then renamed; readable by its owner only (it holds tokens). */
export function writeConfig(config: Config, file = configPath()): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `# Roster CLI profiles (roster profile list). Holds API tokens: keep it private.\n${stringify({ ...(config.active ? { active: config.active } : {}), profiles: config.profiles })}\n`;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

export const PROFILE_NAME = /^[A-Za-z0-9_-]{1,40}$/;

export function assertProfileName(name: string): string {
  if (!PROFILE_NAME.test(name)) throw usageError(`"${name}" is not a profile name: use letters, digits, - and _ (40 at most).`);
  return name;
}

export type Connection = { url: string; token: string; workspace?: string; profile?: string };

/**
 * What one command talks to: the profile named by --profile, else ROSTER_PROFILE, else the active one; ROSTER_URL and
 * ROSTER_TOKEN override its server and token for this command (a CI job can use them with no config file at all).
 */
export function resolveConnection(flags: { profile?: string; workspace?: string }, env: NodeJS.ProcessEnv = process.env): Connection {
  const config = readConfig(configPath(env));
  const name = flags.profile || env.ROSTER_PROFILE || config.active;
  const profile = name ? config.profiles[name] : undefined;
  if ((flags.profile || env.ROSTER_PROFILE) && !profile && !(env.ROSTER_URL && env.ROSTER_TOKEN)) {
    throw usageError(`There is no profile "${name}".`, "See roster profile list, or run roster login --profile " + name + ".");
  }
  const url = env.ROSTER_URL || profile?.url;
  const token = env.ROSTER_TOKEN || profile?.token;
  if (!url || !token) throw new CliError("You are not logged in.", 1, "Run roster login (or set ROSTER_URL and ROSTER_TOKEN).");
  return { url, token, workspace: flags.workspace ?? profile?.workspace, profile: profile ? name : undefined };
}
