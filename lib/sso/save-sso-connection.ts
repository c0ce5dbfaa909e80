import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record-activity";
import { authorize } from "@/lib/auth/authorize";
import { callerActor, type Caller } from "@/lib/auth/caller";
import { sealSecret } from "@/lib/crypto/secret-box";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadSsoConnection } from "./load-sso-connection";
import { addressRefusal } from "./oidc/address-refusal";
import { oidcConfiguration } from "./oidc/oidc-configuration";
import { resolveIdpMetadata } from "./saml/resolve-idp-metadata";
import { ssoConnectionSchema } from "./schemas";

export const OIDC_SECRET_PURPOSE = "sso:oidc-client-secret";

/**
 * sso:manage (owners): adds the workspace's SSO connection, or changes it (a workspace has one). The client secret is
 * sealed (lib/crypto/secret-box); left empty on an edit, the stored one is kept. An OIDC issuer is checked through
 * discovery first. Changing where sign-ins go (protocol, issuer, client, metadata) clears the last test, and with it
 * "Require SSO", until the connection is tested again.
 */
export async function saveSsoConnection(caller: Caller, slug: string, input: unknown) {
  const values = parseInput(ssoConnectionSchema, input);
  const db = await getDb();
  // Before the transaction: a read (the permission is asserted again inside) and the IdP's discovery document.
  const before = await authorize(db, caller, slug, "sso:manage");
  const existing = await loadSsoConnection(db, { workspaceId: before.workspace.id });
  const secret = values.oidcClientSecret ?? undefined;
  if (values.protocol === "oidc") {
    const keptSecret = existing?.protocol === "oidc" && existing.oidcIssuer === values.oidcIssuer && existing.oidcClientId === values.oidcClientId;
    if (!secret && !keptSecret) throw new AppError("VALIDATION", "Enter the client secret the IdP gave Roster.", { oidcClientSecret: ["Enter the client secret."] });
    try {
      await oidcConfiguration(values.oidcIssuer!, values.oidcClientId!, undefined);
    } catch (error) {
      const refusal = addressRefusal(error);
      if (refusal) throw new AppError(refusal.code, refusal.message, { oidcIssuer: [refusal.message] });
      const message = `Roster could not read ${values.oidcIssuer}/.well-known/openid-configuration. Check the issuer URL.`;
      throw new AppError("VALIDATION", message, { oidcIssuer: [message] });
    }
  }
  // SAML: the IdP's metadata (as given, or fetched from its URL) is read now: its entity id, sign-in URL and signing
  // certificates are what responses are checked against. Metadata that does not parse is refused, nothing written.
  const saml =
    values.protocol === "saml"
      ? await resolveIdpMetadata({ xml: values.samlIdpMetadataXml ?? null, url: values.samlIdpMetadataUrl ?? null }).catch((error: unknown) => {
          const message = error instanceof AppError ? error.message : "Roster could not read the IdP's metadata.";
          const field = values.samlIdpMetadataXml ? "samlIdpMetadataXml" : "samlIdpMetadataUrl";
          const code = error instanceof AppError && error.code === "ADDRESS_NOT_ALLOWED" ? error.code : "VALIDATION";
          throw new AppError(code, message, { [field]: [message] });
        })
      : null;
  return db.transaction(async (tx) => {
    const { workspace } = await authorize(tx, caller, slug, "sso:manage", { lock: true });
    if (workspace.personal) throw new AppError("FORBIDDEN", "A personal workspace cannot have single sign-on.");
    const current = await loadSsoConnection(tx, { workspaceId: workspace.id });
    const oidc = values.protocol === "oidc";
    const row = {
      protocol: values.protocol,
      displayName: values.displayName,
      oidcIssuer: oidc ? values.oidcIssuer! : null,
      oidcClientId: oidc ? values.oidcClientId! : null,
      oidcClientSecretEncrypted: oidc ? (secret ? sealSecret(secret, OIDC_SECRET_PURPOSE) : (current?.oidcClientSecretEncrypted ?? null)) : null,
      oidcScopes: values.oidcScopes,
      samlIdpMetadataUrl: saml ? saml.metadataUrl : null,
      samlIdpMetadataXml: saml ? saml.metadataXml : null,
      samlIdpEntityId: saml ? saml.entityId : null,
      samlIdpSsoUrl: saml ? saml.ssoUrl : null,
      samlIdpCertificates: saml ? saml.certificates : [],
      samlSignRequests: !oidc && values.samlSignRequests,
      samlAllowIdpInitiated: !oidc && values.samlAllowIdpInitiated,
      defaultRole: values.defaultRole,
      idpManagesRoles: values.idpManagesRoles,
      groupRoles: values.groupRoles,
      updatedAt: new Date(),
    };
    if (!current) {
      const [created] = await tx.insert(ssoConnections).values({ ...row, workspaceId: workspace.id, createdBy: caller.userId }).returning({ id: ssoConnections.id });
      await recordActivity(tx, {
        workspaceId: workspace.id,
        actor: callerActor(caller),
        action: "sso.connection_created",
        target: { type: "sso_connection", id: created.id, label: values.displayName },
        metadata: { protocol: values.protocol },
      });
      return { id: created.id, created: true, retest: true };
    }
    const retest =
      current.protocol !== row.protocol ||
      current.oidcIssuer !== row.oidcIssuer ||
      current.oidcClientId !== row.oidcClientId ||
      Boolean(secret) ||
      current.samlIdpMetadataUrl !== row.samlIdpMetadataUrl ||
      current.samlIdpMetadataXml !== row.samlIdpMetadataXml;
    await tx
      .update(ssoConnections)
      .set({ ...row, ...(retest ? { testedAt: null, testedBy: null, requireSso: false } : {}) })
      .where(eq(ssoConnections.id, current.id));
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actor: callerActor(caller),
      action: "sso.connection_updated",
      target: { type: "sso_connection", id: current.id, label: values.displayName },
      metadata: { protocol: values.protocol, ...(retest && current.testedAt ? { untested: true } : {}), ...(retest && current.requireSso ? { requireSso: false } : {}) },
    });
    return { id: current.id, created: false, retest };
  });
}
