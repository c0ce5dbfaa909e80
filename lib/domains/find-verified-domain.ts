import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { recheckDomain, SYSTEM_ACTOR } from "./recheck-domain";
import { RECHECK_AFTER_MS } from "./verification-record";

/**
 * Internal (no caller: single sign-on asks it before any session exists): the workspace whose DNS-verified domain this
 * is, re-checked through DNS first when its last check is over a day old; null when none, or when the re-check found
 * the record gone. DNS not answering keeps the last proof (the record held at the last check).
 */
export async function findVerifiedDomain(domain: string): Promise<{ workspaceId: string; domain: string } | null> {
  const parsed = domainInputSchema.safeParse({ domain });
  if (!parsed.success) return null;
  const db = await getDb();
  const verified = () =>
    db
      .select({ id: workspaceDomains.id, workspaceId: workspaceDomains.workspaceId, domain: workspaceDomains.domain, lastCheckedAt: workspaceDomains.lastCheckedAt })
      .from(workspaceDomains)
      .where(and(eq(workspaceDomains.domain, parsed.data.domain), eq(workspaceDomains.verificationMethod, "dns"), isNotNull(workspaceDomains.verifiedAt)))
      .limit(1);
  const [row] = await verified();
  if (!row) return null;
  if (!row.lastCheckedAt || Date.now() - row.lastCheckedAt.getTime() > RECHECK_AFTER_MS) {
    const check = await recheckDomain(row.id, SYSTEM_ACTOR);
    if (check.outcome === "lost" || check.outcome === "gone") return null;
    // Checked by another request meanwhile: its answer stands.
    if (check.outcome === "skipped" && !(await verified()).length) return null;
  }
  return { workspaceId: row.workspaceId, domain: row.domain };
}
