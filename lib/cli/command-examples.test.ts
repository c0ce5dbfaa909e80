import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_EXAMPLES } from "./command-examples";
import { buildProgram } from "./main";

/** Every command that runs something: the leaves, and a group with options of its own (`roster activity [--follow]`). */
function leaves(command: Command, prefix = ""): [string, Command][] {
  return command.commands.flatMap((sub) => {
    const name = `${prefix}${sub.name()}`;
    const runs = !sub.commands.length || sub.options.length > 0;
    return [...(runs ? [[name, sub] as [string, Command]] : []), ...leaves(sub, `${name} `)];
  });
}

describe("the CLI's help", () => {
  it("every command's --help ends with examples, and every example names a real command", () => {
    const commands = leaves(buildProgram()).filter(([name]) => name !== "help");
    for (const [name, command] of commands) {
      let text = "";
      command.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
      command.outputHelp();
      expect(text, name).toContain("Examples:");
      for (const example of COMMAND_EXAMPLES[name] ?? []) expect(text).toContain(example);
    }
    expect(Object.keys(COMMAND_EXAMPLES).sort()).toEqual(commands.map(([name]) => name).sort());
  });
});
