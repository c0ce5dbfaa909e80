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
import { assertNotPublicMailDomain } from "./public-mail-domains";
import { assertNotVerifiedElsewhere } from "./recheck-domain";
import { newVerificationToken, verificationRecordName } from "./verification-record";

/**
 * domains:manage (owner, manager): adds a domain to prove through DNS, or starts DNS proof of one proven by email (it
 * keeps that weaker proof until the record is found). Returns the TXT record to publish; never a public mail domain,
 * nor one another workspace has verified through DNS.
 */
export async function addDnsDomain(caller: Caller, slug: string, input: unknown) {
  const { domain } = parseInput(domainInputSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "domains:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot have domains.");
    assertNotPublicMailDomain(domain);
    await assertNotVerifiedElsewhere(tx, domain, workspace.id);
    const [existing] = await tx
      .select()
      .from(workspaceDomains)
      .where(and(eq(workspaceDomains.workspaceId, workspace.id), eq(workspaceDomains.domain, domain)));
    const record = (token: string) => ({ domain, added: !existing, record: { type: "TXT" as const, name: verificationRecordName(domain), value: token } });
    if (existing?.verificationToken) return record(existing.verificationToken);
    const token = newVerificationToken();
    if (existing) {
      await tx.update(workspaceDomains).set({ verificationToken: token }).where(eq(workspaceDomains.id, existing.id));
      return record(token);
    }
    const [row] = await tx
      .insert(workspaceDomains)
      .values({ workspaceId: workspace.id, domain, verificationMethod: "dns", verificationToken: token, createdBy: caller.userId })
      .returning();
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "auto_join.domain_added",
      target: { type: "domain", id: row.id, label: domain },
      metadata: { method: "dns" },
    });
    return record(token);
  });
}
