import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, users, type Role } from "@/db/schema";
import { membershipIsActive } from "@/lib/auth/membership-access";
import { AppError } from "@/lib/errors";

export type TargetMember = {
  membershipId: string;
  userId: string;
  role: Role;
  label: string;
  email: string | null;
  serviceAccount: boolean;
  /** When the membership was suspended (null: not suspended). */
  suspendedAt: Date | null;
  /** The membership's end date, if any. */
  accessUntil: Date | null;
  /** Whether it gives access now (not suspended, not past its end date): what the active-owner counts count. */
  active: boolean;
};

/** The member an operation acts on, or NOT_FOUND ("no longer a member": a stale page). */
export async function getTargetMember(tx: Tx, workspaceId: string, userId: string): Promise<TargetMember> {
  const [row] = await tx
    .select({
      membershipId: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      email: users.email,
      name: users.name,
      serviceAccount: users.serviceAccount,
      suspendedAt: memberships.suspendedAt,
      accessUntil: memberships.accessUntil,
      active: sql<boolean>`${membershipIsActive}`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That person is no longer a member of this workspace.");
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    role: row.role,
    label: row.email ?? row.name ?? row.userId,
    email: row.email,
    serviceAccount: row.serviceAccount,
    suspendedAt: row.suspendedAt,
    accessUntil: row.accessUntil,
    active: Boolean(row.active),
  };
}
