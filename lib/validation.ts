import { z } from "zod";
import { AppError, validationError } from "./errors";
import { humanMessage } from "./validation-messages";

// Every issue a schema did not word itself gets a message that says what is expected (never zod's "Invalid input").
z.config({ customError: humanMessage });

/** Limits on any domain input, whatever its schema: no form or request body needs more. */
export const INPUT_LIMITS = { depth: 8, arrayItems: 1_000, objectKeys: 200, stringChars: 32_768 } as const;

/** Matches a lone surrogate: with the u flag a well-formed pair is one code point, never \p{Cs}. */
const LONE_SURROGATE = /\p{Cs}/u;

type Problem = { at: string; message: string };

function problemInString(value: string, at: string): Problem | null {
  if (value.includes("\u0000")) return { at, message: "Text cannot contain NUL characters." };
  if (LONE_SURROGATE.test(value)) return { at, message: "Text must be valid Unicode." };
  if (value.length > INPUT_LIMITS.stringChars) return { at, message: `Text is too long (${INPUT_LIMITS.stringChars} characters at most).` };
  return null;
}

/** The first value that no schema should see: text PostgreSQL cannot store, or input larger or deeper than any form. */
function findProblem(value: unknown, path: string, depth: number): Problem | null {
  const at = path || "_";
  if (typeof value === "string") return problemInString(value, at);
  if (value === null || typeof value !== "object") return null;
  // Also stops cycles, which a server action's decoded arguments may contain.
  if (depth >= INPUT_LIMITS.depth) return { at, message: `Input is nested too deeply (${INPUT_LIMITS.depth} levels at most).` };
  if (Array.isArray(value) && value.length > INPUT_LIMITS.arrayItems) return { at, message: `Too many items (${INPUT_LIMITS.arrayItems} at most).` };
  const entries = Object.entries(value);
  if (entries.length > INPUT_LIMITS.objectKeys) return { at, message: `Too many fields (${INPUT_LIMITS.objectKeys} at most).` };
  for (const [key, child] of entries) {
    const childPath = path ? `${path}.${key}` : key;
    const hit = problemInString(key, childPath) ?? findProblem(child, childPath, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * Parses domain input with zod; bad input becomes a VALIDATION AppError with field errors, before any write.
 * Everywhere, whatever the schema: NUL characters and lone surrogates are refused (PostgreSQL cannot store them as
 * text), and so is input nested deeper, or with more items, fields or characters, than INPUT_LIMITS.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const problem = findProblem(input, "", 0);
  if (problem) throw new AppError("VALIDATION", problem.message, { [problem.at]: [problem.message] });
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
