// Generated from Roster's OpenAPI document by `npm run sdk:types` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the token's workspace */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete the workspace
         * @description Permanent. Owners only; never a personal workspace. Every token of the workspace stops working.
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Rename the workspace
         * @description Changes the display name; the slug never changes.
         */
        patch: operations["renameWorkspace"];
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description One page of members, searched by name or email with `q` and filtered by `role`.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Their tokens for this workspace are revoked. Owners remove anyone but the last owner; managers remove non-owners.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role
         * @description Owners set any role; managers set manager, member or viewer on non-owners. The last owner stays an owner.
         */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pending invitations */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite people by email
         * @description Up to 50 addresses with one role you may assign. Inviting a pending address again renews and resends it.
         */
        post: operations["inviteMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invite-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invite links */
        get: operations["listInviteLinks"];
        put?: never;
        /**
         * Create an invite link
         * @description A shareable link granting at most manager, with an expiry, optional max uses and allowed email domains.
         */
        post: operations["createInviteLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invite-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invite link */
        delete: operations["revokeInviteLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activity
         * @description Events newest first, filtered by `action` and `actor`; follow `nextCursor` for older events.
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your workspaces
         * @description Every workspace the token's person belongs to, with their role. Personal access tokens only.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a workspace
         * @description The token's person becomes its owner, within the MAX_OWNED_WORKSPACES quota. Personal access tokens only.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a workspace
         * @description Owners only; never a personal workspace. Same rules as the web app.
         */
        delete: operations["deleteWorkspaceBySlug"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/device/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a browser login (RFC 8628)
         * @description No token: the CLI asks for a device code and a user code, shows the person `verification_uri` and the code, and polls the token endpoint. Rate-limited per address.
         */
        post: operations["startDeviceLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/device/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Poll for the login's token (RFC 8628)
         * @description No token: until the person approves, 400 `authorization_pending` (or `slow_down` with a longer `interval` when polled too fast); then the new token, once. `access_denied`, `expired_token` and `invalid_grant` (unknown or used code) end the login.
         */
        post: operations["collectDeviceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details with a stable `code`. */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @enum {string} */
            code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "QUOTA_EXCEEDED" | "LAST_OWNER" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";
            instance?: string;
            /** @description Field errors (422). */
            errors?: {
                [key: string]: string[];
            };
            /** @description The request's id (also the `X-Request-Id` header): quote it when reporting a problem. */
            requestId?: string;
        };
        Workspace: {
            /** Format: uuid */
            id: string;
            slug: string;
            displayName: string;
            personal: boolean;
            region: string;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /**
             * @description The caller's effective role: the lower of the token's role and its holder's role.
             * @enum {string}
             */
            role: "owner" | "manager" | "member" | "viewer";
        };
        MemberPage: {
            data: components["schemas"]["Member"][];
            page: number;
            pageSize: number;
            total: number;
        };
        Member: {
            /** @description The member's user id (use it in /members/{id}). */
            id: string;
            name: string | null;
            /** @description Null for a service account. */
            email: string | null;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            serviceAccount: boolean;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            joinedAt: string;
        };
        RoleChange: {
            id: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            changed: boolean;
        };
        InvitationList: {
            data: components["schemas"]["Invitation"][];
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            inviter: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            expiresAt: string;
            expired: boolean;
        };
        InviteResult: {
            /** @description Addresses newly invited (an email was sent). */
            invited: string[];
            /** @description Addresses with a pending invitation, renewed and sent again. */
            refreshed: string[];
            alreadyMembers: string[];
            invalid: string[];
        };
        InviteLinkList: {
            data: components["schemas"]["InviteLink"][];
        };
        InviteLink: {
            /** Format: uuid */
            id: string;
            tokenPrefix: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            expiresAt: string | null;
            maxUses: number | null;
            useCount: number;
            allowedDomains: string[];
            creator: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            active: boolean;
        };
        CreatedInviteLink: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            expiresAt: string | null;
            maxUses: number | null;
            allowedDomains: string[];
            /** @description The invite URL: shown once, share it with the people to invite. */
            url: string;
        };
        ActivityPage: {
            data: components["schemas"]["ActivityEvent"][];
            nextCursor: string | null;
        };
        ActivityEvent: {
            id: number;
            action: string;
            actor: {
                /** @enum {string} */
                type: "user" | "service_account" | "token" | "system";
                id: string | null;
                label: string;
                /** @description The API token the action came through. */
                token: {
                    id: string;
                    name: string;
                } | null;
            };
            target: {
                type: string;
                id: string | null;
                label: string | null;
            } | null;
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
        };
        WorkspaceList: {
            data: components["schemas"]["Workspace"][];
        };
        DeviceCode: {
            /** @description The secret the CLI polls with (single use). */
            device_code: string;
            /** @description What the person confirms in the browser, e.g. `BCDF-GHJK`. */
            user_code: string;
            verification_uri: string;
            verification_uri_complete: string;
            /** @description Seconds until both codes expire (600). */
            expires_in: number;
            /** @description Seconds to wait between polls (5). */
            interval: number;
        };
        DeviceToken: {
            /** @description The new API token's secret, shown only here. */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            expires_in?: number;
            /** @description Null for a personal access token. */
            workspace: {
                slug: string;
                displayName: string;
            } | null;
            token: {
                id: string;
                name: string;
                prefix: string;
                role: string | null;
                expiresAt: string | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getWorkspace: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace and the caller's effective role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renameWorkspace: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Acme Robotics"
                 *     }
                 */
                "application/json": {
                    displayName: string;
                };
            };
        };
        responses: {
            /** @description The renamed workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Search by name or email (case-insensitive substring). */
                q?: string;
                /** @description Only members with this role. */
                role?: "owner" | "manager" | "member" | "viewer";
                /** @description The page number, from 1. */
                page?: number;
                /** @description Members per page. */
                pageSize?: number;
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The member's user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The member's user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "viewer"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "manager" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The member's role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChange"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending invitations, newest first (expired ones flagged). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteMembers: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "ada@example.com",
                 *         "grace@example.com"
                 *       ],
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    emails: string | string[];
                    /** @enum {string} */
                    role: "owner" | "manager" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description What happened to each address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResult"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The invitation's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; its link stops working. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInviteLinks: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unrevoked invite links with their use counts (never the secret). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteLinkList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInviteLink: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "member",
                 *       "expiresIn": "7d",
                 *       "maxUses": 10,
                 *       "allowedDomains": [
                 *         "example.com"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "manager" | "member" | "viewer";
                    /** @enum {string} */
                    expiresIn: "1d" | "7d" | "30d" | "never";
                    maxUses?: "" | null | number;
                    allowedDomains?: string | string[];
                };
            };
        };
        responses: {
            /** @description The link; its URL is shown only now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInviteLink"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInviteLink: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The invite link's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; the link stops working at once. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivity: {
        parameters: {
            query?: {
                /** @description Only events with this action, e.g. `member.role_changed`. */
                action?: string;
                /** @description Only events by this person or service account (a user id), in the app or through any of their tokens. */
                actor?: string;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Events per page. */
                limit?: number;
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Acme Robotics",
                 *       "slug": "acme-robotics",
                 *       "region": "local"
                 *     }
                 */
                "application/json": {
                    displayName: string;
                    slug: string & (unknown & unknown);
                    region: string;
                };
            };
        };
        responses: {
            /** @description The new workspace. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body or a parameter is invalid; `errors` lists the messages per field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspaceBySlug: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token's effective role (the lower of its role and its holder's current role) lacks the permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource does not exist, or lies outside the token's workspace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startDeviceLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_name": "ada-laptop"
                 *     }
                 */
                "application/json": {
                    /** @description The requesting machine's name (its hostname), shown on the approval page and in the token's name. */
                    client_name: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description The requesting machine's name (its hostname), shown on the approval page and in the token's name. */
                    client_name: string;
                };
            };
        };
        responses: {
            /** @description The codes and where the person approves them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceCode"];
                };
            };
            /** @description An OAuth error (RFC 6749 §5.2, RFC 8628 §3.5): `{ error, error_description }`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        error_description?: string;
                        interval?: number;
                    };
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    collectDeviceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
                 *       "device_code": "rdc_..."
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    grant_type: "urn:ietf:params:oauth:grant-type:device_code";
                    device_code: string;
                    client_id?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @constant */
                    grant_type: "urn:ietf:params:oauth:grant-type:device_code";
                    device_code: string;
                    client_id?: string;
                };
            };
        };
        responses: {
            /** @description The new API token (a workspace token, or a personal access token for all workspaces). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceToken"];
                };
            };
            /** @description An OAuth error (RFC 6749 §5.2, RFC 8628 §3.5): `{ error, error_description }`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        error_description?: string;
                        interval?: number;
                    };
                };
            };
            /** @description Too many requests with this token; retry after the `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database could not answer in time (a restart, a lost connection, a timeout or every connection busy); nothing was changed. Retry after the `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
