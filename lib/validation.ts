import type { z } from "zod";
import { AppError, validationError } from "./errors";

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "_" : null;
  if (depth > 8 || value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const hit = findNul(child, path ? `${path}.${key}` : key, depth + 1);
    if (hit) return hit;
  }
  return null;
}

/**
 * Parses domain input with zod; bad input becomes a VALIDATION AppError with field errors, before any write.
 * NUL characters are refused everywhere (PostgreSQL cannot store them in text).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nulAt = findNul(input, "");
  if (nulAt) throw new AppError("VALIDATION", "Text cannot contain NUL characters.", { [nulAt]: ["Text cannot contain NUL characters."] });
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
