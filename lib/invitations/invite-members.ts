import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberships, users, type Role } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { emailAddressSchema } from "@/lib/users/email-address";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { assertAccessUntilFitsRole, assertCanAssignRole } from "@/lib/auth/rules";
import { createSecretToken, hashSecret } from "@/lib/crypto/secret-token";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { InvitationEmail } from "@/lib/mail/templates/invitation-email";
import { assertMemberQuota } from "@/lib/quotas/assert-member-quota";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation";
import { INVITATION_TOKEN_PREFIX, INVITE_EMAILS_PER_ADDRESS_PER_DAY, INVITE_EMAILS_PER_WORKSPACE_PER_HOUR, inviteUrl } from "./config";
import { inviteMembersSchema } from "./schemas";
import { logger } from "@/lib/observability/logger";

export type InviteResult = {
  invited: string[];
  refreshed: string[];
  alreadyMembers: string[];
  invalid: string[];
};

/**
 * invitations:manage (owner, manager), and only roles the caller may assign (a manager cannot invite an owner).
 * Up to 50 addresses; one live invitation per address (inviting again refreshes it); members + pending ≤ MAX_MEMBERS.
 * An optional end date (`accessUntil`) becomes the membership's when accepted; never with the owner role.
 */
export async function inviteMembers(caller: Caller, slug: string, input: unknown): Promise<InviteResult> {
  const data = parseInput(inviteMembersSchema, input);
  const env = getEnv();
  const valid = new Set<string>();
  const invalid: string[] = [];
  for (const raw of data.emails) {
    const parsed = emailAddressSchema.safeParse(raw);
    if (parsed.success) valid.add(parsed.data);
    else invalid.push(raw);
  }
  const db = await getDb();
  const outbox: { email: string; token: string; expiresAt: Date }[] = [];
  const result = await db.transaction(async (tx) => {
    const { workspace, role: actorRole } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    assertCanAssignRole(actorRole, data.role);
    assertAccessUntilFitsRole(data.role, data.accessUntil);
    const accessUntil = data.accessUntil ?? null;
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    const emails = [...valid];
    const memberRows = emails.length
      ? await tx
          .select({ email: users.email })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.workspaceId, workspace.id), inArray(users.email, emails)))
      : [];
    const alreadyMembers = memberRows.map((r) => r.email!).filter(Boolean);
    const toInvite = emails.filter((e) => !alreadyMembers.includes(e));
    if (toInvite.length === 0) return { invited: [], refreshed: [], alreadyMembers, invalid, workspace, role: data.role };

    const now = new Date();
    const existing = await tx
      .select({ id: invitations.id, email: invitations.email, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending"), inArray(invitations.email, toInvite)));
    const existingByEmail = new Map(existing.map((e) => [e.email, e]));
    const newCount = toInvite.filter((e) => !existingByEmail.get(e) || existingByEmail.get(e)!.expiresAt <= now).length;

    await assertMemberQuota(tx, workspace.id, newCount, now);

    await consumeRateLimit(tx, `invite-emails:workspace:${workspace.id}`, INVITE_EMAILS_PER_WORKSPACE_PER_HOUR, 3600,
      "Too many invitation emails from this workspace in the last hour. Try again later.", toInvite.length);
    for (const email of toInvite) {
      await consumeRateLimit(tx, `invite-emails:address:${email}`, INVITE_EMAILS_PER_ADDRESS_PER_DAY, 86400,
        `Too many invitations were sent to ${email} today. Try again tomorrow.`);
    }

    const expiresAt = new Date(now.getTime() + env.INVITE_TTL_DAYS * 86400_000);
    const invited: string[] = [];
    const refreshed: string[] = [];
    for (const email of toInvite) {
      const token = createSecretToken(INVITATION_TOKEN_PREFIX);
      const prior = existingByEmail.get(email);
      const [row] = prior
        ? await tx
            .update(invitations)
            .set({ tokenHash: hashSecret(token), role: data.role, accessUntil, invitedBy: caller.userId, expiresAt, createdAt: now })
            .where(eq(invitations.id, prior.id))
            .returning({ id: invitations.id })
        : await tx
            .insert(invitations)
            .values({ workspaceId: workspace.id, email, role: data.role, accessUntil, tokenHash: hashSecret(token), invitedBy: caller.userId, expiresAt })
            .returning({ id: invitations.id });
      (prior ? refreshed : invited).push(email);
      outbox.push({ email, token, expiresAt });
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor: callerActor(caller),
        action: prior ? "invitation.resent" : "invitation.created",
        target: { type: "invitation", id: row.id, label: email },
        metadata: { role: data.role, ...(accessUntil ? { accessUntil: accessUntil.toISOString() } : {}) },
      });
    }
    return { invited, refreshed, alreadyMembers, invalid, workspace, role: data.role };
  });
  await sendInvitationEmails(outbox, result.workspace.displayName, caller.label, result.role);
  return { invited: result.invited, refreshed: result.refreshed, alreadyMembers: result.alreadyMembers, invalid: result.invalid };
}

/** Sends invitation emails after the transaction committed (a failed send leaves the invitation to be resent). */
export async function sendInvitationEmails(
  outbox: { email: string; token: string; expiresAt: Date }[],
  workspaceName: string,
  inviterName: string,
  role: Role,
): Promise<void> {
  for (const item of outbox) {
    try {
      await sendMail({
        to: item.email,
        subject: `${inviterName} invited you to ${workspaceName} on Roster`,
        body: InvitationEmail({ workspaceName, inviterName, roleLabel: ROLE_LABELS[role], url: inviteUrl(item.token), expiresAt: item.expiresAt }),
      });
    } catch (error) {
      logger().error({ err: error, to: item.email }, "could not send an invitation email");
    }
  }
}

