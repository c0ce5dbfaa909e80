import "server-only";
import { getDb } from "@/db/client";
import { workspaceDomains } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { getVerifiedEmail } from "@/lib/users/get-verified-email";
import { AppError } from "@/lib/errors";
import { PUBLIC_MAIL_DOMAINS } from "@/lib/invitations/config";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { emailDomain } from "@/lib/users/email-domain";
import { parseInput } from "@/lib/validation";

/** auto-join:manage (owner, manager): only the domain of the caller's own verified address, never a public mail domain. */
export async function addWorkspaceDomain(caller: Caller, slug: string, input: unknown) {
  const { domain } = parseInput(domainInputSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "auto-join:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot be shared.");
    if (PUBLIC_MAIL_DOMAINS.has(domain)) {
      throw new AppError("VALIDATION", `${domain} is a public mail domain: anyone can have an address there.`, { domain: ["Public mail domains are not allowed."] });
    }
    const email = await getVerifiedEmail(tx, caller.userId);
    if (!email || emailDomain(email) !== domain) {
      throw new AppError("VALIDATION", "You can only add the domain of your own verified email address.", {
        domain: [email ? `Your verified address is at ${emailDomain(email)}.` : "You have no verified email address."],
      });
    }
    const [row] = await tx.insert(workspaceDomains).values({ workspaceId: workspace.id, domain, createdBy: caller.userId }).onConflictDoNothing().returning();
    if (!row) return { domain, added: false };
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "auto_join.domain_added",
      target: { type: "domain", id: row.id, label: domain },
    });
    return { domain, added: true };
  });
}
