import type { Profile } from "@node-saml/node-saml";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { mapSamlClaims } from "./map-saml-claims";

const EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
const profile = (p: Partial<Profile> & { attributes?: Record<string, unknown> }) => ({ issuer: "idp", nameID: "", nameIDFormat: "", ...p }) as Profile;

describe("SAML attribute mapping", () => {
  it("takes the email from an emailAddress NameID, lower-cased", () => {
    expect(mapSamlClaims(profile({ nameID: "Ada@Acme.IO", nameIDFormat: EMAIL_FORMAT }))).toEqual({ email: "ada@acme.io" });
  });

  it("reads Entra ID's claim names: email, display name, group ids", () => {
    const claims = mapSamlClaims(
      profile({
        nameID: "5c1f0b7e-persistent-id",
        nameIDFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
        attributes: {
          "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": "ada@acme.io",
          "http://schemas.microsoft.com/identity/claims/displayname": "Ada Lovelace",
          "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups": ["g-1", "g-2", "g-1"],
        },
      }),
    );
    expect(claims).toEqual({ email: "ada@acme.io", name: "Ada Lovelace", groups: ["g-1", "g-2"] });
  });

  it("reads Okta-style names: email, firstName + lastName, one group", () => {
    const claims = mapSamlClaims(profile({ nameID: "ada", attributes: { Email: "ada@acme.io", firstName: "Ada", lastName: "Lovelace", groups: "engineering" } }));
    expect(claims).toEqual({ email: "ada@acme.io", name: "Ada Lovelace", groups: ["engineering"] });
  });

  it("falls back to an email-shaped NameID of another format", () => {
    expect(mapSamlClaims(profile({ nameID: "ada@acme.io", nameIDFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" })).email).toBe("ada@acme.io");
  });

  it("refuses an assertion without any email address", () => {
    let error: unknown;
    try {
      mapSamlClaims(profile({ nameID: "5c1f0b7e", attributes: { name: "Ada" } }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("SSO_EMAIL_MISSING");
  });
});
