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
         * @description Owners only; never a personal workspace. The deletion is scheduled: the workspace stops serving its members and every token of it at once, keeps its slug, and its owners can restore it (POST /api/v1/workspaces/{slug}/restore) for WORKSPACE_RESTORE_DAYS (30 by default), after which it is deleted for good. `?permanent=true` with `{"confirmSlug": "<slug>"}` in the body deletes it at once.
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
         * @description One page of members, searched by name or email with `q` and filtered by `role` and `status`.
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
    "/api/v1/members/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a member
         * @description The membership, its role and its tokens are kept, but from the next request the member has no access (their tokens answer 401 `SUSPENDED`); their seat stays taken. Owners suspend anyone but the last active owner; managers non-owners; nobody themselves. The member is emailed.
         */
        post: operations["suspendMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a member
         * @description Gives a suspended member (or one past their end date, whose end date is then cleared) their access back, with their role and tokens. The member is emailed.
         */
        post: operations["reactivateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/access-until": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a member's end date
         * @description `accessUntil` (in the future) gives the membership an end date, after which the member has no access; `null` removes it. Never on an owner. Owners set it on anyone else, managers on non-owners.
         */
        patch: operations["setMemberAccessUntil"];
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
         * @description Events newest first, filtered by date range (`from`, `to`), `action`, `actor` and target text (`q`); follow `nextCursor` for older events.
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
    "/api/v1/activity/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export activity
         * @description Every event under the same filters as the list, oldest first, streamed as one download: CSV (RFC 4180; cells a spreadsheet would run as formulas are prefixed with `'`) or NDJSON (one event per line, with its `seq`, `prevHash` and `hash`, to re-verify the hash chain outside Roster).
         */
        get: operations["exportActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the activity hash chain
         * @description Recomputes the workspace's hash chain (each event's SHA-256 over the previous event's hash and its own content) from its anchor to its newest event, and reports the first event that does not match: one edited, deleted, inserted or reordered in the database.
         */
        get: operations["verifyActivity"];
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
         * @description Owners only; never a personal workspace. The deletion is scheduled: the workspace stops serving its members and every token of it at once, keeps its slug, and its owners can restore it (POST /api/v1/workspaces/{slug}/restore) for WORKSPACE_RESTORE_DAYS (30 by default), after which it is deleted for good. `?permanent=true` with `{"confirmSlug": "<slug>"}` in the body deletes it at once.
         */
        delete: operations["deleteWorkspaceBySlug"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces/{slug}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a workspace scheduled for deletion
         * @description Owners only, with a personal access token (the workspace's own tokens stop working while it is deleted). Its members, roles, invitations, invite links and tokens come back; 409 when it is not scheduled for deletion.
         */
        post: operations["restoreWorkspace"];
        delete?: never;
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
    "/api/v1/workspace/transfer-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer ownership
         * @description Owners only. The member becomes owner (never a service account; within their MAX_OWNED_WORKSPACES); with `demoteSelf` (the default) you become manager.
         */
        post: operations["transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave the workspace
         * @description Ends the token holder's own membership (never a personal workspace, never its last owner); their tokens for the workspace, this one included, are revoked. A service account's token is refused: an owner or manager removes it.
         */
        post: operations["leaveWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend an invitation
         * @description Sends a pending invitation again with a new link (the old one stops working) and a new expiry.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pending requests to join
         * @description People who asked to join: through an invite link that no longer works, or their verified email domain while domain auto-join is in request mode. A request is made in the web app by the person (never through the API). Oldest first, at most 100.
         */
        get: operations["listJoinRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a request to join
         * @description Adds the person with this role, within the member quota; only an owner grants the owner role. A person removed before is let in too. They are emailed.
         */
        post: operations["approveJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a request to join
         * @description The person is emailed and may ask again later.
         */
        post: operations["declineJoinRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auto-join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the auto-join settings */
        get: operations["getAutoJoin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn domain or GitHub auto-join on or off
         * @description `kind` `github` links `githubOrganization` (required the first time it is turned on).
         */
        patch: operations["setAutoJoin"];
        trace?: never;
    };
    "/api/v1/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's domains
         * @description Each domain, how it is proven, and the TXT record to publish for DNS proof.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a domain to prove through DNS
         * @description Returns the TXT record to publish (`_roster-verification.<domain>`); then call `POST /api/v1/domains/{domain}/check`. On a domain proven by email, starts its DNS proof (the email proof holds until the record is found). Never a public mail domain, nor one another workspace verified through DNS (409).
         */
        post: operations["addDnsDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/domains/{domain}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a domain's DNS record now
         * @description Asks DNS for the TXT record at once: found, the domain is verified; gone from a verified domain, it becomes unverified (the owners are emailed). 503 when DNS does not answer (nothing changes).
         */
        post: operations["checkDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auto-join/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a domain proven by your email address
         * @description The weaker proof, for auto-join only (never single sign-on): only the domain of your own verified email address, never a public mail domain.
         */
        post: operations["addAutoJoinDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auto-join/domains/{domain}": {
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
         * Remove a domain
         * @description However it was proven: auto-join and single sign-on through it stop.
         */
        delete: operations["removeAutoJoinDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens
         * @description Owners and managers see every unrevoked token of the workspace; others their own. Never the secrets.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description A workspace token for yourself, or (owners and managers) for a service account (`holderId`), with a role no higher than your own. Created through a token, it expires no later than that token. The secret is in this response only.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
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
         * Revoke an API token
         * @description Your own tokens; owners and managers any token of the workspace. It stops working at once.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        /**
         * Update an API token
         * @description Rename it, lower its role (never above its current role or your own) or bring its expiry forward (never later). Your own tokens; owners and managers any token of the workspace.
         */
        patch: operations["updateToken"];
        trace?: never;
    };
    "/api/v1/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service accounts */
        get: operations["listServiceAccounts"];
        put?: never;
        /**
         * Create a service account
         * @description A non-human member with a role up to manager that you may assign; it counts against MAX_MEMBERS. Give it tokens with `POST /api/v1/tokens` and `holderId`.
         */
        post: operations["createServiceAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-accounts/{id}": {
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
         * Remove a service account
         * @description As removing it on the members page: its tokens are revoked. An id that is not a service account of the workspace is a 404.
         */
        delete: operations["removeServiceAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the token acts as
         * @description The holder, the token (kind, role ceiling, expiry) and, for a workspace token, its workspace and effective role now.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your personal access tokens */
        get: operations["listPersonalTokens"];
        put?: never;
        /**
         * Create a personal access token
         * @description It acts as you in every workspace. Created through a token, it expires no later than that token. The secret is in this response only.
         */
        post: operations["createPersonalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a personal access token */
        delete: operations["revokePersonalToken"];
        options?: never;
        head?: never;
        /**
         * Update a personal access token
         * @description Rename it or bring its expiry forward (never later).
         */
        patch: operations["updatePersonalToken"];
        trace?: never;
    };
    "/api/v1/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your pending invitations
         * @description Email invitations to your verified address, as on /account/invitations.
         */
        get: operations["listMyInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation */
        post: operations["acceptMyInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation */
        post: operations["declineMyInvitation"];
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
            code: "UNAUTHENTICATED" | "SUSPENDED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "QUOTA_EXCEEDED" | "LAST_OWNER" | "RATE_LIMITED" | "UNAVAILABLE" | "ADDRESS_NOT_ALLOWED" | "SSO_NO_CONNECTION" | "SSO_CONNECTION_DISABLED" | "SSO_UNVERIFIED_DOMAIN" | "SSO_EMAIL_OUTSIDE_DOMAINS" | "SSO_EMAIL_MISSING" | "SSO_EXPIRED" | "SSO_REPLAYED" | "SSO_UNKNOWN_REQUEST" | "SSO_STATE_MISMATCH" | "SSO_NONCE_MISMATCH" | "SSO_WRONG_AUDIENCE" | "SSO_WRONG_RECIPIENT" | "SSO_WRONG_ISSUER" | "SSO_SIGNATURE_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_IDP_UNREACHABLE" | "SSO_IDP_INITIATED_DISABLED" | "SSO_REMOVED" | "SSO_WORKSPACE_FULL" | "SSO_SERVICE_ACCOUNT" | "SSO_OWNERS_ONLY" | "SSO_METADATA_INVALID" | "SSO_METADATA_UNREACHABLE" | "INTERNAL";
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
        DeletedWorkspace: {
            slug: string;
            /** @description When the workspace is deleted for good; until then its owners can restore it. Null: deleted at once (`?permanent=true`). */
            purgeAt: string | null;
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
            /**
             * @description suspended: suspended by an owner or manager, or past its end date (`accessUntil`).
             * @enum {string}
             */
            status: "active" | "suspended";
            /** @description When the membership was suspended (null: not suspended). */
            suspendedAt: string | null;
            /** @description The membership's end date: after it the member has no access (null: none). */
            accessUntil: string | null;
        };
        RoleChange: {
            id: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            changed: boolean;
        };
        MemberStatusChange: {
            id: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** @description False when the member already had this status. */
            changed: boolean;
        };
        AccessUntilChange: {
            id: string;
            accessUntil: string | null;
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
            /** @description The end date of the membership it gives (null: none). */
            accessUntil: string | null;
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
            /** @description The end date of the membership it gives (null: none). */
            accessUntil: string | null;
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
            /** @description The end date of the membership it gives (null: none). */
            accessUntil: string | null;
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
        ChainVerification: {
            intact: boolean;
            /** @description Events recomputed. */
            checked: number;
            /** @description Where the kept chain starts: its first event's `prevHash` is trusted as this hash (older events were pruned by ACTIVITY_RETENTION_DAYS, or predate the chain). */
            anchor: {
                seq: number;
                hash: string;
            };
            /** @description The newest event when the check started (null before the first event). */
            head: {
                seq: number;
                hash: string;
            } | null;
            /** @description The first event that does not match (null when intact); `id` is null when the newest events were deleted. */
            firstBreak: {
                id: number | null;
                seq: number | null;
                createdAt: string | null;
                reason: string;
            } | null;
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
        OwnershipTransfer: {
            /** @description The new owner's user id. */
            id: string;
            /** @constant */
            role: "owner";
        };
        ResentInvitation: {
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            expiresAt: string;
        };
        JoinRequestList: {
            data: components["schemas"]["JoinRequest"][];
        };
        JoinRequest: {
            /** Format: uuid */
            id: string;
            userId: string;
            name: string | null;
            email: string | null;
            message: string;
            /**
             * @description How the person got to the request: a dead invite link, or their email domain (auto-join in request mode).
             * @enum {string}
             */
            via: "invite-link" | "domain";
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /** @description Whether they were removed from the workspace before (approving lets them back in all the same). */
            removedBefore: boolean;
        };
        AnsweredJoinRequest: {
            /** Format: uuid */
            id: string;
            userId: string;
            /** @enum {string} */
            status: "approved" | "declined";
            /** @description The role it was approved with (null when declined). */
            role: ("owner" | "manager" | "member" | "viewer") | null;
        };
        AutoJoinSettings: {
            /** @description Verified domains (by DNS or email) whose verified addresses are suggested the workspace. */
            domains: string[];
            domainAutoJoin: boolean;
            githubOrganization: string | null;
            githubAutoJoin: boolean;
            githubLink: {
                /** @description Who linked it, proven an admin of the organization on GitHub; null for a link made before proof. */
                linkedBy: string | null;
                /** @description When GitHub confirmed the linker as an admin. */
                checkedAt: string | null;
                /** @description True while its linker has left the workspace (or for a link made before proof): no Join suggestions until an admin links it again. */
                paused: boolean;
            } | null;
        };
        DomainList: {
            data: components["schemas"]["Domain"][];
        };
        Domain: {
            domain: string;
            /**
             * @description `dns`: proven by the TXT record (single sign-on and auto-join); `email`: by a manager's own address (auto-join only).
             * @enum {string}
             */
            method: "dns" | "email";
            verified: boolean;
            /** @description Null for a domain proven by email that is not moving to DNS. */
            record: components["schemas"]["DnsRecord"] | null;
            verifiedAt: string | null;
            /** @description When DNS was last asked (Check now, the daily re-check, or on use). */
            lastCheckedAt: string | null;
        };
        /** @description The TXT record to publish to prove the domain. */
        DnsRecord: {
            /** @constant */
            type: "TXT";
            /** @description `_roster-verification.<domain>` */
            name: string;
            value: string;
        };
        DnsDomain: {
            domain: string;
            /** @description False when the workspace already had it. */
            added: boolean;
            record: components["schemas"]["DnsRecord"];
        };
        DomainCheck: {
            domain: string;
            /** @description The record holds the token: the domain is verified through DNS. */
            verified: boolean;
            /** @description It was verified through DNS and its record is gone: it is no longer verified. */
            lost: boolean;
            /** @description The TXT values DNS returned for the record's name. */
            found: string[];
        };
        AddedDomain: {
            domain: string;
            /** @description False when the workspace already had it. */
            added: boolean;
        };
        TokenList: {
            data: components["schemas"]["Token"][];
            /** @description True: every token of the workspace (owners and managers); false: only your own. */
            manageAll: boolean;
        };
        Token: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The token's first characters, to recognise it (never the secret). */
            displayPrefix: string;
            /** @description A workspace token's role ceiling; null for a personal access token. */
            role: ("owner" | "manager" | "member" | "viewer") | null;
            /** @description The person or service account the token acts as. */
            holder: {
                id: string;
                label: string;
                serviceAccount: boolean;
            };
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /** @description Null: never expires. */
            expiresAt: string | null;
            lastUsedAt: string | null;
        };
        CreatedToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The token's first characters, to recognise it (never the secret). */
            displayPrefix: string;
            /** @description A workspace token's role ceiling; null for a personal access token. */
            role: ("owner" | "manager" | "member" | "viewer") | null;
            /** @description The person or service account the token acts as. */
            holder: {
                id: string;
                label: string;
                serviceAccount: boolean;
            };
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /** @description Null: never expires. */
            expiresAt: string | null;
            lastUsedAt: string | null;
            /** @description The secret: shown only in this response, stored only as a hash. */
            token: string;
        };
        UpdatedToken: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The token's first characters, to recognise it (never the secret). */
            displayPrefix: string;
            /** @description A workspace token's role ceiling; null for a personal access token. */
            role: ("owner" | "manager" | "member" | "viewer") | null;
            /** @description The person or service account the token acts as. */
            holder: {
                id: string;
                label: string;
                serviceAccount: boolean;
            };
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            /** @description Null: never expires. */
            expiresAt: string | null;
            lastUsedAt: string | null;
            /** @description False when the request changed nothing (no activity event). */
            changed: boolean;
        };
        ServiceAccountList: {
            data: components["schemas"]["ServiceAccount"][];
        };
        ServiceAccount: {
            /** @description The service account's user id (a member: it shows in /members too). */
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            joinedAt: string;
            liveTokens: number;
        };
        Identity: {
            /** @description The person or service account the token acts as. */
            holder: {
                id: string;
                name: string | null;
                email: string | null;
                serviceAccount: boolean;
            };
            /** @description The token the request came with (always present on /api/v1). */
            token: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "workspace" | "personal";
                /** @description A workspace token's role ceiling; null for a personal access token. */
                roleCeiling: ("owner" | "manager" | "member" | "viewer") | null;
                /** @description Null: never expires. */
                expiresAt: string | null;
            } | null;
            /** @description A workspace token's workspace; null for a personal access token (it names one per request). */
            workspace: components["schemas"]["Workspace"] | null;
            /** @description The effective role now: the lower of the token's ceiling and its holder's current role. Null for a personal access token. */
            role: ("owner" | "manager" | "member" | "viewer") | null;
        };
        PersonalTokenList: {
            data: components["schemas"]["Token"][];
        };
        MyInvitationList: {
            data: components["schemas"]["MyInvitation"][];
        };
        MyInvitation: {
            /** Format: uuid */
            id: string;
            workspace: {
                slug: string;
                displayName: string;
            };
            /** @enum {string} */
            role: "owner" | "manager" | "member" | "viewer";
            inviter: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            expiresAt: string;
        };
        AcceptedInvitation: {
            /** @description The workspace joined. */
            slug: string;
            alreadyMember: boolean;
        };
        DeclinedInvitation: {
            /** Format: uuid */
            id: string;
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
                /** @description `true`: delete at once, no restore (send `confirmSlug` in the body). Otherwise the deletion is scheduled and restorable. */
                permanent?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "confirmSlug": "acme-robotics"
                 *     }
                 */
                "application/json": {
                    /** @description The workspace's slug (with `?permanent=true`). */
                    confirmSlug: string;
                };
            };
        };
        responses: {
            /** @description Scheduled for deletion (or deleted, with `?permanent=true`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWorkspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
                /** @description active: members with access now; suspended: suspended, or past their end date. */
                status?: "active" | "suspended";
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    suspendMember: {
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
            /** @description The member's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatusChange"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    reactivateMember: {
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
            /** @description The member's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberStatusChange"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    setMemberAccessUntil: {
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
                 *       "accessUntil": "2027-01-31T18:00:00Z"
                 *     }
                 */
                "application/json": {
                    accessUntil: null | "";
                };
            };
        };
        responses: {
            /** @description The member's end date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessUntilChange"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
                    accessUntil?: null | "";
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
                    accessUntil?: null | "";
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
                /** @description Only events at or after this date (UTC, e.g. `2026-01-31`) or date-time (`2026-01-31T18:00:00Z`). */
                from?: string;
                /** @description Only events up to this date, included (UTC), or before this date-time. */
                to?: string;
                /** @description Only events whose target (its label or id) contains this text, ignoring case. */
                q?: string;
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    exportActivity: {
        parameters: {
            query?: {
                /** @description Only events at or after this date (UTC, e.g. `2026-01-31`) or date-time (`2026-01-31T18:00:00Z`). */
                from?: string;
                /** @description Only events up to this date, included (UTC), or before this date-time. */
                to?: string;
                /** @description Only events whose target (its label or id) contains this text, ignoring case. */
                q?: string;
                /** @description Only events with this action, e.g. `member.role_changed`. */
                action?: string;
                /** @description Only events by this person or service account (a user id), in the app or through any of their tokens. */
                actor?: string;
                /** @description `csv` (RFC 4180, a header row, cells that a spreadsheet would run as formulas prefixed with `'`) or `ndjson` (one JSON event per line). */
                format?: "csv" | "ndjson";
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events as a file (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    verifyActivity: {
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
            /** @description Whether the chain is intact, its anchor and head, and the first event that breaks it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerification"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
            query?: {
                /** @description `true`: delete at once, no restore (send `confirmSlug` in the body). Otherwise the deletion is scheduled and restorable. */
                permanent?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The workspace's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "confirmSlug": "acme-robotics"
                 *     }
                 */
                "application/json": {
                    /** @description The workspace's slug (with `?permanent=true`). */
                    confirmSlug: string;
                };
            };
        };
        responses: {
            /** @description Scheduled for deletion (or deleted, with `?permanent=true`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWorkspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    restoreWorkspace: {
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
            /** @description The restored workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    transferOwnership: {
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
                 *       "userId": "8f14e45f-ceea-467f-a0e6-6d6a1b6f7a1e",
                 *       "demoteSelf": true
                 *     }
                 */
                "application/json": {
                    userId: string;
                    demoteSelf?: boolean | ("true" | "false" | "on" | "off");
                };
            };
        };
        responses: {
            /** @description The new owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransfer"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    leaveWorkspace: {
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
            /** @description Left; the token no longer works for this workspace. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    resendInvitation: {
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
            /** @description Sent again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResentInvitation"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listJoinRequests: {
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
            /** @description The pending requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinRequestList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    approveJoinRequest: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The request's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "manager" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description Approved: the person is a member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnsweredJoinRequest"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    declineJoinRequest: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The request's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnsweredJoinRequest"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    getAutoJoin: {
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
            /** @description The domains and switches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoJoinSettings"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    setAutoJoin: {
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
                 *       "kind": "github",
                 *       "enabled": true,
                 *       "githubOrganization": "acme"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    kind: "domain" | "github";
                    enabled: boolean;
                    /** @enum {string} */
                    mode?: "join" | "request";
                    githubOrganization?: string;
                };
            };
        };
        responses: {
            /** @description The settings now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoJoinSettings"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listDomains: {
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
            /** @description The domains, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    addDnsDomain: {
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
                 *       "domain": "acme.com"
                 *     }
                 */
                "application/json": {
                    domain: string;
                };
            };
        };
        responses: {
            /** @description The domain and its record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DnsDomain"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    checkDomain: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The domain, e.g. acme.com. */
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What DNS returned and the domain's state now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainCheck"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    addAutoJoinDomain: {
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
                 *       "domain": "acme.com"
                 *     }
                 */
                "application/json": {
                    domain: string;
                };
            };
        };
        responses: {
            /** @description The domain, and whether it was new. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedDomain"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    removeAutoJoinDomain: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The domain, e.g. acme.com. */
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; it is no longer suggested to addresses there. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listTokens: {
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
            /** @description The tokens, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    createToken: {
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
                 *       "name": "CI deploy",
                 *       "expiresInDays": 90,
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @description Days until the token expires (30, 90 or 365), or null for a token that never expires. */
                    expiresInDays: 30 | 90 | 365 | null;
                    /**
                     * @description The token's role ceiling, no higher than the creator's own role. Default: the creator's role.
                     * @enum {string}
                     */
                    role?: "owner" | "manager" | "member" | "viewer";
                    /** @description A service account of the workspace to own the token (owners and managers). Default: the creator. */
                    holderId?: string;
                };
            };
        };
        responses: {
            /** @description The token and its secret, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    revokeToken: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The token's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    updateToken: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The token's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "CI deploy (read only)",
                 *       "role": "viewer"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /**
                     * Format: date-time
                     * @description A new, earlier expiry (ISO 8601): never later than the current one.
                     */
                    expiresAt?: string;
                    /**
                     * @description A lower role ceiling: never above the token's current role or your own.
                     * @enum {string}
                     */
                    role?: "owner" | "manager" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The token as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedToken"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listServiceAccounts: {
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
            /** @description The service accounts with their live token counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    createServiceAccount: {
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
                 *       "name": "CI bot",
                 *       "role": "member"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /**
                     * @default member
                     * @enum {string}
                     */
                    role?: "manager" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The service account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccount"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    removeServiceAccount: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The service account's id. */
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
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token's identity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listPersonalTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your unrevoked personal access tokens, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalTokenList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    createPersonalToken: {
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
                 *       "name": "Laptop CLI",
                 *       "expiresInDays": 30
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @description Days until the token expires (30, 90 or 365), or null for a token that never expires. */
                    expiresInDays: 30 | 90 | 365 | null;
                };
            };
        };
        responses: {
            /** @description The token and its secret, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    revokePersonalToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    updatePersonalToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Old laptop"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    /**
                     * Format: date-time
                     * @description A new, earlier expiry (ISO 8601): never later than the current one.
                     */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description The token as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedToken"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    listMyInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending invitations, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInvitationList"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    acceptMyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You are a member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitation"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
    declineMyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declined; the inviter is told. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclinedInvitation"];
                };
            };
            /** @description The Authorization header is missing or malformed, or the token is unknown, expired or revoked; or a token was sent in the URL. Code `SUSPENDED`: The token's holder is suspended in this workspace, or their access to it ended on its end date. Their tokens work again once an owner or manager reactivates them. */
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
}
