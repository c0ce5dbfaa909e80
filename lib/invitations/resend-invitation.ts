import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { assertCanAssignRole } from "@/lib/auth/rules";
import { createSecretToken, hashSecret } from "@/lib/crypto/secret-token";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation";
import { INVITATION_TOKEN_PREFIX, INVITE_EMAILS_PER_ADDRESS_PER_DAY, INVITE_EMAILS_PER_WORKSPACE_PER_HOUR } from "./config";
import { sendInvitationEmails } from "./invite-members";
import { invitationIdSchema } from "./schemas";

/** invitations:manage: sends a pending invitation again with a new token (the old link stops working) and a new expiry. */
export async function resendInvitation(caller: Caller, slug: string, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const env = getEnv();
  const db = await getDb();
  const token = createSecretToken(INVITATION_TOKEN_PREFIX);
  const result = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspace.id)))
      .limit(1);
    if (!invitation || invitation.status !== "pending") throw new AppError("NOT_FOUND", "That invitation is no longer pending.");
    assertCanAssignRole(actorRole, invitation.role);
    await consumeRateLimit(tx, `invite-emails:workspace:${workspace.id}`, INVITE_EMAILS_PER_WORKSPACE_PER_HOUR, 3600,
      "Too many invitation emails from this workspace in the last hour. Try again later.");
    await consumeRateLimit(tx, `invite-emails:address:${invitation.email}`, INVITE_EMAILS_PER_ADDRESS_PER_DAY, 86400,
      `Too many invitations were sent to ${invitation.email} today. Try again tomorrow.`);
    const expiresAt = new Date(Date.now() + env.INVITE_TTL_DAYS * 86400_000);
    await tx.update(invitations).set({ tokenHash: hashSecret(token), expiresAt, invitedBy: caller.userId }).where(eq(invitations.id, invitation.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invitation.resent",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      metadata: { role: invitation.role },
    });
    return { invitation, workspace, expiresAt };
  });
  await sendInvitationEmails(
    [{ email: result.invitation.email, token, expiresAt: result.expiresAt }],
    result.workspace.displayName,
    caller.label,
    result.invitation.role,
  );
  return { invitationId, expiresAt: result.expiresAt };
}
