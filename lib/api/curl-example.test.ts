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
      `curl -X PATCH 'http://localhost:3000/api/v1/workspace' \\\n  -H "Authorization: Bearer $ROSTER_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  -d '{\n  "displayName": "Ada'\\''s team"\n}'`,
    );
  });
});
