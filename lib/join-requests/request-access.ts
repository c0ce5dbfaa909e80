import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { joinRequests } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { SLUG_SHAPE } from "@/lib/auth/authorize";
import { actorName, callerActor, type Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { AppError } from "@/lib/errors";
import { isMember, lockWorkspace } from "@/lib/invitations/add-member";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { parseInput } from "@/lib/validation";
import { findJoinDoor } from "./find-join-door";
import { notifyJoinRequest, type JoinRequestNotice } from "./notify-join-request";
import { requestAccessSchema } from "./schemas";

/** Requests one person may send in an hour (to any workspaces), and one workspace may receive. */
export const JOIN_REQUEST_LIMITS = { perPerson: 5, perWorkspace: 30, windowSeconds: 60 * 60 };

const notFound = () => new AppError("NOT_FOUND", "Workspace not found.");

/**
 * A signed-in person asks to join a workspace they cannot enter (findJoinDoor: a dead invite link of it, or a domain
 * match in "request" mode), with a short message. One pending request per person and workspace (a unique index): a
 * second, even a concurrent one, returns the pending one. Rate-limited per person and per workspace (attempts count).
 * Its owners and managers are emailed once it committed. Not eligible looks like not existing.
 */
export async function requestAccess(caller: Caller, slug: unknown, input: unknown): Promise<{ id: string; alreadyPending: boolean }> {
  assertPerson(caller, "interactive", "Only a person can ask to join a workspace.");
  const data = parseInput(requestAccessSchema, input);
  if (typeof slug !== "string" || !SLUG_SHAPE.test(slug)) throw notFound();
  const db = await getDb();
  const { perPerson, perWorkspace, windowSeconds } = JOIN_REQUEST_LIMITS;
  await consumeRateLimit(db, `join-request:user:${caller.userId}`, perPerson, windowSeconds, "You asked to join too many workspaces in the last hour. Try again later.");
  await consumeRateLimit(db, `join-request:workspace:${slug}`, perWorkspace, windowSeconds, "This workspace received too many requests to join in the last hour. Try again later.");
  const { notice, ...result } = await db.transaction(async (tx) => {
    const door = await findJoinDoor(tx, caller.userId, data.inviteToken ? { inviteToken: data.inviteToken } : { slug });
    if (!door || door.workspace.slug !== slug) throw notFound();
    const workspace = await lockWorkspace(tx, door.workspace.id);
    if (!workspace) throw notFound();
    if (await isMember(tx, workspace.id, caller.userId)) throw new AppError("CONFLICT", `You are already a member of ${workspace.displayName}.`);
    const [created] = await tx
      .insert(joinRequests)
      .values({ workspaceId: workspace.id, userId: caller.userId, message: data.message, via: door.via })
      .onConflictDoNothing()
      .returning({ id: joinRequests.id });
    if (!created) {
      const [pending] = await tx
        .select({ id: joinRequests.id })
        .from(joinRequests)
        .where(and(eq(joinRequests.workspaceId, workspace.id), eq(joinRequests.userId, caller.userId), eq(joinRequests.status, "pending")));
      return { id: pending.id, alreadyPending: true, notice: null };
    }
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "join_request.created",
      target: { type: "user", id: caller.userId, label: caller.label },
      metadata: { via: door.via, requestId: created.id },
    });
    const notice: JoinRequestNotice = { kind: "created", workspaceId: workspace.id, workspace, requester: actorName(caller), message: data.message };
    return { id: created.id, alreadyPending: false, notice };
  });
  if (notice) await notifyJoinRequest(notice);
  return result;
}
