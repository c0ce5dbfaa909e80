import { describe, expect, it } from "vitest";
import { IDENTITY_COLORS, identityColor, identityColorClass } from "./identity-color";

describe("identity colours", () => {
  it("names each colour's class after its own value, so Tailwind generates the colour the id was given", () => {
    for (const { hex, className } of IDENTITY_COLORS) expect(className).toBe(`bg-[${hex}]`);
    expect(new Set(IDENTITY_COLORS.map((c) => c.hex)).size).toBe(IDENTITY_COLORS.length);
  });

  it("gives an id the same colour every time, and that colour a class", () => {
    const hex = identityColor("user-42");
    expect(identityColor("user-42")).toBe(hex);
    expect(identityColorClass(hex)).toBe(`bg-[${hex}]`);
    expect(identityColorClass("#123456")).toBeNull();
  });
});
