import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./api-types";
import { RosterApiError } from "./roster-api-error";

export type Schemas = components["schemas"];
export type Role = "owner" | "manager" | "member" | "viewer";

export type RosterClientOptions = {
  /** The Roster server, e.g. `https://roster.example.com`. */
  baseUrl: string;
  /** An API token (`rst_...`): a workspace token, or a personal access token. */
  token?: string;
  /** With a personal access token: the workspace workspace-scoped calls act on (`?workspace=<slug>`). */
  workspace?: string;
  userAgent?: string;
  fetch?: typeof fetch;
};

type Scope = { workspace?: string };

/**
 * A typed client of the Roster API (types generated from its OpenAPI document, requests by openapi-fetch). Every
 * refusal or failure throws a RosterApiError with the problem's fields. `api` is the raw typed client for anything
 * the convenience functions do not cover.
 */
export function createRosterClient(options: RosterClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const api: Client<paths> = createClient<paths>({
    baseUrl,
    fetch: async (request: Request) => {
      try {
        return await fetchImpl(request);
      } catch (error) {
        throw RosterApiError.network(baseUrl, error);
      }
    },
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.userAgent ? { "user-agent": options.userAgent } : {}),
    },
  });

  async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    const { data, error, response } = await pending;
    if (!response.ok) throw await RosterApiError.fromResponse(response, error);
    return data as T;
  }
  const ws = (scope?: Scope) => scope?.workspace ?? options.workspace;
  const query = <Q extends object>(scope: Scope | undefined, rest?: Q) => ({ ...(rest ?? {}), ...(ws(scope) ? { workspace: ws(scope) } : {}) });

  return {
    api,
    baseUrl,

    // Workspaces (a personal access token lists, creates and deletes them; the seeds' names: Blaxel's SDK).
    listWorkspaces: () => call(api.GET("/api/v1/workspaces")),
    createWorkspace: (input: { name: string; displayName?: string; region: string }) =>
      call(api.POST("/api/v1/workspaces", { body: { slug: input.name, displayName: input.displayName ?? input.name, region: input.region } })),
    deleteWorkspace: (input: { name: string }) => call(api.DELETE("/api/v1/workspaces/{slug}", { params: { path: { slug: input.name } } })),
    getWorkspace: (scope?: Scope) => call(api.GET("/api/v1/workspace", { params: { query: query(scope) } })),
    renameWorkspace: (input: { displayName: string } & Scope) =>
      call(api.PATCH("/api/v1/workspace", { params: { query: query(input) }, body: { displayName: input.displayName } })),

    // Members.
    listMembers: (input: { q?: string; role?: Role; page?: number; pageSize?: number } & Scope = {}) => {
      const { workspace, ...rest } = input;
      return call(api.GET("/api/v1/members", { params: { query: query({ workspace }, rest) } }));
    },
    setRole: (input: { userId: string; role: Role } & Scope) =>
      call(api.PATCH("/api/v1/members/{id}", { params: { path: { id: input.userId }, query: query(input) }, body: { role: input.role } })),
    removeMember: (input: { userId: string } & Scope) => call(api.DELETE("/api/v1/members/{id}", { params: { path: { id: input.userId }, query: query(input) } })),

    // Invitations and invite links.
    inviteMembers: (input: { emails: string[]; role: Exclude<Role, "owner"> | Role } & Scope) =>
      call(api.POST("/api/v1/invitations", { params: { query: query(input) }, body: { emails: input.emails, role: input.role } as never })),
    listInvitations: (scope?: Scope) => call(api.GET("/api/v1/invitations", { params: { query: query(scope) } })),
    revokeInvitation: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/invitations/{id}", { params: { path: { id: input.id }, query: query(input) } })),
    listInviteLinks: (scope?: Scope) => call(api.GET("/api/v1/invite-links", { params: { query: query(scope) } })),
    createInviteLink: (input: { role: Role; expiresIn?: string; maxUses?: number | null } & Scope) => {
      const { workspace, ...body } = input;
      return call(api.POST("/api/v1/invite-links", { params: { query: query({ workspace }) }, body: body as never }));
    },
    revokeInviteLink: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/invite-links/{id}", { params: { path: { id: input.id }, query: query(input) } })),

    // Activity.
    listActivity: (input: { action?: string; actor?: string; cursor?: string; limit?: number } & Scope = {}) => {
      const { workspace, ...rest } = input;
      return call(api.GET("/api/v1/activity", { params: { query: query({ workspace }, rest) } }));
    },

    // The CLI's browser login (RFC 8628): no token needed.
    startDeviceLogin: (input: { clientName: string }) => call(api.POST("/api/v1/device/code", { body: { client_name: input.clientName } })),
    /** One poll: the token once approved, else the OAuth error (`authorization_pending`, `slow_down`, ...). */
    pollDeviceLogin: async (input: { deviceCode: string }) => {
      const { data, error, response } = await api.POST("/api/v1/device/token", {
        body: { grant_type: "urn:ietf:params:oauth:grant-type:device_code", device_code: input.deviceCode },
      });
      if (response.ok && data) return { ok: true as const, ...data };
      const oauth = error as { error?: string; error_description?: string; interval?: number } | undefined;
      if (response.status === 400 && oauth?.error) return { ok: false as const, error: oauth.error, description: oauth.error_description ?? oauth.error, interval: oauth.interval };
      throw await RosterApiError.fromResponse(response, error);
    },
  };
}

export type RosterClient = ReturnType<typeof createRosterClient>;
