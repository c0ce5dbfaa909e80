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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description At most 10 per workspace. https only (plain http and private addresses only when the server sets WEBHOOKS_ALLOW_PRIVATE=true); the host's addresses are checked again at every delivery. The signing secret is in this response only.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
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
         * Delete a webhook endpoint
         * @description With its delivery log; nothing more is sent to it.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Change its URL, description or event types, or disable (`enabled: false`) or enable it again (which clears its failure streak).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description A new secret, in this response only. For `overlapHours` (default 24) the previous secret signs too: `webhook-signature` then carries both signatures, space-separated, so the receiver can switch secrets without missing an event.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` event to this endpoint only (a disabled one too); it shows in the delivery log.
         */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description The delivery log, newest first: each event sent to it in the last 30 days with every attempt (time, status, duration, reply excerpt, next retry).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a delivery
         * @description Sends it again now, with the same `webhook-id`, as its next attempt.
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "workspace.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created the workspace
         * @description Sent as `workspace.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.renamed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renamed the workspace
         * @description Sent as `workspace.renamed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.renamed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {
                     *         "from": "Acme",
                     *         "to": "Acme Inc."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deleted the workspace
         * @description Sent as `workspace.deleted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.deleted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.deletion_scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scheduled the workspace for deletion
         * @description Sent as `workspace.deletion_scheduled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.deletion_scheduled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restored the workspace
         * @description Sent as `workspace.restored`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.restored",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.ownership_transferred": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transferred ownership
         * @description Sent as `workspace.ownership_transferred`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.ownership_transferred",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.logo_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed the logo
         * @description Sent as `workspace.logo_changed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.logo_changed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "workspace.logo_removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Removed the logo
         * @description Sent as `workspace.logo_removed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "workspace.logo_removed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "workspace",
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "label": "Acme"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.role_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed a role
         * @description Sent as `member.role_changed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.role_changed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {
                     *         "from": "member",
                     *         "to": "manager"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Removed a member
         * @description Sent as `member.removed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.removed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Left the workspace
         * @description Sent as `member.left`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.left",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.account_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deleted their account
         * @description Sent as `member.account_deleted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.account_deleted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspended a member
         * @description Sent as `member.suspended`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.suspended",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.reactivated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivated a member
         * @description Sent as `member.reactivated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.reactivated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.access_until_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed a member's access end date
         * @description Sent as `member.access_until_changed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.access_until_changed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.access_ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member's access ended
         * @description Sent as `member.access_ended`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.access_ended",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invited
         * @description Sent as `invitation.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {
                     *         "role": "member"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.resent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resent an invitation
         * @description Sent as `invitation.resent`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.resent",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoked an invitation
         * @description Sent as `invitation.revoked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.revoked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restored an invitation
         * @description Sent as `invitation.restored`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.restored",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepted an invitation
         * @description Sent as `invitation.accepted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.accepted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declined an invitation
         * @description Sent as `invitation.declined`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invitation.declined",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invitation",
                     *         "id": "0b6e5f2c-1d7a-4e39-8c40-5a2b9e6f1d03",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite_link.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created an invite link
         * @description Sent as `invite_link.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invite_link.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invite_link",
                     *         "id": "3c9d1e7f-2a4b-4f60-9b18-7e5c0d2a6f41",
                     *         "label": "Engineering link"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite_link.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoked an invite link
         * @description Sent as `invite_link.revoked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invite_link.revoked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invite_link",
                     *         "id": "3c9d1e7f-2a4b-4f60-9b18-7e5c0d2a6f41",
                     *         "label": "Engineering link"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite_link.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restored an invite link
         * @description Sent as `invite_link.restored`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invite_link.restored",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invite_link",
                     *         "id": "3c9d1e7f-2a4b-4f60-9b18-7e5c0d2a6f41",
                     *         "label": "Engineering link"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite_link.used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Joined with an invite link
         * @description Sent as `invite_link.used`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "invite_link.used",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "invite_link",
                     *         "id": "3c9d1e7f-2a4b-4f60-9b18-7e5c0d2a6f41",
                     *         "label": "Engineering link"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enabled auto-join
         * @description Sent as `auto_join.enabled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.enabled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disabled auto-join
         * @description Sent as `auto_join.disabled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.disabled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.domain_added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Added a domain
         * @description Sent as `auto_join.domain_added`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.domain_added",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.domain_removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Removed a domain
         * @description Sent as `auto_join.domain_removed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.domain_removed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Joined automatically
         * @description Sent as `auto_join.joined`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.joined",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.github_linked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Linked a GitHub organization
         * @description Sent as `auto_join.github_linked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.github_linked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "auto_join.github_paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Paused the GitHub organization link
         * @description Sent as `auto_join.github_paused`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "auto_join.github_paused",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "auto_join",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "auto join"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.verified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verified a domain
         * @description Sent as `domain.verified`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "domain.verified",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "domain",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "domain"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.unverified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A domain lost its verification
         * @description Sent as `domain.unverified`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "domain.unverified",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "domain",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "domain"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "token.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created an API token
         * @description Sent as `token.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "token.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a68",
                     *         "label": "CI deploy"
                     *       },
                     *       "data": {
                     *         "role": "member",
                     *         "holder": "ada@acme.com",
                     *         "holderId": "usr_2b9f0c",
                     *         "prefix": "rst_4kQ9"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "token.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updated an API token
         * @description Sent as `token.updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "token.updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a68",
                     *         "label": "CI deploy"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "token.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoked an API token
         * @description Sent as `token.revoked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "token.revoked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a68",
                     *         "label": "CI deploy"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "personal_token.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created a personal access token
         * @description Sent as `personal_token.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "personal_token.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a69",
                     *         "label": "Laptop CLI"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "personal_token.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updated a personal access token
         * @description Sent as `personal_token.updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "personal_token.updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a69",
                     *         "label": "Laptop CLI"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "personal_token.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoked a personal access token
         * @description Sent as `personal_token.revoked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "personal_token.revoked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "token",
                     *         "id": "9a2f4c6e-8b1d-4e3f-a5c7-1d9e0b2f4a69",
                     *         "label": "Laptop CLI"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profile.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed their display name
         * @description Sent as `profile.updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "profile.updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "profile",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "profile"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profile.avatar_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed their avatar
         * @description Sent as `profile.avatar_changed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "profile.avatar_changed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "profile",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "profile"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "profile.avatar_removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Removed their avatar
         * @description Sent as `profile.avatar_removed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "profile.avatar_removed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "profile",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "profile"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service_account.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created a service account
         * @description Sent as `service_account.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "service_account.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "service_account",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "service account"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service_account.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Removed a service account
         * @description Sent as `service_account.removed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "service_account.removed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "service_account",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "service account"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "device.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approved a CLI login
         * @description Sent as `device.approved`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "device.approved",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "device",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "device"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "device.denied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Denied a CLI login
         * @description Sent as `device.denied`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "device.denied",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "device",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "device"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Added an SSO connection
         * @description Sent as `sso.connection_created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed the SSO connection
         * @description Sent as `sso.connection_updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enabled the SSO connection
         * @description Sent as `sso.connection_enabled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_enabled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disabled the SSO connection
         * @description Sent as `sso.connection_disabled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_disabled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deleted the SSO connection
         * @description Sent as `sso.connection_deleted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_deleted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.connection_tested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tested the SSO connection
         * @description Sent as `sso.connection_tested`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.connection_tested",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Required SSO
         * @description Sent as `sso.required`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.required",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.not_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stopped requiring SSO
         * @description Sent as `sso.not_required`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.not_required",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sso.joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Joined through SSO
         * @description Sent as `sso.joined`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "sso.joined",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "sso",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "sso"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "access.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closed every open door
         * @description Sent as `access.closed`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "access.closed",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "access",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "access"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "join_request.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Requested to join
         * @description Sent as `join_request.created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "join_request.created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "join_request",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "join request"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "join_request.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approved a request to join
         * @description Sent as `join_request.approved`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "join_request.approved",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "join_request",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "join request"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "join_request.declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declined a request to join
         * @description Sent as `join_request.declined`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "join_request.declined",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "join_request",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "join request"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.provisioned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Provisioned a member
         * @description Sent as `member.provisioned`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.provisioned",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "member.profile_provisioned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Updated a member's name or email
         * @description Sent as `member.profile_provisioned`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "member.profile_provisioned",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "user",
                     *         "id": "usr_7d41aa",
                     *         "label": "grace@acme.com"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scim.token_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created a SCIM token
         * @description Sent as `scim.token_created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "scim.token_created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "scim",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "scim"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scim.token_revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoked a SCIM token
         * @description Sent as `scim.token_revoked`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "scim.token_revoked",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "scim",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "scim"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scim.group_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Created a SCIM group
         * @description Sent as `scim.group_created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "scim.group_created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "scim",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "scim"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scim.group_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed a SCIM group
         * @description Sent as `scim.group_updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "scim.group_updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "scim",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "scim"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "scim.group_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deleted a SCIM group
         * @description Sent as `scim.group_deleted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "scim.group_deleted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "scim",
                     *         "id": "2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f",
                     *         "label": "scim"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.endpoint_created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Added a webhook endpoint
         * @description Sent as `webhook.endpoint_created`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.endpoint_created",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.endpoint_updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changed a webhook endpoint
         * @description Sent as `webhook.endpoint_updated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.endpoint_updated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.endpoint_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deleted a webhook endpoint
         * @description Sent as `webhook.endpoint_deleted`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.endpoint_deleted",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.secret_rotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotated a webhook signing secret
         * @description Sent as `webhook.secret_rotated`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.secret_rotated",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.endpoint_disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A webhook endpoint was disabled
         * @description Sent as `webhook.endpoint_disabled`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.endpoint_disabled",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test event (Send test event)
         * @description Sent as `webhook.test`. Verify it with any Standard Webhooks library and the endpoint's secret; answer 2xx within 10 s (410 disables the endpoint; anything else is retried with backoff for about a day).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry and resend (deduplicate on it). */
                    "webhook-id": string;
                    /** @description Unix seconds when this attempt was signed. */
                    "webhook-timestamp": string;
                    /** @description `v1,<base64 HMAC-SHA256>`; during a secret rotation two of them, space-separated. */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "id": "evt_18342",
                     *       "type": "webhook.test",
                     *       "timestamp": "2026-12-02T09:30:00.000Z",
                     *       "workspace": {
                     *         "id": "6f1c2a4e-8d3b-4c71-9a52-1e0f3b7d9c10",
                     *         "slug": "acme"
                     *       },
                     *       "actor": {
                     *         "type": "user",
                     *         "id": "usr_2b9f0c",
                     *         "label": "ada@acme.com"
                     *       },
                     *       "target": {
                     *         "type": "webhook_endpoint",
                     *         "id": "5e8a0c2d-4f6b-4a19-8d3e-7c1b9f0a2e54",
                     *         "label": "https://example.com/webhooks/roster"
                     *       },
                     *       "data": {
                     *         "message": "A test event from Roster's webhook settings."
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            responses: {
                /** @description Any 2xx: received. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: Roster disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /** @description `all`, or the event types it receives. */
            eventTypes: "all" | string[];
            enabled: boolean;
            disabledAt: string | null;
            /** @description Why it was disabled: a 410, failing for WEBHOOK_DISABLE_AFTER_DAYS, or by whom. */
            disabledReason: string | null;
            /** @description Since when every delivery has failed; null when the last one succeeded. */
            failingSince: string | null;
            /** @description During a rotation's overlap: until when the previous secret also signs. */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            createdBy: string | null;
        };
        CreatedWebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            /** @description `all`, or the event types it receives. */
            eventTypes: "all" | string[];
            enabled: boolean;
            disabledAt: string | null;
            /** @description Why it was disabled: a 410, failing for WEBHOOK_DISABLE_AFTER_DAYS, or by whom. */
            disabledReason: string | null;
            /** @description Since when every delivery has failed; null when the last one succeeded. */
            failingSince: string | null;
            /** @description During a rotation's overlap: until when the previous secret also signs. */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            createdBy: string | null;
            /** @description The signing secret (`whsec_…`, Standard Webhooks): shown only in this response. */
            secret: string;
        };
        RotatedWebhookSecret: {
            /** Format: uuid */
            id: string;
            /** @description The new signing secret: shown only in this response. */
            secret: string;
            /** @description Until when the previous secret signs too; null: no overlap. */
            previousSecretExpiresAt: string | null;
        };
        QueuedWebhookDelivery: {
            /** Format: uuid */
            deliveryId: string;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** @description The `webhook-id` header and the payload's `id`: the same on every attempt and resend. */
            messageId: string;
            type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            createdAt: string;
            lastAttemptAt: string | null;
            lastStatusCode: number | null;
            nextAttemptAt: string | null;
            payload: {
                [key: string]: unknown;
            };
            attemptLog: components["schemas"]["WebhookAttempt"][];
        };
        WebhookAttempt: {
            /**
             * Format: date-time
             * @description An ISO 8601 timestamp.
             */
            attemptedAt: string;
            /** @description The receiver's status; null when no answer came (refused address, timeout, connection error). */
            statusCode: number | null;
            durationMs: number;
            error: string | null;
            /** @description The first KiB of the reply. */
            responseExcerpt: string | null;
            nextRetryAt: string | null;
        };
        WebhookEvent: {
            /** @description The event's id (`evt_…`), also the `webhook-id` header: deduplicate on it. */
            id: string;
            /** @enum {string} */
            type: "workspace.created" | "workspace.renamed" | "workspace.deleted" | "workspace.deletion_scheduled" | "workspace.restored" | "workspace.ownership_transferred" | "workspace.logo_changed" | "workspace.logo_removed" | "member.role_changed" | "member.removed" | "member.left" | "member.account_deleted" | "member.suspended" | "member.reactivated" | "member.access_until_changed" | "member.access_ended" | "invitation.created" | "invitation.resent" | "invitation.revoked" | "invitation.restored" | "invitation.accepted" | "invitation.declined" | "invite_link.created" | "invite_link.revoked" | "invite_link.restored" | "invite_link.used" | "auto_join.enabled" | "auto_join.disabled" | "auto_join.domain_added" | "auto_join.domain_removed" | "auto_join.joined" | "auto_join.github_linked" | "auto_join.github_paused" | "domain.verified" | "domain.unverified" | "token.created" | "token.updated" | "token.revoked" | "personal_token.created" | "personal_token.updated" | "personal_token.revoked" | "profile.updated" | "profile.avatar_changed" | "profile.avatar_removed" | "service_account.created" | "service_account.removed" | "device.approved" | "device.denied" | "sso.connection_created" | "sso.connection_updated" | "sso.connection_enabled" | "sso.connection_disabled" | "sso.connection_deleted" | "sso.connection_tested" | "sso.required" | "sso.not_required" | "sso.joined" | "access.closed" | "join_request.created" | "join_request.approved" | "join_request.declined" | "member.provisioned" | "member.profile_provisioned" | "scim.token_created" | "scim.token_revoked" | "scim.group_created" | "scim.group_updated" | "scim.group_deleted" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "webhook.endpoint_disabled" | "webhook.test";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            workspace: {
                /** Format: uuid */
                id: string;
                slug: string;
            };
            /** @description Who made the change. */
            actor: {
                /** @enum {string} */
                type: "user" | "service_account" | "token" | "system";
                /** @description The person or service account; null for Roster itself, SCIM or an identity provider. */
                id: string | null;
                label: string;
                /** @description The API token the change came through. */
                token?: {
                    id: string;
                    name: string;
                };
            };
            /** @description What the change was made to. */
            target: {
                type: string;
                id: string;
                label: string;
            } | null;
            /** @description The event's details, as the activity log records them (e.g. `from` and `to` of a role change). */
            data: {
                [key: string]: unknown;
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
    listWebhookEndpoints: {
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
            /** @description The endpoints, newest first (never their secrets). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
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
    createWebhookEndpoint: {
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
                 *       "url": "https://example.com/webhooks/roster",
                 *       "description": "CRM sync",
                 *       "eventTypes": [
                 *         "member.role_changed",
                 *         "member.removed"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Where Roster POSTs the events: https (plain http only to this machine or a private network, when the server allows private addresses). */
                    url: string;
                    /**
                     * @description What the endpoint is for.
                     * @default
                     */
                    description?: string;
                    /**
                     * @description `all`, or the event types (activity actions) the endpoint receives.
                     * @default all
                     */
                    eventTypes?: "all" | ("workspace.created" | "workspace.renamed" | "workspace.deleted" | "workspace.deletion_scheduled" | "workspace.restored" | "workspace.ownership_transferred" | "workspace.logo_changed" | "workspace.logo_removed" | "member.role_changed" | "member.removed" | "member.left" | "member.account_deleted" | "member.suspended" | "member.reactivated" | "member.access_until_changed" | "member.access_ended" | "invitation.created" | "invitation.resent" | "invitation.revoked" | "invitation.restored" | "invitation.accepted" | "invitation.declined" | "invite_link.created" | "invite_link.revoked" | "invite_link.restored" | "invite_link.used" | "auto_join.enabled" | "auto_join.disabled" | "auto_join.domain_added" | "auto_join.domain_removed" | "auto_join.joined" | "auto_join.github_linked" | "auto_join.github_paused" | "domain.verified" | "domain.unverified" | "token.created" | "token.updated" | "token.revoked" | "personal_token.created" | "personal_token.updated" | "personal_token.revoked" | "profile.updated" | "profile.avatar_changed" | "profile.avatar_removed" | "service_account.created" | "service_account.removed" | "device.approved" | "device.denied" | "sso.connection_created" | "sso.connection_updated" | "sso.connection_enabled" | "sso.connection_disabled" | "sso.connection_deleted" | "sso.connection_tested" | "sso.required" | "sso.not_required" | "sso.joined" | "access.closed" | "join_request.created" | "join_request.approved" | "join_request.declined" | "member.provisioned" | "member.profile_provisioned" | "scim.token_created" | "scim.token_revoked" | "scim.group_created" | "scim.group_updated" | "scim.group_deleted" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "webhook.endpoint_disabled")[];
                };
            };
        };
        responses: {
            /** @description The endpoint and its signing secret, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
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
    deleteWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
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
    updateWebhookEndpoint: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "CRM sync (all events)",
                 *       "eventTypes": "all",
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    /** @description Where Roster POSTs the events: https (plain http only to this machine or a private network, when the server allows private addresses). */
                    url?: string;
                    /** @description What the endpoint is for. */
                    description?: string;
                    /** @description `all`, or the event types (activity actions) the endpoint receives. */
                    eventTypes?: "all" | ("workspace.created" | "workspace.renamed" | "workspace.deleted" | "workspace.deletion_scheduled" | "workspace.restored" | "workspace.ownership_transferred" | "workspace.logo_changed" | "workspace.logo_removed" | "member.role_changed" | "member.removed" | "member.left" | "member.account_deleted" | "member.suspended" | "member.reactivated" | "member.access_until_changed" | "member.access_ended" | "invitation.created" | "invitation.resent" | "invitation.revoked" | "invitation.restored" | "invitation.accepted" | "invitation.declined" | "invite_link.created" | "invite_link.revoked" | "invite_link.restored" | "invite_link.used" | "auto_join.enabled" | "auto_join.disabled" | "auto_join.domain_added" | "auto_join.domain_removed" | "auto_join.joined" | "auto_join.github_linked" | "auto_join.github_paused" | "domain.verified" | "domain.unverified" | "token.created" | "token.updated" | "token.revoked" | "personal_token.created" | "personal_token.updated" | "personal_token.revoked" | "profile.updated" | "profile.avatar_changed" | "profile.avatar_removed" | "service_account.created" | "service_account.removed" | "device.approved" | "device.denied" | "sso.connection_created" | "sso.connection_updated" | "sso.connection_enabled" | "sso.connection_disabled" | "sso.connection_deleted" | "sso.connection_tested" | "sso.required" | "sso.not_required" | "sso.joined" | "access.closed" | "join_request.created" | "join_request.approved" | "join_request.declined" | "member.provisioned" | "member.profile_provisioned" | "scim.token_created" | "scim.token_revoked" | "scim.group_created" | "scim.group_updated" | "scim.group_deleted" | "webhook.endpoint_created" | "webhook.endpoint_updated" | "webhook.endpoint_deleted" | "webhook.secret_rotated" | "webhook.endpoint_disabled")[];
                    /** @description false disables the endpoint (nothing is sent); true enables it again and clears its failure streak. */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description The endpoint as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
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
    rotateWebhookSecret: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overlapHours": 24
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Hours during which the old secret signs too (each request then carries both signatures); 0 ends it at once.
                     * @default 24
                     */
                    overlapHours?: number;
                };
            };
        };
        responses: {
            /** @description The new secret, shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecret"];
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
    sendTestWebhook: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookDelivery"];
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
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
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
    resendWebhookDelivery: {
        parameters: {
            query?: {
                /** @description With a personal access token: the slug of the workspace to act on. A workspace token ignores it (another slug is a 404). */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description The webhook endpoint's id. */
                id: string;
                /** @description The delivery's id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookDelivery"];
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
}
