import { AppError } from "@/lib/errors";
import { emailDomain } from "@/lib/users/email-domain";

/** What decides who may accept: an email invitation names one address; an invite link may list domains. */
export type InviteAudience = { kind: "email"; email: string } | { kind: "link"; allowedDomains: string[] };
export type InviteEligibility = "eligible" | "other-address" | "other-domain";

/**
 * Who may accept which invitation (the landing page shows it, accepting asserts it): an email invitation only the
 * verified address it was sent to; an invite link with a domain list only a verified address at one of them.
 */
export function inviteEligibility(audience: InviteAudience, verifiedEmail: string | null): InviteEligibility {
  if (audience.kind === "email") return verifiedEmail === audience.email ? "eligible" : "other-address";
  if (audience.allowedDomains.length === 0) return "eligible";
  return verifiedEmail && audience.allowedDomains.includes(emailDomain(verifiedEmail)) ? "eligible" : "other-domain";
}

export function assertInviteEligible(audience: InviteAudience, verifiedEmail: string | null): void {
  const eligibility = inviteEligibility(audience, verifiedEmail);
  if (eligibility === "other-address") {
    throw new AppError("FORBIDDEN", "This invitation was sent to a different email address than the one you are signed in with.");
  }
  if (eligibility === "other-domain" && audience.kind === "link") {
    throw new AppError("FORBIDDEN", `This invite link only accepts addresses at ${audience.allowedDomains.join(", ")}.`);
  }
}
