import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { emailDomain } from "@/lib/users/email-domain";
import { parseInput } from "@/lib/validation";
import { assertNotPublicMailDomain } from "./public-mail-domains";

/**
 * domains:manage (owner, manager): the weaker proof, for auto-join only (never single sign-on): the domain of the
 * caller's own verified address, never a public mail domain. Proven at once (verified_at).
 */
export async function addWorkspaceDomain(caller: Caller, slug: string, input: unknown) {
  const { domain } = parseInput(domainInputSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "domains:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    assertNotPublicMailDomain(domain);
    const email = await getVerifiedEmail(tx, caller.userId);
    if (!email || emailDomain(email) !== domain) {
      throw new AppError("VALIDATION", "You can only add the domain of your own verified email address.", {
        domain: [email ? `Your verified address is at ${emailDomain(email)}.` : "You have no verified email address."],
      });
    }
    const now = new Date();
    const [existing] = await tx
      .select({ id: workspaceDomains.id, verifiedAt: workspaceDomains.verifiedAt })
      .from(workspaceDomains)
      .where(and(eq(workspaceDomains.workspaceId, workspace.id), eq(workspaceDomains.domain, domain)));
    if (existing?.verifiedAt) return { domain, added: false };
    // A domain still waiting for (or having lost) its DNS record: proven by the address now; its record can still be checked.
    const [row] = existing
      ? await tx.update(workspaceDomains).set({ verificationMethod: "email", verifiedAt: now, lastCheckedAt: now }).where(eq(workspaceDomains.id, existing.id)).returning()
      : await tx.insert(workspaceDomains).values({ workspaceId: workspace.id, domain, verificationMethod: "email", verifiedAt: now, createdBy: caller.userId }).returning();
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: existing ? "domain.verified" : "auto_join.domain_added",
      target: { type: "domain", id: row.id, label: domain },
      metadata: { method: "email" },
    });
    return { domain, added: true };
  });
}
