import type { SessionUserRow } from "./session-sql";

/** The signed-in person as pages, actions and the header see them (`avatarVersion`: see personIdentity). */
export type SessionUser = { id: string; name: string | null; email: string; image: string | null; avatarVersion: string | null };

export function toSessionUser(row: SessionUserRow): SessionUser {
  return { id: row.id, name: row.name ?? null, email: row.email ?? "", image: row.image ?? null, avatarVersion: row.avatarVersion ?? null };
}
