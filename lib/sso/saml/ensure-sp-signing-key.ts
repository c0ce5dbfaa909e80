import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { createSpCertificate, type SpKeyPair } from "./create-sp-certificate";
import type { SamlConnection } from "./get-saml-connection";

/** What the SP's private key is sealed for (bound into its encryption: it opens as nothing else). */
export const SAML_SP_KEY_PURPOSE = "sso:saml-sp-private-key";

/**
 * The connection's SP signing key and certificate when it signs AuthnRequests (null when it does not), made on first
 * need and stored with the private key encrypted. Two first requests at once both generate; the first write wins.
 */
export async function ensureSpSigningKey(connection: SamlConnection): Promise<SpKeyPair | null> {
  if (!connection.samlSignRequests) return null;
  if (connection.samlSpPrivateKeyEncrypted && connection.samlSpCertificate) {
    return { privateKeyPem: openSecret(connection.samlSpPrivateKeyEncrypted, SAML_SP_KEY_PURPOSE), certificatePem: connection.samlSpCertificate };
  }
  const made = createSpCertificate(`Roster SAML SP ${connection.id}`);
  const db = await getDb();
  const [stored] = await db
    .update(ssoConnections)
    .set({ samlSpPrivateKeyEncrypted: sealSecret(made.privateKeyPem, SAML_SP_KEY_PURPOSE), samlSpCertificate: made.certificatePem })
    .where(and(eq(ssoConnections.id, connection.id), isNull(ssoConnections.samlSpPrivateKeyEncrypted)))
    .returning({ id: ssoConnections.id });
  if (stored) return made;
  const [winner] = await db
    .select({ key: ssoConnections.samlSpPrivateKeyEncrypted, certificate: ssoConnections.samlSpCertificate })
    .from(ssoConnections)
    .where(eq(ssoConnections.id, connection.id));
  if (!winner?.key || !winner.certificate) throw new Error("The SP signing key vanished while it was being stored.");
  return { privateKeyPem: openSecret(winner.key, SAML_SP_KEY_PURPOSE), certificatePem: winner.certificate };
}
