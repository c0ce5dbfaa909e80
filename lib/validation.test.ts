import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { parseInput } from "./validation";

describe("parseInput", () => {
  const schema = z.object({ name: z.string().min(1, "Name is required.") });

  it("returns parsed data", () => expect(parseInput(schema, { name: "Ada" })).toEqual({ name: "Ada" }));

  it("turns zod issues into a VALIDATION error with field errors", () => {
    try {
      parseInput(schema, { name: "" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
      expect((error as AppError).fieldErrors).toEqual({ name: ["Name is required."] });
    }
  });

  it("refuses NUL characters anywhere in the input", () => {
    expect(() => parseInput(schema, { name: "a\u0000b" })).toThrow(/NUL/);
    expect(() => parseInput(z.unknown(), { deep: { list: ["ok", "x\u0000"] } })).toThrow(/NUL/);
  });
});
