import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { parseInput } from "@/lib/validation";
import { recheckDomain } from "./recheck-domain";
import { verificationRecordName } from "./verification-record";

/** domains:manage (owner, manager): "Check now": asks DNS for the domain's TXT record at once and records the answer. */
export async function checkDomain(caller: Caller, slug: string, input: unknown) {
  const { domain } = parseInput(domainInputSchema, input);
  const db = await getDb();
  const { workspace } = await authorize(db, caller, slug, "domains:manage");
  const [row] = await db
    .select({ id: workspaceDomains.id, token: workspaceDomains.verificationToken })
    .from(workspaceDomains)
    .where(and(eq(workspaceDomains.workspaceId, workspace.id), eq(workspaceDomains.domain, domain)));
  if (!row) throw new AppError("NOT_FOUND", "That domain is not on this workspace.");
  if (!row.token) throw new AppError("VALIDATION", `Start DNS verification of ${domain} first.`, { domain: ["This domain has no DNS record to check yet."] });
  // Authorized again inside the write, with the workspace locked: the role may have changed during the lookup.
  const check = await recheckDomain(row.id, callerActor(caller), async (tx) => {
    await authorize(tx, caller, slug, "domains:manage", { lock: true });
  });
  if (check.outcome === "failed") {
    throw new AppError("UNAVAILABLE", `DNS did not answer for ${verificationRecordName(domain)} (${check.reason}). Nothing changed: try again in a minute.`);
  }
  if (!("seen" in check)) throw new AppError("NOT_FOUND", "That domain is not on this workspace.");
  return { domain, verified: check.outcome === "verified", lost: check.outcome === "lost", found: check.seen };
}
