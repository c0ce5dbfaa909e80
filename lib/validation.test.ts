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

describe("parseInput limits", () => {
  const fieldOf = (input: unknown) => {
    try {
      parseInput(z.unknown(), input);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
      return (error as AppError).fieldErrors;
    }
    return null;
  };

  it("refuses lone surrogates, in values and in keys, but keeps well-formed pairs", () => {
    expect(fieldOf({ name: "a\uD800b" })).toEqual({ name: ["Text must be valid Unicode."] });
    expect(fieldOf({ list: ["\uDFFF"] })).toEqual({ "list.0": ["Text must be valid Unicode."] });
    expect(fieldOf({ ["k\uD83D"]: 1 })).toEqual({ "k\uD83D": ["Text must be valid Unicode."] });
    expect(fieldOf({ name: "emoji \uD83D\uDE00" })).toBeNull();
  });

  it("refuses deep nesting and cycles, too many items or fields, and huge strings", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(Object.values(fieldOf(deep) ?? {})[0]).toEqual(["Input is nested too deeply (8 levels at most)."]);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(fieldOf(cycle)).not.toBeNull();
    expect(fieldOf({ emails: Array(1001).fill("a") })).toEqual({ emails: ["Too many items (1000 at most)."] });
    expect(fieldOf(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])))).toEqual({ _: ["Too many fields (200 at most)."] });
    expect(fieldOf({ name: "x".repeat(40_000) })).toEqual({ name: ["Text is too long (32768 characters at most)."] });
    expect(fieldOf({ a: { b: { c: ["ok", 1, null, true] } }, __proto__: "x" })).toBeNull();
  });
});
