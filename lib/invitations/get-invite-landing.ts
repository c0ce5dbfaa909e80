import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/permissions";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { wasRemoved } from "./add-member";
import { inviteEligibility, type InviteEligibility } from "./invite-eligibility";
import { maskEmail } from "./mask-email";
import { resolveInvite } from "./resolve-invite";

/** What the invitation landing page shows: the offer, and where the visitor stands with it. */
export type InviteLanding = {
  offer: {
    kind: "email" | "link";
    workspace: { slug: string; displayName: string };
    inviter: string | null;
    role: Role;
    expiresAt: Date | null;
    /** The invited address, masked (email invitations). */
    maskedEmail: string | null;
    allowedDomains: string[];
  };
  /**
   * signed-out: sign in first; member: already in the workspace; removed: removed from it, so a link does not let them
   * back (accepting asserts the same); otherwise the eligibility rule's answer.
   */
  standing: "signed-out" | "member" | "removed" | InviteEligibility;
};

/**
 * Public (the token is the credential): the landing page of `/invite/<token>`, or null for a dead token (one generic
 * page). Eligibility is the same rule accepting asserts (inviteEligibility).
 */
export async function getInviteLanding(caller: Caller | null, token: unknown): Promise<InviteLanding | null> {
  const db = await getDb();
  const invite = await resolveInvite(db, token);
  if (!invite) return null;
  const offer: InviteLanding["offer"] = {
    kind: invite.kind,
    workspace: { slug: invite.workspace.slug, displayName: invite.workspace.displayName },
    inviter: invite.inviter,
    role: invite.role,
    expiresAt: invite.expiresAt,
    maskedEmail: invite.kind === "email" ? maskEmail(invite.email) : null,
    allowedDomains: invite.kind === "link" ? invite.allowedDomains : [],
  };
  if (!caller) return { offer, standing: "signed-out" };
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, invite.workspace.id), eq(memberships.userId, caller.userId)))
    .limit(1);
  if (member) return { offer, standing: "member" };
  if (invite.kind === "link" && (await wasRemoved(db, invite.workspace.id, caller.userId))) return { offer, standing: "removed" };
  return { offer, standing: inviteEligibility(invite, await getVerifiedEmail(db, caller.userId)) };
}
