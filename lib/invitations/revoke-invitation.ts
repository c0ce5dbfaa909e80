import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { invitationIdSchema } from "./schemas";

/** invitations:manage (owner, manager): a pending invitation is revoked; its link stops working. */
export async function revokeInvitation(caller: Caller, slug: string, input: unknown) {
  const { invitationId } = parseInput(invitationIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    const [invitation] = await tx
      .update(invitations)
      .set({ status: "revoked", respondedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending")))
      .returning();
    if (!invitation) throw new AppError("NOT_FOUND", "That invitation is no longer pending.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invitation.revoked",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      metadata: { role: invitation.role },
    });
    return { invitationId };
  });
}
