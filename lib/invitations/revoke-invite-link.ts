import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inviteLinks } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { inviteLinkIdSchema } from "./schemas";

/** invitations:manage (owner, manager): the link stops working at once. */
export async function revokeInviteLink(caller: Caller, slug: string, input: unknown) {
  const { linkId } = parseInput(inviteLinkIdSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "invitations:manage", { lock: true });
    const [link] = await tx
      .update(inviteLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(inviteLinks.id, linkId), eq(inviteLinks.workspaceId, workspace.id), isNull(inviteLinks.revokedAt)))
      .returning();
    if (!link) throw new AppError("NOT_FOUND", "That invite link no longer exists.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "invite_link.revoked",
      target: { type: "invite_link", id: link.id, label: link.tokenPrefix },
      metadata: { role: link.role, useCount: link.useCount },
    });
    return { linkId };
  });
}
