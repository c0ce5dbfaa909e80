import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { configPath, readConfig, resolveConnection, writeConfig } from "./config-file";

const folder = () => mkdtempSync(path.join(tmpdir(), "roster-config-"));

describe("the CLI's config file", () => {
  it("lives at ~/.roster.toml unless ROSTER_CONFIG moves it", () => {
    expect(configPath({ HOME: "/home/ada" } as unknown as NodeJS.ProcessEnv)).toMatch(/\.roster\.toml$/);
    expect(configPath({ ROSTER_CONFIG: "/tmp/x.toml" } as unknown as NodeJS.ProcessEnv)).toBe("/tmp/x.toml");
  });

  it("is written readable by its owner only (0600), also over a file that was world-readable, and reads back the same", () => {
    const file = path.join(folder(), "roster.toml");
    writeFileSync(file, "", { mode: 0o644 });
    const config = { active: "work", profiles: { work: { url: "https://roster.example.com", token: "rst_a", workspace: "acme" }, home: { url: "http://localhost:3000", token: "rst_b" } } };
    writeConfig(config, file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readConfig(file)).toEqual(config);
    expect(readFileSync(file, "utf8")).toContain("[profiles.work]");
  });

  it("a missing file is no profiles; a broken one is a clear error; an incomplete profile is ignored", () => {
    const dir = folder();
    expect(readConfig(path.join(dir, "none.toml"))).toEqual({ profiles: {} });
    const broken = path.join(dir, "broken.toml");
    writeFileSync(broken, "profiles = [");
    expect(() => readConfig(broken)).toThrow(CliError);
    const partial = path.join(dir, "partial.toml");
    writeFileSync(partial, '[profiles.a]\nurl = "http://x"\n[profiles.b]\nurl = "http://y"\ntoken = "rst_y"\n');
    expect(readConfig(partial).profiles).toEqual({ b: { url: "http://y", token: "rst_y" } });
  });

  it("resolves the connection: --profile, else ROSTER_PROFILE, else the active one; ROSTER_URL / ROSTER_TOKEN override; --workspace wins", () => {
    const file = path.join(folder(), "roster.toml");
    writeConfig({ active: "a", profiles: { a: { url: "http://a", token: "rst_a", workspace: "wa" }, b: { url: "http://b", token: "rst_b" } } }, file);
    const env = { ROSTER_CONFIG: file } as unknown as NodeJS.ProcessEnv;
    expect(resolveConnection({}, env)).toEqual({ url: "http://a", token: "rst_a", workspace: "wa", profile: "a" });
    expect(resolveConnection({ profile: "b" }, env)).toMatchObject({ url: "http://b", token: "rst_b", profile: "b" });
    expect(resolveConnection({}, { ...env, ROSTER_PROFILE: "b" })).toMatchObject({ url: "http://b" });
    expect(resolveConnection({ workspace: "other" }, env)).toMatchObject({ workspace: "other" });
    expect(resolveConnection({}, { ...env, ROSTER_TOKEN: "rst_env" })).toMatchObject({ url: "http://a", token: "rst_env" });
    // Empty variables count as unset (a CI system that defines them empty).
    expect(resolveConnection({}, { ...env, ROSTER_PROFILE: "", ROSTER_TOKEN: "" })).toMatchObject({ token: "rst_a" });
    expect(() => resolveConnection({ profile: "nope" }, env)).toThrow(/no profile "nope"/);
    // No config at all: the environment alone is enough (a CI job); nothing is "not logged in".
    const none = { ROSTER_CONFIG: path.join(folder(), "none.toml") } as unknown as NodeJS.ProcessEnv;
    expect(() => resolveConnection({}, none)).toThrow(/not logged in/);
    expect(resolveConnection({}, { ...none, ROSTER_URL: "http://ci", ROSTER_TOKEN: "rst_ci" })).toEqual({ url: "http://ci", token: "rst_ci", workspace: undefined, profile: undefined });
  });
});
