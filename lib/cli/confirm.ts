import { createInterface } from "node:readline/promises";
import { usageError } from "./cli-error";

/**
 * Asks before a destructive command: `--yes` skips the question; without a terminal and without `--yes` the command
 * is refused (exit code 2), so a script never hangs on a prompt nor deletes by accident.
 */
export async function confirm(question: string, options: { yes?: boolean }): Promise<boolean> {
  if (options.yes) return true;
  if (!process.stdin.isTTY) throw usageError(`${question} Refused without a terminal: add --yes to confirm.`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
