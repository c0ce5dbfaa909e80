import type { Profile } from "@node-saml/node-saml";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** What a verified SAML assertion says about the person. */
export type SamlClaims = { email: string; name?: string; groups?: string[] };

const EMAIL_FORMAT = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
// Attribute names as Okta, Entra ID, Google Workspace, OneLogin and LDAP-style IdPs send them (compared case-insensitively).
const EMAIL = ["email", "mail", "emailaddress", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "urn:oid:0.9.2342.19200300.100.1.3", "user.email"];
const NAME = ["name", "displayname", "http://schemas.microsoft.com/identity/claims/displayname", "urn:oid:2.16.840.1.113730.3.1.241", "fullname"];
const GIVEN = ["firstname", "givenname", "given_name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", "urn:oid:2.5.4.42"];
const FAMILY = ["lastname", "surname", "sn", "family_name", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", "urn:oid:2.5.4.4"];
const GROUPS = ["groups", "group", "memberof", "ismemberof", "roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups", "urn:oid:1.3.6.1.4.1.5923.1.5.1.1"];

const isEmail = (value: string) => z.email().safeParse(value).success;

/** Every string value of the first attribute (in `names`' order) that has one. */
function valuesOf(attributes: Record<string, unknown>, names: string[]): string[] {
  const byName = new Map(Object.entries(attributes).map(([name, value]) => [name.toLowerCase(), value]));
  for (const name of names) {
    const raw = byName.get(name);
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter(Boolean);
    if (values.length) return values;
  }
  return [];
}

/**
 * The email (required: the NameID when its format is emailAddress, else an email attribute, else an email-shaped NameID),
 * the name (a display-name attribute, or given and family names) and the groups (a groups attribute, one value each).
 */
export function mapSamlClaims(profile: Profile): SamlClaims {
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  const nameId = typeof profile.nameID === "string" ? profile.nameID.trim() : "";
  const candidates = [profile.nameIDFormat === EMAIL_FORMAT ? nameId : "", ...valuesOf(attributes, EMAIL), nameId];
  const email = candidates.find((c) => c && isEmail(c))?.toLowerCase();
  if (!email) {
    throw new AppError("SSO_EMAIL_MISSING", "The identity provider sent no email address: set the NameID format to emailAddress, or send an `email` attribute.");
  }
  const name = valuesOf(attributes, NAME)[0] ?? ([valuesOf(attributes, GIVEN)[0], valuesOf(attributes, FAMILY)[0]].filter(Boolean).join(" ") || undefined);
  const groups = [...new Set(valuesOf(attributes, GROUPS))];
  return { email, ...(name ? { name } : {}), ...(groups.length ? { groups } : {}) };
}
