import "server-only";
import type { Tx } from "@/db/client";
import { recordActivity, type ActivityInput } from "@/lib/activity/record-activity";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { personalWorkspaceId } from "@/lib/tokens/personal-workspace-id";

/** An event about the person's own account, recorded in their personal workspace's log (as personal access tokens are). */
export async function recordAccountActivity(tx: Tx, caller: Caller, event: Pick<ActivityInput, "action" | "metadata">): Promise<void> {
  const workspaceId = await personalWorkspaceId(tx, caller.userId);
  if (!workspaceId) return;
  await recordActivity(tx, { workspaceId, actor: callerActor(caller), target: { type: "user", id: caller.userId, label: caller.label }, ...event });
}
