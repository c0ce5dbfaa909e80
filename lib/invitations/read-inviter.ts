import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { actorName, type Caller } from "@/lib/auth/caller";
import type { InviterNotice } from "./notify-inviter";

export type Inviter = { id: string; label: string; notice: InviterNotice | null };

/**
 * Inside an answer to an email invitation: who sent it (for the event's metadata) and what they are told (no one when
 * their account is gone or they answered their own invitation).
 */
export async function readInviter(
  tx: Tx,
  invitation: { invitedBy: string | null; role: InviterNotice["role"] },
  workspace: InviterNotice["workspace"],
  answer: InviterNotice["answer"],
  caller: Caller,
): Promise<Inviter | null> {
  if (!invitation.invitedBy) return null;
  const [inviter] = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, invitation.invitedBy));
  if (!inviter) return null;
  const label = inviter.email ?? inviter.name ?? inviter.id;
  const notice =
    inviter.email && inviter.id !== caller.userId
      ? { to: inviter.email, answer, invitee: actorName(caller), role: invitation.role, workspace: { slug: workspace.slug, displayName: workspace.displayName } }
      : null;
  return { id: inviter.id, label, notice };
}
