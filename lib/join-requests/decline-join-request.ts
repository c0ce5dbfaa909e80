import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { joinRequests } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { notifyJoinRequest } from "./notify-join-request";
import { lockPendingJoinRequest } from "./pending-join-request";
import { joinRequestIdSchema } from "./schemas";

/** join-requests:manage (owner, manager): declines a pending request; the person may ask again later. They are emailed once it committed. */
export async function declineJoinRequest(caller: Caller, slug: string, input: unknown) {
  const data = parseInput(joinRequestIdSchema, input);
  const db = await getDb();
  const { notice, ...result } = await db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "join-requests:manage", { lock: true });
    const request = await lockPendingJoinRequest(tx, workspace.id, data.requestId);
    await tx.update(joinRequests).set({ status: "declined", decidedAt: new Date(), decidedBy: caller.userId }).where(eq(joinRequests.id, request.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "join_request.declined",
      target: { type: "user", id: request.userId, label: request.label },
      metadata: { via: request.via, requestId: request.id },
    });
    const notice = request.email ? { kind: "declined" as const, to: request.email, workspace, actorName: actorName(caller) } : null;
    return { requestId: request.id, userId: request.userId, notice };
  });
  if (notice) await notifyJoinRequest(notice);
  return result;
}
