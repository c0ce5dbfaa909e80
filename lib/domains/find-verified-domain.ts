import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";

/**
 * The workspace whose DNS-verified domain `domain` is (at most one: a unique index), or null. Placeholder of the
 * domains work (issue 13 section 1), which replaces it with the same signature (and re-checks stale proofs).
 */
export async function findVerifiedDomain(domain: string): Promise<{ workspaceId: string; domain: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ workspaceId: workspaceDomains.workspaceId, domain: workspaceDomains.domain })
    .from(workspaceDomains)
    .where(and(eq(workspaceDomains.domain, domain.trim().toLowerCase()), eq(workspaceDomains.verificationMethod, "dns"), isNotNull(workspaceDomains.verifiedAt)))
    .limit(1);
  return row ?? null;
}
