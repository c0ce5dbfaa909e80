import { describe, expect, it } from "vitest";
import { formatUserCode, generateDeviceCode, generateUserCode, normalizeUserCode, USER_CODE_ALPHABET } from "./device-codes";

describe("device codes", () => {
  it("user codes are 8 characters of the unambiguous alphabet, shown as ABCD-EFGH", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateUserCode();
      expect(code).toMatch(new RegExp(`^[${USER_CODE_ALPHABET}]{8}$`));
      expect(formatUserCode(code)).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    }
    expect(USER_CODE_ALPHABET).not.toMatch(/[AEIOU01]/);
  });

  it("what a person types is normalized: case, spaces and the dash do not matter; anything else is refused", () => {
    expect(normalizeUserCode("bcdf-ghjk")).toBe("BCDFGHJK");
    expect(normalizeUserCode(" BCDF GHJK ")).toBe("BCDFGHJK");
    expect(normalizeUserCode("BCDF-GHJ")).toBeNull();
    expect(normalizeUserCode("BCDF-GHJA")).toBeNull();
    expect(normalizeUserCode("")).toBeNull();
  });

  it("device codes are long random secrets, never repeated", () => {
    const codes = new Set(Array.from({ length: 100 }, generateDeviceCode));
    expect(codes.size).toBe(100);
    for (const c of codes) expect(c).toMatch(/^rdc_[A-Za-z0-9_-]{43}$/);
  });
});
