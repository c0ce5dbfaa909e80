import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { workspaces, type Role } from "./workspaces";

export const SSO_PROTOCOLS = ["oidc", "saml"] as const;
export type SsoProtocol = (typeof SSO_PROTOCOLS)[number];

/** One row of a connection's group mapping: members of `group` at the IdP get `role` in the workspace. */
export type SsoGroupRole = { group: string; role: Role };

/**
 * A workspace's single sign-on connection to its company's identity provider (OpenID Connect or SAML 2.0). Secrets
 * (the OIDC client secret, the SP's SAML signing key) are stored encrypted (lib/crypto, a key derived from
 * AUTH_SECRET or ENCRYPTION_KEY) and never returned by a page or the API.
 */
export const ssoConnections = pgTable(
  "sso_connections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    protocol: text("protocol").$type<SsoProtocol>().notNull(),
    /** The IdP's name as people see it on "Continue with <name>" (e.g. "Okta"). */
    displayName: text("display_name").notNull(),
    /** A disabled connection signs nobody in (its enforcement pauses with it). */
    enabled: boolean("enabled").notNull().default(true),
    /** "Require SSO": members at the workspace's verified domains cannot use the magic link or GitHub for it. */
    requireSso: boolean("require_sso").notNull().default(false),
    /** The last successful "Test connection" (a connection can be enforced only after one). */
    testedAt: timestamp("tested_at", { withTimezone: true }),
    testedBy: text("tested_by").references(() => users.id, { onDelete: "set null" }),
    // OpenID Connect
    oidcIssuer: text("oidc_issuer"),
    oidcClientId: text("oidc_client_id"),
    oidcClientSecretEncrypted: text("oidc_client_secret_encrypted"),
    oidcScopes: text("oidc_scopes").notNull().default("openid email profile"),
    // SAML 2.0: the IdP's metadata as given (XML, or fetched from its URL) and what Roster read from it.
    samlIdpMetadataUrl: text("saml_idp_metadata_url"),
    samlIdpMetadataXml: text("saml_idp_metadata_xml"),
    samlIdpEntityId: text("saml_idp_entity_id"),
    samlIdpSsoUrl: text("saml_idp_sso_url"),
    samlIdpCertificates: text("saml_idp_certificates").array().notNull().default(sql`'{}'::text[]`),
    samlSignRequests: boolean("saml_sign_requests").notNull().default(false),
    samlSpPrivateKeyEncrypted: text("saml_sp_private_key_encrypted"),
    samlSpCertificate: text("saml_sp_certificate"),
    samlAllowIdpInitiated: boolean("saml_allow_idp_initiated").notNull().default(false),
    // Attribute mapping and just-in-time membership
    defaultRole: text("default_role").$type<Role>().notNull().default("member"),
    /** "IdP manages roles": existing members' roles follow the group mapping on each sign-in. */
    idpManagesRoles: boolean("idp_manages_roles").notNull().default(false),
    groupRoles: jsonb("group_roles").$type<SsoGroupRole[]>().notNull().default(sql`'[]'::jsonb`),
    /** The one owner who may still sign in without SSO while it is required (shown with a warning). */
    breakGlassUserId: text("break_glass_user_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sso_connections_workspace_idx").on(t.workspaceId),
    check("sso_connections_protocol_check", sql`${t.protocol} in ('oidc', 'saml')`),
    check("sso_connections_default_role_check", sql`${t.defaultRole} in ('manager', 'member', 'viewer')`),
  ],
);

/**
 * A sign-in through a connection that has started and not yet returned (servers are stateless: the OIDC `state`,
 * `nonce` and PKCE verifier, or the SAML AuthnRequest id, live here until the IdP sends the person back). `state`
 * is stored as its SHA-256 hash; a row is used once (consumed_at) and expires after minutes.
 */
export const ssoSignInAttempts = pgTable(
  "sso_sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    connectionId: uuid("connection_id").notNull().references(() => ssoConnections.id, { onDelete: "cascade" }),
    stateHash: text("state_hash").notNull().unique(),
    /** "sign-in", or "test" (an owner's Test connection: shows the claims, signs nobody in, creates nothing). */
    purpose: text("purpose").notNull().default("sign-in"),
    oidcNonce: text("oidc_nonce"),
    oidcCodeVerifier: text("oidc_code_verifier"),
    samlRequestId: text("saml_request_id"),
    callbackUrl: text("callback_url"),
    /** For a test: the owner who started it (only they see its result). */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** For a test: the claims received, shown to the owner. */
    result: jsonb("result"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
  },
  (t) => [
    index("sso_sign_in_attempts_expires_idx").on(t.expiresAt),
    index("sso_sign_in_attempts_saml_request_idx").on(t.samlRequestId),
    check("sso_sign_in_attempts_purpose_check", sql`${t.purpose} in ('sign-in', 'test')`),
  ],
);

/** SAML assertion ids already accepted, remembered until the assertion expires (replay protection). */
export const ssoUsedAssertions = pgTable(
  "sso_used_assertions",
  {
    connectionId: uuid("connection_id").notNull().references(() => ssoConnections.id, { onDelete: "cascade" }),
    assertionId: text("assertion_id").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.connectionId, t.assertionId] }), index("sso_used_assertions_expires_idx").on(t.expiresAt)],
);
