import { z } from "zod";

/** The roles single sign-on may hand out (never owner: ownership is given by an owner, not by an IdP group). */
export const SSO_ROLES = ["manager", "member", "viewer"] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

const ssoRoleSchema = z.enum(SSO_ROLES, { error: "Choose a role: manager, member or viewer." });

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An https address (plain http only on this machine, for a local test IdP). */
export const idpUrlSchema = z
  .string()
  .trim()
  .max(2000, "That address is too long.")
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    } catch {
      return false;
    }
  }, "Enter an https:// address, like https://acme.okta.com.")
  .transform((v) => v.replace(/\/+$/, ""));

/** Whether Roster may talk plain http to this address (only a loopback one: a test IdP on the same machine). */
export function isLoopbackHttp(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname);
}

const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).optional().transform((v) => v || undefined);

const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).optional().transform((v) => v === true || v === "on" || v === "true");

export const groupRoleSchema = z.object({
  group: z.string().trim().min(1, "Enter the group's name as the IdP sends it.").max(200, "A group name is at most 200 characters."),
  role: ssoRoleSchema,
});

/**
 * One SSO connection's settings, either protocol. The OIDC client secret may be left empty when editing (the stored
 * one is kept); the SAML IdP metadata is stored as given (XML or a URL; read by the SAML layer).
 */
export const ssoConnectionSchema = z
  .object({
    protocol: z.enum(["oidc", "saml"], { error: "Choose OpenID Connect or SAML 2.0." }),
    displayName: z.string().trim().min(1, "Enter the name people see on the button, like Okta.").max(60, "The name is at most 60 characters."),
    oidcIssuer: z.union([idpUrlSchema, z.literal("").transform(() => undefined)]).optional(),
    oidcClientId: optionalText(500, "The client ID is at most 500 characters."),
    oidcClientSecret: optionalText(2000, "The client secret is at most 2,000 characters."),
    oidcScopes: z
      .string()
      .trim()
      .max(500, "The scopes are at most 500 characters.")
      .regex(/^[\x21\x23-\x5B\x5D-\x7E ]*$/, "Scopes are words separated by spaces.")
      .optional()
      .transform((v) => [...new Set((v || "openid email profile").split(/\s+/).filter(Boolean))].join(" "))
      .refine((v) => v.split(" ").includes("openid"), "The scopes must include openid."),
    samlIdpMetadataUrl: z.union([idpUrlSchema, z.literal("").transform(() => undefined)]).optional(),
    samlIdpMetadataXml: optionalText(200_000, "The metadata is at most 200,000 characters."),
    samlSignRequests: checkbox,
    samlAllowIdpInitiated: checkbox,
    defaultRole: ssoRoleSchema.default("member"),
    idpManagesRoles: checkbox,
    groupRoles: z.array(groupRoleSchema).max(50, "At most 50 group mappings.").default([]),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.protocol === "oidc") {
      if (!v.oidcIssuer) need("oidcIssuer", "Enter the issuer URL, like https://acme.okta.com.");
      if (!v.oidcClientId) need("oidcClientId", "Enter the client ID the IdP gave Roster.");
    } else if (!v.samlIdpMetadataUrl && !v.samlIdpMetadataXml) {
      need("samlIdpMetadataXml", "Paste the IdP's metadata XML, or enter its metadata URL.");
    }
    const groups = v.groupRoles.map((g) => g.group);
    if (new Set(groups).size !== groups.length) need("groupRoles", "Each group can be mapped once.");
  });

export type SsoConnectionInput = z.input<typeof ssoConnectionSchema>;

export const setEnabledSchema = z.object({ enabled: z.boolean({ error: "Say whether the connection is on." }) });

export const setRequireSsoSchema = z.object({
  required: z.boolean({ error: "Say whether SSO is required." }),
  breakGlassUserId: z.string().trim().max(100).nullable().optional().transform((v) => v || null),
});

export const testAttemptIdSchema = z.uuid({ error: "Unknown test." });
