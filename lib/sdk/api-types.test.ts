import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiTypesSource } from "./api-types-source";

describe("the SDK's generated types", () => {
  it("match the live OpenAPI document (run `npm run sdk:types` after changing the API)", async () => {
    const checkedIn = readFileSync(path.join(import.meta.dirname, "api-types.ts"), "utf8");
    expect(checkedIn).toBe(await apiTypesSource());
  });
});
