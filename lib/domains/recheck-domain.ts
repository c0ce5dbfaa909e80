import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { memberships, users, workspaceDomains, workspaces } from "@/db/schema";
import { recordActivity, type Actor } from "@/lib/activity/record-activity";
import { AppError } from "@/lib/errors";
import { lookupTxt } from "./lookup-txt";
import { notifyDomainLost } from "./notify-domain-lost";
import { verificationRecordName } from "./verification-record";

/** What one DNS check found: the domain verified, still waiting for its record, lost (its record gone), or DNS not answering. */
export type DomainCheck =
  | { domain: string; outcome: "verified" | "pending" | "lost"; seen: string[] }
  | { domain: string; outcome: "failed"; reason: string }
  | { domain: string; outcome: "gone" | "skipped" };

/** The Roster itself, for the daily re-check and re-checks on use. */
export const SYSTEM_ACTOR: Actor = { type: "system", id: null, label: "Roster" };

/**
 * Internal (no caller: Check now, the daily re-check and the on-use re-check authorize before they call it; `guard`
 * runs first inside the write transaction): asks DNS for the domain's record, then records what it found. A verified
 * DNS domain whose record is gone becomes unverified (domain.unverified, an email to the owners); a pending one (or an
 * email-proven one moving to DNS) becomes a verified DNS domain (domain.verified). DNS not answering changes nothing.
 */
export async function recheckDomain(domainId: string, actor: Actor, guard?: (tx: Tx) => Promise<void>): Promise<DomainCheck> {
  const db = await getDb();
  const [before] = await db.select().from(workspaceDomains).where(eq(workspaceDomains.id, domainId));
  if (!before?.verificationToken) return { domain: before?.domain ?? "", outcome: "gone" };
  const lookup = await lookupTxt(verificationRecordName(before.domain));
  if (lookup.status === "failed") return { domain: before.domain, outcome: "failed", reason: lookup.reason };
  const seen = lookup.status === "found" ? lookup.values : [];
  const { check, lost } = await db.transaction(async (tx) => {
    await guard?.(tx);
    const [row] = await tx.select().from(workspaceDomains).where(eq(workspaceDomains.id, domainId)).for("update");
    // Removed, re-added with another token, or checked by someone else meanwhile: this answer is stale.
    if (!row || row.verificationToken !== before.verificationToken) return { check: { domain: before.domain, outcome: "gone" as const }, lost: null };
    if (row.lastCheckedAt?.getTime() !== before.lastCheckedAt?.getTime() && !guard) return { check: { domain: row.domain, outcome: "skipped" as const }, lost: null };
    const now = new Date();
    const found = seen.includes(row.verificationToken!);
    const verifiedByDns = row.verificationMethod === "dns" && row.verifiedAt !== null;
    const event = (action: "domain.verified" | "domain.unverified", metadata: Record<string, unknown>) =>
      recordActivity(tx, { workspaceId: row.workspaceId, actor, action, target: { type: "domain", id: row.id, label: row.domain }, metadata });
    if (found) {
      if (!verifiedByDns) {
        await assertNotVerifiedElsewhere(tx, row.domain, row.workspaceId);
        await event("domain.verified", { method: "dns" });
      }
      await tx.update(workspaceDomains).set({ verificationMethod: "dns", verifiedAt: now, lastCheckedAt: now }).where(eq(workspaceDomains.id, row.id));
      return { check: { domain: row.domain, outcome: "verified" as const, seen }, lost: null };
    }
    if (verifiedByDns) {
      await tx.update(workspaceDomains).set({ verifiedAt: null, lastCheckedAt: now }).where(eq(workspaceDomains.id, row.id));
      await event("domain.unverified", { reason: "record-missing", record: verificationRecordName(row.domain) });
      return { check: { domain: row.domain, outcome: "lost" as const, seen }, lost: await lostNotice(tx, row.workspaceId, row.domain) };
    }
    await tx.update(workspaceDomains).set({ lastCheckedAt: now }).where(eq(workspaceDomains.id, row.id));
    return { check: { domain: row.domain, outcome: "pending" as const, seen }, lost: null };
  });
  if (lost) await notifyDomainLost(lost);
  return check;
}

/** One domain is a verified DNS domain of at most one workspace (the unique index holds it; this says so clearly). */
export async function assertNotVerifiedElsewhere(tx: Tx, domain: string, workspaceId: string): Promise<void> {
  const [other] = await tx
    .select({ id: workspaceDomains.id })
    .from(workspaceDomains)
    .where(and(eq(workspaceDomains.domain, domain), eq(workspaceDomains.verificationMethod, "dns"), isNotNull(workspaceDomains.verifiedAt), ne(workspaceDomains.workspaceId, workspaceId)))
    .limit(1);
  if (other) throw new AppError("CONFLICT", `${domain} is already verified by another workspace.`, { domain: ["Another workspace has verified this domain."] });
}

async function lostNotice(tx: Tx, workspaceId: string, domain: string) {
  const owners = await tx
    .select({ email: users.email, slug: workspaces.slug, displayName: workspaces.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")));
  const first = owners[0];
  if (!first) return null;
  return { domain, workspace: { slug: first.slug, displayName: first.displayName }, to: owners.map((o) => o.email).filter((e): e is string => Boolean(e)) };
}
