import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  bearerToken,
  checksum,
  crc32,
  DISPLAY_PREFIX_LENGTH,
  generateToken,
  hashToken,
  isWellFormedToken,
  TOKEN_LENGTH,
  toBase62,
} from "./token-format";

describe("token format", () => {
  it("is rst_ + 30 base62 characters + a 6-character checksum", () => {
    const { token, hash, displayPrefix } = generateToken();
    expect(token).toMatch(/^rst_[0-9A-Za-z]{36}$/);
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(displayPrefix).toBe(token.slice(0, DISPLAY_PREFIX_LENGTH));
    expect(displayPrefix).toHaveLength(8);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("carries at least 160 bits of randomness", () => {
    expect(30 * Math.log2(62)).toBeGreaterThanOrEqual(160);
  });

  it("never repeats and uses the whole alphabet", () => {
    const tokens = new Set(Array.from({ length: 2000 }, () => generateToken().token));
    expect(tokens.size).toBe(2000);
    const chars = new Set([...tokens].flatMap((t) => [...t.slice(4, 34)]));
    expect(chars.size).toBe(62);
  });

  it("computes the same CRC32 as zlib", () => {
    for (const s of ["", "a", "hello world", "0123456789ABCDEFGHIJKLMNOPQRSTUV"]) {
      if (typeof zlibCrc32 === "function") expect(crc32(s)).toBe(zlibCrc32(s));
    }
    expect(crc32("123456789")).toBe(0xcbf43926);
  });

  it("encodes the checksum in base62, padded to 6 characters", () => {
    expect(toBase62(0, 6)).toBe("000000");
    expect(toBase62(61, 6)).toBe("00000z");
    expect(toBase62(62, 6)).toBe("000010");
    expect(toBase62(0xffffffff, 6)).toBe("4gfFC3");
    expect(checksum("x")).toHaveLength(6);
  });

  it("refuses a bad checksum, a wrong prefix, a wrong length or bad characters", () => {
    const { token } = generateToken();
    const last = token.at(-1)!;
    const flipped = token.slice(0, -1) + (last === "a" ? "b" : "a");
    const typo = token.slice(0, 10) + (token[10] === "x" ? "y" : "x") + token.slice(11);
    for (const bad of [flipped, typo, `xst_${token.slice(4)}`, token.slice(0, -1), `${token}a`, token.replace(/.$/, "-"), token.toUpperCase(), "", null, 42, {}]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("bearerToken", () => {
  const { token } = generateToken();
  it("reads `Bearer <token>` (scheme case-insensitive)", () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
  });
  it.each([
    null,
    undefined,
    "",
    "Bearer",
    "Bearer ",
    token,
    `Basic ${token}`,
    `Token ${token}`,
    `Bearer ${token} extra`,
    `Bearer  ${token}x`,
    `Bearer ${token.slice(0, -1)}`,
    `Bearer ${"a".repeat(5000)}`,
    "Bearer rst_",
    "Bearer \u0000",
    `Bearer ${token.replace("rst_", "rst-")}`,
  ])("refuses %s", (header) => {
    expect(bearerToken(header)).toBeNull();
  });
});
