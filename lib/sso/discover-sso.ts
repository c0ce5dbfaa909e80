import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { findVerifiedDomain } from "@/lib/domains/find-verified-domain";
import { emailDomain } from "@/lib/users/email-domain";
import { loadSsoConnection } from "./load-sso-connection";

/** How an address may sign in through SSO: the workspace's connection, and whether SSO replaces the email link for it. */
export type SsoOffer = { slug: string; workspaceName: string; displayName: string; required: boolean };

/**
 * Home-realm discovery (public): the SSO connection for an address, when its domain is the DNS-verified domain of a
 * workspace whose connection is on; null otherwise. `required`: "Require SSO" is on and the address is not the
 * workspace's break-glass owner. The sign-in form, the email link and GitHub sign-in all ask it.
 */
export async function discoverSso(email: string): Promise<SsoOffer | null> {
  const verified = await findVerifiedDomain(emailDomain(email));
  if (!verified) return null;
  const db = await getDb();
  const connection = await loadSsoConnection(db, { workspaceId: verified.workspaceId });
  if (!connection || !connection.enabled || connection.workspace.personal) return null;
  let required = connection.requireSso;
  if (required && connection.breakGlassUserId) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
    required = user?.id !== connection.breakGlassUserId;
  }
  return { slug: connection.workspace.slug, workspaceName: connection.workspace.displayName, displayName: connection.displayName, required };
}
