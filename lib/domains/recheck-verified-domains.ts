import "server-only";
import { and, asc, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { recheckDomain, SYSTEM_ACTOR, type DomainCheck } from "./recheck-domain";
import { RECHECK_AFTER_MS } from "./verification-record";

/**
 * Internal (the daily re-check; no caller): every DNS-verified domain last checked over a day ago is asked again, a
 * batch at a time; one whose record is gone becomes unverified (recheckDomain). Safe to run from several processes at
 * once: a domain checked meanwhile is skipped.
 */
export async function recheckVerifiedDomains(options: { now?: Date; limit?: number } = {}) {
  const cutoff = new Date((options.now ?? new Date()).getTime() - RECHECK_AFTER_MS);
  const db = await getDb();
  const due = await db
    .select({ id: workspaceDomains.id })
    .from(workspaceDomains)
    .where(
      and(
        eq(workspaceDomains.verificationMethod, "dns"),
        isNotNull(workspaceDomains.verifiedAt),
        or(isNull(workspaceDomains.lastCheckedAt), lt(workspaceDomains.lastCheckedAt, cutoff)),
      ),
    )
    .orderBy(asc(workspaceDomains.lastCheckedAt))
    .limit(options.limit ?? 200);
  const counts: Record<DomainCheck["outcome"], number> = { verified: 0, pending: 0, lost: 0, failed: 0, gone: 0, skipped: 0 };
  for (const { id } of due) counts[(await recheckDomain(id, SYSTEM_ACTOR)).outcome]++;
  return counts;
}
