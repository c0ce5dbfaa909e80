import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { parseInput } from "@/lib/validation";

/** domains:manage (owner, manager): removes a domain (verified or not): no more auto-join or single sign-on through it. */
export async function removeWorkspaceDomain(caller: Caller, slug: string, input: unknown) {
  const { domain } = parseInput(domainInputSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "domains:manage", { lock: true });
    const [row] = await tx
      .delete(workspaceDomains)
      .where(and(eq(workspaceDomains.workspaceId, workspace.id), eq(workspaceDomains.domain, domain)))
      .returning();
    if (!row) throw new AppError("NOT_FOUND", "That domain is not on this workspace.");
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "auto_join.domain_removed",
      target: { type: "domain", id: row.id, label: domain },
    });
    return { domain };
  });
}
