import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeTemplates } from "./metrics.mjs";

/** A routes manifest as `next build` writes it (the fields routeTemplates reads; dynamic routes in Next's order). */
function manifestDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "roster-routes-"));
  const dynamic = (page: string, regex: string) => ({ page, regex });
  writeFileSync(
    path.join(dir, "routes-manifest.json"),
    JSON.stringify({
      staticRoutes: [{ page: "/" }, { page: "/account" }, { page: "/w/new-page" }],
      dynamicRoutes: [
        dynamic("/w/[slug]", "^/w/([^/]+?)(?:/)?$"),
        dynamic("/w/[slug]/settings/members", "^/w/([^/]+?)/settings/members(?:/)?$"),
        dynamic("/w/[slug]/settings/webhooks/[id]", "^/w/([^/]+?)/settings/webhooks/([^/]+?)(?:/)?$"),
      ],
      rsc: { suffix: ".rsc", prefetchSegmentDirSuffix: ".segments" },
    }),
  );
  return dir;
}

describe("routeTemplates", () => {
  const routeOf = routeTemplates(manifestDir());

  it("labels a path with its route template, static routes first", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/account")).toBe("/account");
    expect(routeOf("/account/")).toBe("/account");
    expect(routeOf("/w/new-page")).toBe("/w/new-page");
    expect(routeOf("/w/acme")).toBe("/w/[slug]");
    expect(routeOf("/w/acme/settings/members")).toBe("/w/[slug]/settings/members");
    expect(routeOf("/w/acme/settings/webhooks/6f1c")).toBe("/w/[slug]/settings/webhooks/[id]");
  });

  it("labels a client navigation's and a prefetch's request like its page", () => {
    expect(routeOf("/w/acme/settings/members.rsc")).toBe("/w/[slug]/settings/members");
    expect(routeOf("/w/acme.segments/_tree.segment.rsc")).toBe("/w/[slug]");
    expect(routeOf("/index.rsc")).toBe("/");
  });

  it("puts unknown paths and static assets under a few fixed labels", () => {
    expect(routeOf("/no/such/page")).toBe("(unmatched)");
    expect(routeOf("/w/acme/settings/unknown")).toBe("(unmatched)");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/static");
    expect(routeOf("/_next/image")).toBe("/_next/image");
  });

  it("labels everything (unmatched) without a build", () => {
    const none = routeTemplates(path.join(tmpdir(), "roster-no-such-build"));
    expect(none("/w/acme")).toBe("(unmatched)");
  });
});
