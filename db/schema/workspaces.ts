import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, imageContentTypeCheck } from "./image-columns";
import { users } from "./users";

export const ROLES = ["owner", "manager", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const DOMAIN_AUTO_JOIN_MODES = ["join", "request"] as const;
export type DomainAutoJoinMode = (typeof DOMAIN_AUTO_JOIN_MODES)[number];

export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  displayName: text("display_name").notNull(),
  personal: boolean("personal").notNull().default(false),
  region: text("region").notNull().default("local"),
  domainAutoJoin: boolean("domain_auto_join").notNull().default(false),
  /**
   * What a person at one of the workspace's domains may do while domain auto-join is on: "join" at once, or "request"
   * access (a join request an owner or manager approves).
   */
  domainAutoJoinMode: text("domain_auto_join_mode").$type<DomainAutoJoinMode>().notNull().default("join"),
  githubOrganization: text("github_organization"),
  githubAutoJoin: boolean("github_auto_join").notNull().default(false),
  /** Who linked the GitHub organization, proven an admin of it through GitHub's API when they linked it. */
  githubOrganizationLinkedBy: text("github_organization_linked_by").references(() => users.id, { onDelete: "set null" }),
  /** When the link was last proven (the linker an admin of the organization). */
  githubOrganizationCheckedAt: timestamp("github_organization_checked_at", { withTimezone: true }),
  /** Set while the link is paused (its linker left the workspace or is no longer an admin): no Join suggestions. */
  githubOrganizationPausedAt: timestamp("github_organization_paused_at", { withTimezone: true }),
  /** Kept by a trigger on memberships (migration 0003), so counting 10,000 members is a column read. */
  memberCount: integer("member_count").notNull().default(0),
  /** The version of the uploaded logo (workspace_logos), null without one (kept with it, as users.avatar_version). */
  logoVersion: text("logo_version"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  /**
   * Set when an owner deleted the workspace: from then on it serves nobody (as if deleted) and its slug stays taken,
   * until it is restored or purged at purge_at (WORKSPACE_RESTORE_DAYS later).
   */
  deletedAt: timestamp("deleted_at", { withTimezone: true }),
  deletedBy: text("deleted_by").references(() => users.id, { onDelete: "set null" }),
  purgeAt: timestamp("purge_at", { withTimezone: true }),
}, (t) => [
  index("workspaces_purge_idx").on(t.purgeAt).where(sql`deleted_at is not null`),
  check("workspaces_domain_auto_join_mode_check", sql`${t.domainAutoJoinMode} in ('join','request')`),
  check("workspaces_deleted_check", sql`(${t.deletedAt} is null) = (${t.purgeAt} is null)`),
]);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set while the membership is suspended: kept with its role and tokens, but it gives no access. Active means
     * suspended_at is null and access_until (the membership's end date, if any) has not passed, evaluated per request.
     */
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    suspendedBy: text("suspended_by").references(() => users.id, { onDelete: "set null" }),
    /** The membership's end date ("access until"): after it the membership gives no access, as if suspended. */
    accessUntil: timestamp("access_until", { withTimezone: true }),
    /** When the sweep recorded that access_until passed (its activity event and emails), so it does so once. */
    accessEndRecordedAt: timestamp("access_end_recorded_at", { withTimezone: true }),
  },
  (t) => [
    unique("memberships_workspace_user_unique").on(t.workspaceId, t.userId),
    // Covering (INCLUDE role, joined_at, written by hand in migration 0004: drizzle cannot express INCLUDE), so a member
    // search probes it per matching user instead of scanning the whole workspace.
    index("memberships_user_workspace_idx").on(t.userId, t.workspaceId),
    index("memberships_workspace_joined_idx").on(t.workspaceId, t.joinedAt, t.userId),
    index("memberships_workspace_owners_idx").on(t.workspaceId).where(sql`${t.role} = 'owner'`),
    index("memberships_access_until_idx").on(t.accessUntil).where(sql`access_until is not null and access_end_recorded_at is null`),
    check("memberships_role_check", sql`${t.role} in ('owner','manager','member','viewer')`),
  ],
);

/**
 * A person removed from a workspace (not one who left): invite links and auto-join no longer let them back in; an
 * accepted email invitation deletes the row.
 */
export const memberRemovals = pgTable(
  "member_removals",
  {
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    removedBy: text("removed_by").references(() => users.id, { onDelete: "set null" }),
    removedAt: timestamp("removed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

export const workspaceDomains = pgTable(
  "workspace_domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    /**
     * How the domain was proven: "dns" (a TXT record `_roster-verification.<domain>` holding verification_token) or
     * "email" (the adding manager's own verified address at it: the weaker proof, for auto-join only, never for SSO).
     */
    verificationMethod: text("verification_method").notNull().default("email"),
    /** The TXT record's value Roster shows for a "dns" domain (not a secret: it is published in DNS). */
    verificationToken: text("verification_token"),
    /** When the proof last held; null while a "dns" domain is pending or after its record was lost. */
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    /** When DNS was last asked (on demand, the daily re-check, or on use once a day old). */
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("workspace_domains_unique").on(t.workspaceId, t.domain),
    index("workspace_domains_domain_idx").on(t.domain),
    // One domain is a verified SSO domain of at most one workspace.
    uniqueIndex("workspace_domains_verified_dns_unique")
      .on(t.domain)
      .where(sql`verification_method = 'dns' and verified_at is not null`),
    check("workspace_domains_verification_method_check", sql`${t.verificationMethod} in ('dns', 'email')`),
  ],
);

/** A workspace's uploaded logo (at most one; served by /api/logos/<slug>). */
export const workspaceLogos = pgTable(
  "workspace_logos",
  {
    workspaceId: uuid("workspace_id").primaryKey().references(() => workspaces.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    version: text("version").notNull(),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("workspace_logos_content_type_check", imageContentTypeCheck(t.contentType))],
);

export const JOIN_REQUEST_STATUSES = ["pending", "approved", "declined"] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/**
 * A signed-in person asking to get into a workspace they may not enter (a dead invite link, a domain match in
 * "request" mode), with a short message; owners and managers approve it with a role or decline it.
 */
export const joinRequests = pgTable(
  "join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").notNull().references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    /** How the person got to the request: "invite-link" or "domain". */
    via: text("via").notNull(),
    status: text("status").$type<JoinRequestStatus>().notNull().default("pending"),
    /** The role it was approved with. */
    role: text("role").$type<Role>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("join_requests_workspace_idx").on(t.workspaceId, t.status, t.createdAt),
    index("join_requests_user_idx").on(t.userId),
    // One pending request per person and workspace.
    uniqueIndex("join_requests_pending_unique").on(t.workspaceId, t.userId).where(sql`status = 'pending'`),
    check("join_requests_status_check", sql`${t.status} in ('pending','approved','declined')`),
    check("join_requests_via_check", sql`${t.via} in ('invite-link','domain')`),
    check("join_requests_role_check", sql`${t.role} is null or ${t.role} in ('owner','manager','member','viewer')`),
  ],
);
