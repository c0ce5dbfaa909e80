import { describe, expect, it } from "vitest";
import { slugCandidate, slugSchema } from "./slug";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("lowercases to [a-z0-9-]", () => {
    expect(slugify("Ada Lovelace")).toBe("ada-lovelace");
    expect(slugify("  Jöhn_Doe!! ")).toBe("john-doe");
    expect(slugify("a".repeat(60))).toHaveLength(40);
  });
});

describe("slugCandidate", () => {
  it("keeps a valid base", () => expect(slugCandidate("ada", false)).toBe("ada"));
  it("adds a suffix when too short or reserved", () => {
    expect(slugCandidate("x", false)).toMatch(/^x-[a-z0-9]{6}$/);
    expect(slugCandidate("admin", false)).toMatch(/^admin-[a-z0-9]{6}$/);
    expect(slugCandidate("", false)).toMatch(/^[a-z0-9]{6}$/);
  });
  it("adds a suffix on request and stays within 40 characters", () => {
    const slug = slugCandidate("a".repeat(60), true);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});

describe("slugSchema", () => {
  it.each(["ab", "-abc", "abc-", "ABC", "a_b_c", "settings", "a".repeat(41)])("refuses %s", (value) => {
    expect(slugSchema.safeParse(value).success).toBe(false);
  });
  it.each(["abc", "acme-inc", "a1-b2"])("accepts %s", (value) => {
    expect(slugSchema.safeParse(value).success).toBe(true);
  });
});
