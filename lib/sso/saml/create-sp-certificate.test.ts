import { createPrivateKey, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSpCertificate } from "./create-sp-certificate";

describe("SP signing certificate", () => {
  it("is a self-signed X.509 certificate for the new key, valid for ten years", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const { privateKeyPem, certificatePem } = createSpCertificate("Roster SAML SP test", now);
    const cert = new X509Certificate(certificatePem);
    expect(cert.subject).toBe("CN=Roster SAML SP test");
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(privateKeyPem))).toBe(true);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2036);
    expect(cert.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it("gives each connection its own key and serial number", () => {
    const [a, b] = [createSpCertificate("a"), createSpCertificate("b")];
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
    expect(new X509Certificate(a.certificatePem).serialNumber).not.toBe(new X509Certificate(b.certificatePem).serialNumber);
  });
});
