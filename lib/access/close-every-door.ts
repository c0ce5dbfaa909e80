import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, inviteLinks, workspaces } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { closeEveryDoorSchema } from "./schemas";

export type DoorsClosed = { inviteLinks: number; invitations: number; domainAutoJoin: boolean; githubAutoJoin: boolean };

/**
 * access:close-all (owners, managers), confirmed by typing the slug: revokes every unrevoked invite link and every
 * pending invitation and turns domain and GitHub auto-join off, in one transaction with one `access.closed` event
 * that counts what was closed. Members, tokens, SSO and join requests are left as they are (each has its own button).
 */
export async function closeEveryDoor(caller: Caller, slug: string, input: unknown): Promise<DoorsClosed> {
  const { confirmSlug } = parseInput(closeEveryDoorSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "access:close-all", { lock: true });
    if (confirmSlug !== workspace.slug) {
      throw new AppError("VALIDATION", `Type ${workspace.slug} to confirm.`, { confirmSlug: [`Type the workspace's slug, ${workspace.slug}, to confirm.`] });
    }
    const now = new Date();
    const links = await tx
      .update(inviteLinks)
      .set({ revokedAt: now })
      .where(and(eq(inviteLinks.workspaceId, workspace.id), isNull(inviteLinks.revokedAt)))
      .returning({ id: inviteLinks.id });
    const revoked = await tx
      .update(invitations)
      .set({ status: "revoked", respondedAt: now })
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.status, "pending")))
      .returning({ id: invitations.id });
    const [before] = await tx
      .select({ domainAutoJoin: workspaces.domainAutoJoin, githubAutoJoin: workspaces.githubAutoJoin })
      .from(workspaces)
      .where(eq(workspaces.id, workspace.id));
    await tx.update(workspaces).set({ domainAutoJoin: false, githubAutoJoin: false }).where(eq(workspaces.id, workspace.id));
    const closed: DoorsClosed = { inviteLinks: links.length, invitations: revoked.length, domainAutoJoin: before.domainAutoJoin, githubAutoJoin: before.githubAutoJoin };
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "access.closed",
      target: { type: "workspace", id: workspace.id, label: workspace.slug },
      metadata: closed,
    });
    return closed;
  });
}
