import "server-only";

/** The one boundary to GitHub: which organizations a user belongs to (OAuth token with read:org). Tests pass a fake. */
export type GitHubClient = { listOrganizations(accessToken: string): Promise<string[]> };

export const githubClient: GitHubClient = {
  async listOrganizations(accessToken) {
    const res = await fetch("https://api.github.com/user/orgs?per_page=100", {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json", "User-Agent": "roster" },
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) return [];
    const orgs = (await res.json()) as { login: string }[];
    return orgs.map((o) => o.login.toLowerCase());
  },
};
