import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** A user's membership of a GitHub organization, as GitHub's API states it. */
export type GitHubMembership = { organization: string; role: "admin" | "member"; state: "active" | "pending" };

/**
 * The one boundary to GitHub (the user's OAuth token, scope read:org), at GITHUB_API_URL. Tests run a local server that
 * speaks these endpoints (lib/testing/local-github-api.ts).
 */
export type GitHubClient = {
  /** GET /user, and GET /user/emails when the profile shows no public address: who signed in with GitHub (for Auth.js). */
  getProfile(accessToken: string): Promise<GitHubProfile>;
  /** The organizations the user belongs to (lowercase); empty when GitHub refuses the token. */
  listOrganizations(accessToken: string): Promise<string[]>;
  /** GET /user/memberships/orgs/{org}: the user's membership, or null when they are not a member. */
  getMembership(accessToken: string, organization: string): Promise<GitHubMembership | null>;
  /** GET /user/memberships/orgs?state=active: the organizations the user is an active admin of (lowercase). */
  listAdminOrganizations(accessToken: string): Promise<string[]>;
};

/** The signed-in GitHub user; `email` is their public address, else their primary verified one (null: none verified). */
export type GitHubProfile = { id: number; login: string; name: string | null; email: string | null; avatar_url: string };

type EmailJson = { email: string; primary: boolean; verified: boolean };

type MembershipJson = { state: string; role: string; organization: { login: string } };

async function call(accessToken: string, path: string): Promise<Response> {
  try {
    return await fetch(`${getEnv().GITHUB_API_URL}${path}`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json", "User-Agent": "roster", "X-GitHub-Api-Version": "2022-11-28" },
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw new AppError("UNAVAILABLE", "GitHub did not answer. Nothing changed: try again in a minute.");
  }
}

/** A refused token (revoked, or without read:org) or GitHub failing, in words a person can act on. */
function refusal(res: Response): AppError {
  if (res.status === 401 || res.status === 403) {
    const message = "GitHub refused your sign-in token (it may lack the read:org scope): sign in with GitHub again.";
    return new AppError("VALIDATION", message, { githubOrganization: [message] });
  }
  return new AppError("UNAVAILABLE", `GitHub answered ${res.status}. Nothing changed: try again in a minute.`);
}

const toMembership = (m: MembershipJson): GitHubMembership => ({
  organization: m.organization.login.toLowerCase(),
  role: m.role === "admin" ? "admin" : "member",
  state: m.state === "active" ? "active" : "pending",
});

export const githubClient: GitHubClient = {
  async getProfile(accessToken) {
    const res = await call(accessToken, "/user");
    if (!res.ok) throw refusal(res);
    const profile = (await res.json()) as GitHubProfile;
    if (profile.email) return profile;
    // A private address: the primary one if verified (an unverified address never names a Roster account).
    const emails = await call(accessToken, "/user/emails");
    if (!emails.ok) return { ...profile, email: null };
    const list = (await emails.json()) as EmailJson[];
    return { ...profile, email: (list.find((e) => e.primary && e.verified) ?? list.find((e) => e.verified))?.email ?? null };
  },
  async listOrganizations(accessToken) {
    const res = await call(accessToken, "/user/orgs?per_page=100").catch(() => null);
    if (!res?.ok) return [];
    const orgs = (await res.json()) as { login: string }[];
    return orgs.map((o) => o.login.toLowerCase());
  },
  async getMembership(accessToken, organization) {
    const res = await call(accessToken, `/user/memberships/orgs/${encodeURIComponent(organization)}`);
    if (res.status === 404) return null;
    if (!res.ok) throw refusal(res);
    return toMembership((await res.json()) as MembershipJson);
  },
  async listAdminOrganizations(accessToken) {
    const res = await call(accessToken, "/user/memberships/orgs?state=active&per_page=100");
    if (!res.ok) throw refusal(res);
    return ((await res.json()) as MembershipJson[]).map(toMembership).filter((m) => m.role === "admin" && m.state === "active").map((m) => m.organization);
  },
};

/**
 * The client when GitHub sign-in is set up (AUTH_GITHUB_ID and AUTH_GITHUB_SECRET, as lib/sign-in/auth.ts reads them),
 * else none: for the API routes, which must not load Auth.js.
 */
export function configuredGithubClient(): GitHubClient | undefined {
  const env = getEnv();
  return env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? githubClient : undefined;
}
