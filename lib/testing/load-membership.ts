import type { DbOrTx } from "@/db/client";
import { readMembership } from "@/lib/auth/authorize";
import type { MembershipContext } from "@/lib/auth/membership-columns";

/** Tests only: the user's membership in `slug` as authorize() reads it (null when either does not exist). */
export function loadMembership(db: DbOrTx, userId: string, slug: string): Promise<MembershipContext | null> {
  return readMembership(db, userId, slug);
}
