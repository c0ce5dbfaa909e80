import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { apiTokens } from "./tokens";
import { users } from "./users";
import { workspaces, type Role } from "./workspaces";

export const DEVICE_AUTHORIZATION_STATUSES = ["pending", "approved", "denied", "used"] as const;
export type DeviceAuthorizationStatus = (typeof DEVICE_AUTHORIZATION_STATUSES)[number];

/**
 * A browser login of the CLI (OAuth 2.0 Device Authorization Grant, RFC 8628). Both codes are stored as SHA-256
 * hashes only: the device code is a bearer secret, and the user code is what a person types to approve it. Approval
 * records what the CLI may do; the token itself is created when the CLI collects it (its secret shown only then).
 */
export const deviceAuthorizations = pgTable(
  "device_authorizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deviceCodeHash: text("device_code_hash").notNull().unique(),
    userCodeHash: text("user_code_hash").notNull().unique(),
    /** The requesting machine's name, as the CLI sent it (shown on the approval page, and in the token's name). */
    clientName: text("client_name").notNull(),
    status: text("status").$type<DeviceAuthorizationStatus>().notNull().default("pending"),
    /** Seconds the CLI must wait between polls (RFC 8628 §3.5: raised by 5 on each slow_down). */
    pollInterval: integer("poll_interval").notNull().default(5),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who approved or denied it, and when. */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** The workspace the CLI may act in; null with an approval means "all my workspaces" (a personal access token). */
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>(),
    /** The token's lifetime in days (30, 90 or 365), or null for none. */
    expiresInDays: integer("expires_in_days"),
    tokenId: uuid("token_id").references(() => apiTokens.id, { onDelete: "set null" }),
  },
  (t) => [index("device_authorizations_expires_idx").on(t.expiresAt)],
);
