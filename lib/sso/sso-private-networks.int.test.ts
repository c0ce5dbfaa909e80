import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { ssoConnections } from "@/db/schema";
import { expectRefused, makeUser, makeWorkspace } from "@/lib/testing/factories";
import { startOidcProvider, type TestOidcProvider } from "@/lib/testing/oidc-provider";
import { TestSamlIdp } from "@/lib/testing/saml-idp";
import { saveSsoConnection } from "./save-sso-connection";

// This file only: SSO as a deployment without SSO_ALLOW_PRIVATE_NETWORKS (the other tests' IdPs need it on). Read
// once by getEnv, before anything here asks it.
process.env.SSO_ALLOW_PRIVATE_NETWORKS = "false";

let oidc: TestOidcProvider;
let saml: TestSamlIdp;
beforeAll(async () => {
  oidc = await startOidcProvider();
  saml = await TestSamlIdp.start();
});
afterAll(async () => {
  await oidc.stop();
  await saml.stop();
  await closeDb();
});

describe("an IdP on a private network, with SSO_ALLOW_PRIVATE_NETWORKS off", () => {
  it("the Security page refuses the OIDC issuer and the SAML metadata URL with a clear 422 on the field; nothing is saved", async () => {
    const owner = await makeUser("Owner");
    const workspace = await makeWorkspace(owner);
    const oidcInput = { protocol: "oidc", displayName: "Keycloak", oidcIssuer: oidc.issuer, oidcClientId: "id", oidcClientSecret: "secret" };
    const samlInput = { protocol: "saml", displayName: "ADFS", samlIdpMetadataUrl: saml.metadataUrl };
    for (const [input, field] of [[oidcInput, "oidcIssuer"], [samlInput, "samlIdpMetadataUrl"]] as const) {
      const error = await expectRefused(workspace.id, () => saveSsoConnection(owner.caller, workspace.slug, input), "ADDRESS_NOT_ALLOWED");
      expect(error.message).toMatch(/^This address is this server itself \(loopback\): localhost is 127\.0\.0\.1\. Roster does not call private networks unless/);
      expect(error.fieldErrors?.[field]).toEqual([error.message]);
    }
    expect(await (await getDb()).select().from(ssoConnections).where(eq(ssoConnections.workspaceId, workspace.id))).toEqual([]);
  });
});
