import { Command, CommanderError } from "commander";
import { reportFailure, VERSION } from "./command-context";
import { usageError } from "./cli-error";
import { COMMAND_EXAMPLES } from "./command-examples";
import { registerActivityCommand } from "./commands/register-activity-command";
import { registerInvitationCommands } from "./commands/register-invitation-commands";
import { registerJoinRequestCommands } from "./commands/register-join-request-commands";
import { registerLoginCommands } from "./commands/register-login-commands";
import { registerMemberCommands } from "./commands/register-member-commands";
import { registerProfileCommands } from "./commands/register-profile-commands";
import { registerTokenCommands } from "./commands/register-token-commands";
import { registerWebhookCommands } from "./commands/register-webhook-commands";
import { registerWhoamiCommand } from "./commands/register-whoami-command";
import { registerWorkspaceCommands } from "./commands/register-workspace-commands";

/** The `roster` program: every command, the global flags, and exit codes 0 (success), 1 (failure), 2 (usage). */
export function buildProgram(): Command {
  const program = new Command("roster")
    .description("Manage Roster workspaces from the terminal.")
    .version(VERSION, "-v, --version")
    .option("-p, --profile <name>", "use this profile (default: the active one, or ROSTER_PROFILE)")
    .option("-w, --workspace <slug>", "act on this workspace (with a personal access token)")
    .option("--json", "print JSON (the API's field names) instead of tables")
    .showHelpAfterError("(add --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  roster login --url https://roster.example.com
  roster members list --json
  roster invite ada@example.com --role manager
  roster profile activate work

Configuration: ~/.roster.toml (ROSTER_CONFIG moves it); ROSTER_PROFILE, ROSTER_URL and ROSTER_TOKEN override it.`,
    );
  registerLoginCommands(program);
  registerProfileCommands(program);
  registerWhoamiCommand(program);
  registerWorkspaceCommands(program);
  registerMemberCommands(program);
  registerInvitationCommands(program);
  registerJoinRequestCommands(program);
  registerTokenCommands(program);
  registerActivityCommand(program);
  registerWebhookCommands(program);
  // Every command's help ends with its examples (one registry).
  const withExamples = (command: Command, prefix = "") => {
    for (const sub of command.commands) {
      const name = `${prefix}${sub.name()}`;
      const examples = COMMAND_EXAMPLES[name];
      if (examples) sub.addHelpText("after", `\nExamples:\n${examples.map((e) => `  ${e}`).join("\n")}`);
      withExamples(sub, `${name} `);
    }
  };
  withExamples(program);
  // Usage errors of every command exit with 2; help and --version with 0.
  const exitOverride = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      return 2;
    }
    return reportFailure(error instanceof Error ? error : usageError(String(error)));
  }
}
