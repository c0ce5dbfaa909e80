import type { Role } from "@/lib/auth/roles";
import type { MemberRow } from "@/lib/members/list-members";
import { personIdentity } from "@/lib/users/person-identity";

/**
 * One member row as the members page sends it to its table (a client component): a tuple of the row's own facts, dates
 * as epoch milliseconds, with nothing the browser can derive (the display name, the colour). The page's payload
 * carries 25 of these on every request, so each field name or derived value left out is bytes neither written nor
 * parsed on either side.
 */
export type PackedMemberRow = readonly [
  userId: string,
  name: string | null,
  email: string | null,
  role: Role,
  joinedAt: number,
  /** 1: a service account. */
  serviceAccount: 0 | 1,
  /** 1: the membership gives access now (MemberRow.active). */
  active: 0 | 1,
  suspendedAt: number | null,
  accessUntil: number | null,
  avatarUrl: string | null,
];

const time = (date: Date | null) => (date ? date.getTime() : null);
const date = (ms: number | null) => (ms === null ? null : new Date(ms));

export function packMemberRows(members: MemberRow[]): PackedMemberRow[] {
  return members.map((m) => [m.userId, m.name, m.email, m.role, m.joinedAt.getTime(), m.serviceAccount ? 1 : 0, m.active ? 1 : 0, time(m.suspendedAt), time(m.accessUntil), m.avatarUrl]);
}

export function unpackMemberRow([userId, name, email, role, joinedAt, serviceAccount, active, suspendedAt, accessUntil, avatarUrl]: PackedMemberRow): MemberRow {
  return {
    userId,
    name,
    email,
    role,
    joinedAt: new Date(joinedAt),
    serviceAccount: serviceAccount === 1,
    active: active === 1,
    suspendedAt: date(suspendedAt),
    accessUntil: date(accessUntil),
    ...personIdentity({ id: userId, name, email }),
    avatarUrl,
  };
}
