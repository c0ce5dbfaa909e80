import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-callback-url";

describe("safeCallbackPath", () => {
  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "javascript:alert(1)", "evil.com", 42, null])("refuses %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
  it("keeps same-origin paths with query and hash", () => {
    expect(safeCallbackPath("/invite/abc?x=1#top")).toBe("/invite/abc?x=1#top");
  });
});

describe("safeRedirectUrl: where Auth.js sends the browser after sign-in", () => {
  const base = "http://localhost:3000";
  it("keeps a deep link's path and query string, relative or on this origin", () => {
    expect(safeRedirectUrl("/w/acme/settings/members?q=x&page=2", base)).toBe(`${base}/w/acme/settings/members?q=x&page=2`);
    expect(safeRedirectUrl(`${base}/w/acme/settings/members?q=a%20b`, base)).toBe(`${base}/w/acme/settings/members?q=a%20b`);
  });
  it.each([
    "https://evil.example.com/w/acme",
    "http://localhost:3000.evil.example.com/w/acme",
    "http://localhost:3001/w/acme",
    "https://localhost:3000/w/acme",
    "javascript:alert(1)",
    "not a url",
  ])("sends %j to the home page", (url) => {
    expect(safeRedirectUrl(url, base)).toBe(base);
  });
  it.each(["//evil.example.com/w/acme", "/\\evil.example.com", "/\\/evil.example.com"])("keeps %j on this origin", (url) => {
    expect(safeRedirectUrl(url, base)).toBe(`${base}/`);
  });
});
