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

/** The activity filters: a date range (`YYYY-MM-DD`, UTC, both days included; or ISO date-times), action, actor, target text. */
type ActivityFilter = { from?: string; to?: string; q?: string; action?: string; actor?: string };

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
    /** Schedules the deletion (restorable until `purgeAt`); `permanent` deletes at once, confirming with the slug. */
    deleteWorkspace: (input: { name: string; permanent?: boolean }) =>
      call(
        api.DELETE("/api/v1/workspaces/{slug}", {
          params: { path: { slug: input.name }, query: input.permanent ? { permanent: "true" } : {} },
          ...(input.permanent ? { body: { confirmSlug: input.name } } : {}),
        }),
      ),
    restoreWorkspace: (input: { name: string }) => call(api.POST("/api/v1/workspaces/{slug}/restore", { params: { path: { slug: input.name } } })),
    getWorkspace: (scope?: Scope) => call(api.GET("/api/v1/workspace", { params: { query: query(scope) } })),
    renameWorkspace: (input: { displayName: string } & Scope) =>
      call(api.PATCH("/api/v1/workspace", { params: { query: query(input) }, body: { displayName: input.displayName } })),

    // Members.
    listMembers: (input: { q?: string; role?: Role; status?: "active" | "suspended"; page?: number; pageSize?: number } & Scope = {}) => {
      const { workspace, ...rest } = input;
      return call(api.GET("/api/v1/members", { params: { query: query({ workspace }, rest) } }));
    },
    setRole: (input: { userId: string; role: Role } & Scope) =>
      call(api.PATCH("/api/v1/members/{id}", { params: { path: { id: input.userId }, query: query(input) }, body: { role: input.role } })),
    removeMember: (input: { userId: string } & Scope) => call(api.DELETE("/api/v1/members/{id}", { params: { path: { id: input.userId }, query: query(input) } })),
    /** The member keeps their role and tokens but has no access until reactivated. */
    suspendMember: (input: { userId: string } & Scope) =>
      call(api.POST("/api/v1/members/{id}/suspend", { params: { path: { id: input.userId }, query: query(input) } })),
    reactivateMember: (input: { userId: string } & Scope) =>
      call(api.POST("/api/v1/members/{id}/reactivate", { params: { path: { id: input.userId }, query: query(input) } })),
    /** An end date (an ISO date-time in the future), or null to remove it. */
    setMemberAccessUntil: (input: { userId: string; accessUntil: string | null } & Scope) =>
      call(api.PATCH("/api/v1/members/{id}/access-until", { params: { path: { id: input.userId }, query: query(input) }, body: { accessUntil: input.accessUntil } as never })),

    // Requests to join (made by people in the web app; owners and managers answer them).
    listJoinRequests: (scope?: Scope) => call(api.GET("/api/v1/join-requests", { params: { query: query(scope) } })),
    approveJoinRequest: (input: { id: string; role: Role } & Scope) =>
      call(api.POST("/api/v1/join-requests/{id}/approve", { params: { path: { id: input.id }, query: query(input) }, body: { role: input.role } })),
    declineJoinRequest: (input: { id: string } & Scope) =>
      call(api.POST("/api/v1/join-requests/{id}/decline", { params: { path: { id: input.id }, query: query(input) } })),

    // Invitations and invite links.
    inviteMembers: (input: { emails: string[]; role: Exclude<Role, "owner"> | Role; accessUntil?: string | null } & Scope) =>
      call(
        api.POST("/api/v1/invitations", {
          params: { query: query(input) },
          body: { emails: input.emails, role: input.role, ...(input.accessUntil ? { accessUntil: input.accessUntil } : {}) } as never,
        }),
      ),
    listInvitations: (scope?: Scope) => call(api.GET("/api/v1/invitations", { params: { query: query(scope) } })),
    revokeInvitation: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/invitations/{id}", { params: { path: { id: input.id }, query: query(input) } })),
    listInviteLinks: (scope?: Scope) => call(api.GET("/api/v1/invite-links", { params: { query: query(scope) } })),
    createInviteLink: (input: { role: Role; expiresIn?: string; maxUses?: number | null; accessUntil?: string | null } & Scope) => {
      const { workspace, ...body } = input;
      return call(api.POST("/api/v1/invite-links", { params: { query: query({ workspace }) }, body: body as never }));
    },
    revokeInviteLink: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/invite-links/{id}", { params: { path: { id: input.id }, query: query(input) } })),

    transferOwnership: (input: { userId: string; demoteSelf?: boolean } & Scope) =>
      call(api.POST("/api/v1/workspace/transfer-ownership", { params: { query: query(input) }, body: { userId: input.userId, demoteSelf: input.demoteSelf ?? true } })),
    /** The caller's own membership (the token's holder); the token stops working. */
    leaveWorkspace: (scope?: Scope) => call(api.POST("/api/v1/workspace/leave", { params: { query: query(scope) } })),
    resendInvitation: (input: { id: string } & Scope) => call(api.POST("/api/v1/invitations/{id}/resend", { params: { path: { id: input.id }, query: query(input) } })),

    // Who the token acts as; the caller's own invitations (a personal access token).
    me: () => call(api.GET("/api/v1/me")),
    listMyInvitations: () => call(api.GET("/api/v1/me/invitations")),
    acceptInvitation: (input: { id: string }) => call(api.POST("/api/v1/me/invitations/{id}/accept", { params: { path: { id: input.id } } })),
    declineInvitation: (input: { id: string }) => call(api.POST("/api/v1/me/invitations/{id}/decline", { params: { path: { id: input.id } } })),

    // API tokens of the workspace, and personal access tokens (Horusec's create / update / revoke).
    listTokens: (scope?: Scope) => call(api.GET("/api/v1/tokens", { params: { query: query(scope) } })),
    createToken: (input: { name: string; expiresInDays: 30 | 90 | 365 | null; role?: Role; holderId?: string } & Scope) => {
      const { workspace, ...body } = input;
      return call(api.POST("/api/v1/tokens", { params: { query: query({ workspace }) }, body }));
    },
    updateToken: (input: { id: string; name?: string; role?: Role; expiresAt?: string } & Scope) => {
      const { workspace, id, ...body } = input;
      return call(api.PATCH("/api/v1/tokens/{id}", { params: { path: { id }, query: query({ workspace }) }, body }));
    },
    revokeToken: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/tokens/{id}", { params: { path: { id: input.id }, query: query(input) } })),
    listPersonalTokens: () => call(api.GET("/api/v1/me/tokens")),
    createPersonalToken: (input: { name: string; expiresInDays: 30 | 90 | 365 | null }) => call(api.POST("/api/v1/me/tokens", { body: input })),
    updatePersonalToken: (input: { id: string; name?: string; expiresAt?: string }) => {
      const { id, ...body } = input;
      return call(api.PATCH("/api/v1/me/tokens/{id}", { params: { path: { id } }, body }));
    },
    revokePersonalToken: (input: { id: string }) => call(api.DELETE("/api/v1/me/tokens/{id}", { params: { path: { id: input.id } } })),

    // Service accounts.
    listServiceAccounts: (scope?: Scope) => call(api.GET("/api/v1/service-accounts", { params: { query: query(scope) } })),
    createServiceAccount: (input: { name: string; role?: Exclude<Role, "owner"> } & Scope) => {
      const { workspace, ...body } = input;
      return call(api.POST("/api/v1/service-accounts", { params: { query: query({ workspace }) }, body: body as never }));
    },
    removeServiceAccount: (input: { id: string } & Scope) =>
      call(api.DELETE("/api/v1/service-accounts/{id}", { params: { path: { id: input.id }, query: query(input) } })),

    // Activity.
    listActivity: (input: ActivityFilter & { cursor?: string; limit?: number } & Scope = {}) => {
      const { workspace, ...rest } = input;
      return call(api.GET("/api/v1/activity", { params: { query: query({ workspace }, rest) } }));
    },
    /** Every event under the filters, oldest first, as a stream of CSV or NDJSON bytes (pipe it to a file). */
    exportActivity: async (input: ActivityFilter & { format?: "csv" | "ndjson" } & Scope = {}): Promise<ReadableStream<Uint8Array>> => {
      const { workspace, ...rest } = input;
      const { response, error } = await api.GET("/api/v1/activity/export", { params: { query: query({ workspace }, rest) }, parseAs: "stream" });
      if (!response.ok || !response.body) throw await RosterApiError.fromResponse(response, error);
      return response.body;
    },
    /** Recomputes the workspace's hash chain on the server: intact, or the first event that does not match. */
    verifyActivity: (scope?: Scope) => call(api.GET("/api/v1/activity/verify", { params: { query: query(scope) } })),

    // Webhook endpoints and their delivery logs.
    listWebhookEndpoints: (scope?: Scope) => call(api.GET("/api/v1/webhooks", { params: { query: query(scope) } })),
    createWebhookEndpoint: (input: { url: string; description?: string; eventTypes?: "all" | string[] } & Scope) => {
      const { workspace, ...body } = input;
      return call(api.POST("/api/v1/webhooks", { params: { query: query({ workspace }) }, body: body as never }));
    },
    updateWebhookEndpoint: (input: { id: string; url?: string; description?: string; eventTypes?: "all" | string[]; enabled?: boolean } & Scope) => {
      const { workspace, id, ...body } = input;
      return call(api.PATCH("/api/v1/webhooks/{id}", { params: { path: { id }, query: query({ workspace }) }, body: body as never }));
    },
    deleteWebhookEndpoint: (input: { id: string } & Scope) => call(api.DELETE("/api/v1/webhooks/{id}", { params: { path: { id: input.id }, query: query(input) } })),
    rotateWebhookSecret: (input: { id: string; overlapHours?: number } & Scope) => {
      const { workspace, id, ...body } = input;
      return call(api.POST("/api/v1/webhooks/{id}/rotate-secret", { params: { path: { id }, query: query({ workspace }) }, body }));
    },
    sendTestWebhook: (input: { id: string } & Scope) => call(api.POST("/api/v1/webhooks/{id}/test", { params: { path: { id: input.id }, query: query(input) } })),
    listWebhookDeliveries: (input: { id: string; limit?: number } & Scope) => {
      const { workspace, id, ...rest } = input;
      return call(api.GET("/api/v1/webhooks/{id}/deliveries", { params: { path: { id }, query: query({ workspace }, rest) } }));
    },
    resendWebhookDelivery: (input: { id: string; deliveryId: string } & Scope) =>
      call(api.POST("/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", { params: { path: { id: input.id, deliveryId: input.deliveryId }, query: query(input) } })),

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
