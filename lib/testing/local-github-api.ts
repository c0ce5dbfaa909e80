// Test support: a local HTTP server speaking the GitHub REST endpoints Roster calls (GITHUB_API_URL points at it).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

type Membership = { role: "admin" | "member"; state: "active" | "pending" };

export type LocalGitHub = {
  url: string;
  /** Gives the token's user this membership of an organization (null: not a member). Unknown tokens get 401. */
  setMembership(accessToken: string, organization: string, membership: Membership | null): void;
  /** Every request, as "<path> <token>". */
  calls: string[];
  /** Answers 502 to everything while true. */
  failing: boolean;
  close(): Promise<void>;
};

export async function startLocalGitHub(): Promise<LocalGitHub> {
  const users = new Map<string, Map<string, { login: string } & Membership>>();
  const state: LocalGitHub = {
    url: "",
    calls: [],
    failing: false,
    setMembership(token, organization, membership) {
      const orgs = users.get(token) ?? new Map();
      users.set(token, orgs);
      if (membership) orgs.set(organization.toLowerCase(), { login: organization, ...membership });
      else orgs.delete(organization.toLowerCase());
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    state.calls.push(`${url.pathname} ${token}`);
    const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (state.failing) return json(502, { message: "Server Error" });
    const orgs = users.get(token);
    if (!orgs) return json(401, { message: "Bad credentials" });
    const membershipJson = (m: { login: string } & Membership) => ({ state: m.state, role: m.role, organization: { login: m.login }, user: { login: "someone" } });
    if (url.pathname === "/user/orgs") return json(200, [...orgs.values()].filter((m) => m.state === "active").map((m) => ({ login: m.login })));
    if (url.pathname === "/user/memberships/orgs") {
      const wanted = url.searchParams.get("state");
      return json(200, [...orgs.values()].filter((m) => !wanted || m.state === wanted).map(membershipJson));
    }
    const one = /^\/user\/memberships\/orgs\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const m = orgs.get(decodeURIComponent(one[1]).toLowerCase());
      return m ? json(200, membershipJson(m)) : json(404, { message: "Not Found" });
    }
    json(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
