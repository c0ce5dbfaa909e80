import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, imageContentTypeCheck } from "./image-columns";

// Auth.js tables (shapes required by @auth/drizzle-adapter), plus Roster's own columns on users.
export const users = pgTable("users", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  /** The person's display name (Auth.js's column: GitHub's profile name seeds it; the account page edits it). */
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
  image: text("image"),
  githubLogin: text("github_login"),
  serviceAccount: boolean("service_account").notNull().default(false),
  /**
   * The version of the uploaded avatar (user_avatars), null without one: written in the avatar's transaction, so every
   * read that has the user's row builds the avatar's URL without a join.
   */
  avatarVersion: text("avatar_version"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
    /**
     * The SSO connection the session was signed in through (null: an email link or GitHub). Turning "Require SSO" on
     * ends the sessions of the workspace's domain members that did not come through it. No foreign key: schema/sso.ts
     * imports this file.
     */
    ssoConnectionId: uuid("sso_connection_id"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** A person's uploaded avatar (at most one; its bytes are served by /api/avatars/<user id>). */
export const userAvatars = pgTable(
  "user_avatars",
  {
    userId: text("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    /** A hash of the bytes: the URL's version and the ETag. */
    version: text("version").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("user_avatars_content_type_check", imageContentTypeCheck(t.contentType))],
);
