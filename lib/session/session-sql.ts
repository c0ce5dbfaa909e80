import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-token";

/**
 * CTEs shared by every statement that starts from the session cookie:
 * - `extended` moves a live session's expiry forward once it is older than the update age (as Auth.js does);
 * - `signed_in` is the signed-in user (with their avatar's version, for the header's avatar URL), or no row when the
 *   token is unknown or expired.
 * `token` is the session token, or a placeholder for it in a statement built once (preparedRows).
 */
export function sessionUserCtes(token: string | Placeholder): SQL {
  return sql`extended as (
      update sessions set expires = now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})
      where session_token = ${token} and expires > now()
        and expires < now() + make_interval(secs => ${SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS})
      returning session_token
    ),
    signed_in as (
      select u.id, u.name, u.email, u.image, u.avatar_version from sessions s join users u on u.id = s.user_id
      where s.session_token = ${token} and s.expires > now()
    )`;
}

/** A row of `select ${SESSION_USER_COLUMNS} from signed_in`. */
export type SessionUserRow = { id: string; name: string | null; email: string | null; image: string | null; avatarVersion: string | null };

/** The columns of `signed_in` as SessionUserRow names them. */
export const SESSION_USER_COLUMNS = sql.raw(`id, name, email, image, avatar_version as "avatarVersion"`);
