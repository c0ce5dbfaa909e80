import type { Command } from "commander";
import { CliError } from "../cli-error";
import { action, type GlobalFlags } from "../command-context";
import { assertProfileName, readConfig, writeConfig } from "../config-file";
import { bold, printJson, table } from "../output";

/** `roster profile list|activate|current|remove` (Modal's `modal profile`). */
export function registerProfileCommands(program: Command) {
  const profile = program.command("profile").description("Switch between servers, accounts and workspaces");

  profile
    .command("list")
    .description("List the profiles; * marks the active one")
    .action(
      action(async (_o: unknown, command: Command) => {
        const config = readConfig();
        const rows = Object.entries(config.profiles).map(([name, p]) => ({ name, active: name === config.active, url: p.url, workspace: p.workspace ?? null }));
        if ((command.optsWithGlobals() as GlobalFlags).json) return printJson(rows);
        if (rows.length === 0) return void process.stdout.write("No profiles yet. Run roster login.\n");
        process.stdout.write(
          `${table(rows, [
            { header: "", value: (r) => (r.active ? "*" : "") },
            { header: "Profile", value: (r) => r.name },
            { header: "Server", value: (r) => r.url },
            { header: "Workspace", value: (r) => r.workspace ?? "" },
          ])}\n`,
        );
      }),
    );

  profile
    .command("activate <name>")
    .description("Make a profile the active one")
    .action(
      action(async (name: string) => {
        const config = readConfig();
        if (!config.profiles[assertProfileName(name)]) throw new CliError(`There is no profile "${name}".`, 1, "See roster profile list.");
        config.active = name;
        writeConfig(config);
        process.stdout.write(`Profile ${bold(name)} is active.\n`);
      }),
    );

  profile
    .command("current")
    .description("Show the active profile")
    .action(
      action(async (_o: unknown, command: Command) => {
        const config = readConfig();
        const name = process.env.ROSTER_PROFILE || config.active;
        const p = name ? config.profiles[name] : undefined;
        if (!name || !p) throw new CliError("No profile is active.", 1, "Run roster login.");
        if ((command.optsWithGlobals() as GlobalFlags).json) return printJson({ name, url: p.url, workspace: p.workspace ?? null });
        process.stdout.write(`${name}  ${p.url}${p.workspace ? `  ${p.workspace}` : ""}\n`);
      }),
    );

  profile
    .command("remove <name>")
    .description("Delete a profile and its token from the config file")
    .action(
      action(async (name: string) => {
        const config = readConfig();
        if (!config.profiles[name]) throw new CliError(`There is no profile "${name}".`, 1, "See roster profile list.");
        delete config.profiles[name];
        if (config.active === name) config.active = Object.keys(config.profiles)[0];
        writeConfig(config);
        process.stdout.write(`Removed profile ${bold(name)}.\n`);
      }),
    );
}
