import type { z } from "zod";
import { validationError } from "./errors";

/** Parses domain input with zod; bad input becomes a VALIDATION AppError with field errors, before any write. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
