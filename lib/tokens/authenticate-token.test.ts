import { describe, expect, it, vi } from "vitest";

const getDb = vi.fn(async () => {
  throw new Error("the database must not be reached");
});
vi.mock("@/db/client", () => ({ getDb, executeRows: vi.fn(), sql: vi.fn() }));

const { authenticateToken } = await import("./authenticate-token");
const { generateToken } = await import("./token-format");

describe("authenticateToken before the database", () => {
  const good = generateToken().token;
  const badChecksum = good.slice(0, -1) + (good.at(-1) === "a" ? "b" : "a");
  it.each([
    ["no header", null],
    ["empty", ""],
    ["another scheme", `Basic ${good}`],
    ["no scheme", good],
    ["bad checksum", `Bearer ${badChecksum}`],
    ["wrong prefix", `Bearer ghp_${good.slice(4)}`],
    ["too short", `Bearer ${good.slice(0, 20)}`],
    ["too long", `Bearer ${good}${good}`],
    ["two tokens", `Bearer ${good} ${good}`],
  ])("refuses %s with UNAUTHENTICATED and no lookup", async (_label, header) => {
    await expect(authenticateToken(header)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(getDb).not.toHaveBeenCalled();
  });

  it("looks a well-formed token up", async () => {
    await expect(authenticateToken(`Bearer ${good}`)).rejects.toThrow("the database must not be reached");
    expect(getDb).toHaveBeenCalledTimes(1);
  });
});
