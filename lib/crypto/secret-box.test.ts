import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

describe("secret box", () => {
  it("opens what it sealed, and every sealing differs (a fresh IV)", () => {
    const a = sealSecret("client-secret-1", "oidc-client-secret");
    const b = sealSecret("client-secret-1", "oidc-client-secret");
    expect(a).not.toBe(b);
    expect(a).not.toContain("client-secret-1");
    expect(openSecret(a, "oidc-client-secret")).toBe("client-secret-1");
  });

  it("refuses a value sealed for another purpose, or altered", () => {
    const sealed = sealSecret("s3cret", "oidc-client-secret");
    expect(() => openSecret(sealed, "saml-sp-key")).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => openSecret(parts.join("."), "oidc-client-secret")).toThrow();
    expect(() => openSecret("plain", "oidc-client-secret")).toThrow();
  });
});
