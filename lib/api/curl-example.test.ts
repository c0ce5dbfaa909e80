import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlExample } from "./curl-example";

describe("curlExample: the API reference's copyable commands", () => {
  it("gets with the token from the environment", () => {
    expect(curlExample({ origin: "https://roster.acme.dev", method: "get", path: "/api/v1/members" })).toBe(
      `curl 'https://roster.acme.dev/api/v1/members' \\\n  -H "Authorization: Bearer $ROSTER_TOKEN"`,
    );
  });

  it("sends a JSON body with its method, quoted for the shell", () => {
    const cmd = curlExample({ origin: "http://localhost:3000", method: "patch", path: "/api/v1/workspace", body: { displayName: "Ada's team" } });
    expect(cmd).toBe(
      `curl -X PATCH 'http://localhost:3000/api/v1/workspace' \\\n  -H "Authorization: Bearer $ROSTER_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  -d '{\n    "displayName": "Ada'\\''s team"\n  }'`,
    );
  });

  it("is what a shell runs: the URL, the token from the environment and the body arrive intact", () => {
    const body = { displayName: "O'Brien & \"Sons\" $HOME `x`", tags: ["a b", "c\\d"] };
    const cmd = curlExample({ origin: "https://roster.acme.dev", method: "post", path: "/api/v1/workspaces", body });
    // A stand-in curl that prints the arguments it receives, each ended by a NUL.
    const out = execFileSync("sh", ["-c", `curl() { printf '%s\\0' "$@"; }\n${cmd}`], { env: { ...process.env, ROSTER_TOKEN: "rst_test" }, encoding: "utf8" });
    const args = out.split("\0").slice(0, -1);
    expect(args.slice(0, 3)).toEqual(["-X", "POST", "https://roster.acme.dev/api/v1/workspaces"]);
    expect(args).toContain("Authorization: Bearer rst_test");
    expect(JSON.parse(args.at(-1) ?? "")).toEqual(body);
  });
});
