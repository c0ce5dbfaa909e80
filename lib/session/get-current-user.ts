import "server-only";
import { cache } from "react";
import { sql } from "drizzle-orm";
import { executeRows, getDb } from "@/db/client";
import { SESSION_USER_COLUMNS, sessionUserCtes, type SessionUserRow } from "./session-sql";
import { readSessionToken } from "./session-token";
import { toSessionUser, type SessionUser } from "./session-user";

/**
 * The signed-in user, read from the database session (Auth.js's table and cookie) once per request; null when signed
 * out or expired. One statement, which also extends the session once a day as Auth.js does.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const db = await getDb();
  const [row] = await executeRows<SessionUserRow>(db, sql`with ${sessionUserCtes(token)} select ${SESSION_USER_COLUMNS} from signed_in`);
  return row ? toSessionUser(row) : null;
});
