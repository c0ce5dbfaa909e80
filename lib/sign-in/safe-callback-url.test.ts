import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-url";

describe("safeCallbackPath", () => {
  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "javascript:alert(1)", "evil.com", 42, null])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
  it("keeps same-origin paths with query and hash", () => {
    expect(safeCallbackPath("/invite/abc?x=1#top")).toBe("/invite/abc?x=1#top");
  });
});
