"use client";

import { useRef, useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { saveSsoConnectionAction } from "@/lib/actions/sso-actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { PublicSsoConnection } from "@/lib/sso/get-sso-settings";
import { SSO_ROLES, type SsoRole } from "@/lib/sso/schemas";
import { CopyField } from "./copy-field";

/** The fields that show their own error; any other refusal is shown under the form. */
const FIELDS = new Set(["displayName", "oidcIssuer", "oidcClientId", "oidcClientSecret", "oidcScopes", "samlIdpMetadataUrl", "samlIdpMetadataXml", "groupRoles"]);

type Urls = { signInUrl: string; oidcRedirectUri: string; samlMetadataUrl: string; samlAcsUrl: string; samlEntityId: string };

const textarea =
  "min-h-28 w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 font-mono text-xs text-zinc-900 placeholder:text-zinc-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-zinc-500 aria-[invalid=true]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint && !error && <p id={`${id}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">{hint}</p>}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

/** The connection's settings, either protocol: where sign-ins go, and how the IdP's claims map to people and roles. */
export function SsoConnectionForm({ slug, connection, urls, domains }: { slug: string; connection: PublicSsoConnection | null; urls: Urls; domains: string[] }) {
  const [protocol, setProtocol] = useState<"oidc" | "saml">(connection?.protocol ?? "oidc");
  const [groupRoles, setGroupRoles] = useState<{ group: string; role: SsoRole }[]>(
    (connection?.groupRoles ?? []).map((g) => ({ group: g.group, role: g.role as SsoRole })),
  );
  // Sent once, never shown again: the box empties after a save.
  const secretInput = useRef<HTMLInputElement>(null);
  const { run, pending, fieldError, failure } = useAction(saveSsoConnectionAction, {
    onSuccess: (out) => {
      if (secretInput.current) secretInput.current.value = "";
      const saved = out as { created: boolean; retest: boolean };
      toast.success(saved.created ? "SSO connection added. Test it next." : saved.retest ? "Saved. Test the connection again before requiring it." : "SSO connection saved.");
    },
  });
  const err = (name: string) => fieldError(name);
  const aria = (name: string) => ({ "aria-invalid": err(name) ? true : undefined, "aria-describedby": err(name) ? `${name}-error` : undefined });

  return (
    <form
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const value = (k: string) => String(f.get(k) ?? "");
        run(slug, {
          protocol,
          displayName: value("displayName"),
          oidcIssuer: value("oidcIssuer"),
          oidcClientId: value("oidcClientId"),
          oidcClientSecret: value("oidcClientSecret"),
          oidcScopes: value("oidcScopes"),
          samlIdpMetadataUrl: value("samlIdpMetadataUrl"),
          samlIdpMetadataXml: value("samlIdpMetadataXml"),
          samlSignRequests: f.get("samlSignRequests") === "on",
          samlAllowIdpInitiated: f.get("samlAllowIdpInitiated") === "on",
          defaultRole: value("defaultRole") as SsoRole,
          idpManagesRoles: f.get("idpManagesRoles") === "on",
          groupRoles: groupRoles.filter((g) => g.group.trim()),
        });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Protocol</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["oidc", "saml"] as const).map((p) => (
            <label key={p} className="flex items-center gap-2">
              <input type="radio" name="protocol" value={p} checked={protocol === p} onChange={() => setProtocol(p)} className="size-4" />
              {p === "oidc" ? "OpenID Connect" : "SAML 2.0"}
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="displayName" label="Name on the sign-in button" hint="People see “Continue with <name>”, e.g. Okta or Entra ID." error={err("displayName")}>
        <Input id="displayName" name="displayName" defaultValue={connection?.displayName ?? ""} placeholder="Okta" maxLength={60} {...aria("displayName")} />
      </Field>

      <div className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
        <p className="text-sm font-medium">Values for your IdP admin</p>
        {protocol === "oidc" ? (
          <>
            <CopyField label="Sign-in redirect URI" value={urls.oidcRedirectUri} hint="Register it in the IdP's application (Okta: Sign-in redirect URIs; Entra ID: Redirect URI, Web)." />
            <CopyField label="Initiate login URI" value={urls.signInUrl} hint="Optional: the IdP's dashboard tile opens it." />
          </>
        ) : (
          <>
            <CopyField label="ACS URL" value={urls.samlAcsUrl} hint="Assertion Consumer Service (Okta: Single sign-on URL; Entra ID: Reply URL)." />
            <CopyField label="Entity ID" value={urls.samlEntityId} hint="Audience URI (Okta) or Identifier (Entra ID)." />
            <CopyField label="SP metadata URL" value={urls.samlMetadataUrl} />
          </>
        )}
      </div>

      {protocol === "oidc" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field id="oidcIssuer" label="Issuer URL" hint="Roster reads <issuer>/.well-known/openid-configuration." error={err("oidcIssuer")}>
              <Input id="oidcIssuer" name="oidcIssuer" defaultValue={connection?.oidcIssuer ?? ""} placeholder="https://acme.okta.com" inputMode="url" {...aria("oidcIssuer")} />
            </Field>
          </div>
          <Field id="oidcClientId" label="Client ID" error={err("oidcClientId")}>
            <Input id="oidcClientId" name="oidcClientId" defaultValue={connection?.oidcClientId ?? ""} autoComplete="off" {...aria("oidcClientId")} />
          </Field>
          <Field
            id="oidcClientSecret"
            label="Client secret"
            hint={connection?.hasClientSecret ? "Stored encrypted. Leave empty to keep it." : "Stored encrypted; never shown again."}
            error={err("oidcClientSecret")}
          >
            <Input ref={secretInput} id="oidcClientSecret" name="oidcClientSecret" type="password" autoComplete="new-password" placeholder={connection?.hasClientSecret ? "••••••••" : ""} {...aria("oidcClientSecret")} />
          </Field>
          <div className="sm:col-span-2">
            <Field id="oidcScopes" label="Scopes" hint="Add groups (Okta) to receive group names." error={err("oidcScopes")}>
              <Input id="oidcScopes" name="oidcScopes" defaultValue={connection?.oidcScopes ?? "openid email profile"} {...aria("oidcScopes")} />
            </Field>
          </div>
        </div>
      ) : (
        <div className="space-y-4">
          <Field id="samlIdpMetadataUrl" label="IdP metadata URL" hint="Or paste the metadata XML below." error={err("samlIdpMetadataUrl")}>
            <Input id="samlIdpMetadataUrl" name="samlIdpMetadataUrl" defaultValue={connection?.samlIdpMetadataUrl ?? ""} placeholder="https://login.microsoftonline.com/…/federationmetadata.xml" {...aria("samlIdpMetadataUrl")} />
          </Field>
          <Field id="samlIdpMetadataXml" label="IdP metadata XML" error={err("samlIdpMetadataXml")}>
            <textarea id="samlIdpMetadataXml" name="samlIdpMetadataXml" className={textarea} defaultValue={connection?.samlIdpMetadataXml ?? ""} placeholder="<EntityDescriptor …>" {...aria("samlIdpMetadataXml")} />
          </Field>
          {connection?.protocol === "saml" && connection.samlIdpEntityId && (
            // What Roster understood from the metadata, so the owner can check it against the IdP's own screen.
            <dl className="grid gap-x-4 gap-y-1 rounded-lg bg-zinc-100 px-3 py-2 text-xs sm:grid-cols-[auto_1fr] dark:bg-zinc-800" aria-label="Read from the IdP metadata" data-testid="saml-idp-read">
              <dt className="text-zinc-600 dark:text-zinc-400">IdP entity ID</dt>
              <dd className="break-all font-mono">{connection.samlIdpEntityId}</dd>
              <dt className="text-zinc-600 dark:text-zinc-400">IdP sign-in URL</dt>
              <dd className="break-all font-mono">{connection.samlIdpSsoUrl}</dd>
              <dt className="text-zinc-600 dark:text-zinc-400">Signing certificates</dt>
              <dd>{connection.samlIdpCertificates.length}</dd>
            </dl>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="samlSignRequests" defaultChecked={connection?.samlSignRequests ?? false} className="size-4" />
            Sign authentication requests
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="samlAllowIdpInitiated" defaultChecked={connection?.samlAllowIdpInitiated ?? false} className="size-4" />
            Accept sign-ins started at the IdP (less safe: no request to match)
          </label>
        </div>
      )}

      <div className="space-y-4 border-t border-zinc-200 pt-5 dark:border-zinc-800">
        <div>
          <h3 className="text-sm font-semibold">Attribute mapping</h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Email (required) must be at {domains.length ? domains.join(", ") : "one of the workspace's DNS-verified domains"}; name and groups are optional.
            {protocol === "oidc" ? " Claims: email, name, groups." : " Attributes: email, name, groups."}
          </p>
        </div>
        <div className="space-y-2">
          <p className="text-sm font-medium" id="group-roles-label">Groups → role</p>
          {groupRoles.length === 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">No group mapping: everyone gets the default role.</p>}
          <ul className="space-y-2" aria-labelledby="group-roles-label">
            {groupRoles.map((g, i) => (
              <li key={i} className="flex flex-wrap items-center gap-2">
                <Input
                  aria-label={`Group ${i + 1}`}
                  name={`group-${i}`}
                  value={g.group}
                  placeholder="IdP group, e.g. roster-admins"
                  className="min-w-0 flex-1 basis-40"
                  onChange={(e) => setGroupRoles(groupRoles.map((x, j) => (j === i ? { ...x, group: e.target.value } : x)))}
                />
                <NativeSelect
                  aria-label={`Role ${i + 1}`}
                  value={g.role}
                  className="h-10"
                  onChange={(e) => setGroupRoles(groupRoles.map((x, j) => (j === i ? { ...x, role: e.target.value as SsoRole } : x)))}
                >
                  {SSO_ROLES.map((r) => (
                    <option key={r} value={r}>{ROLE_LABELS[r]}</option>
                  ))}
                </NativeSelect>
                <Button type="button" variant="ghost" size="sm" onClick={() => setGroupRoles(groupRoles.filter((_, j) => j !== i))} aria-label={`Remove mapping ${i + 1}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
          <FieldError id="groupRoles-error">{err("groupRoles")}</FieldError>
          <Button type="button" variant="secondary" size="sm" onClick={() => setGroupRoles([...groupRoles, { group: "", role: "member" }])}>
            Add group mapping
          </Button>
        </div>
        <div className="flex flex-wrap items-end gap-6">
          <div className="space-y-1.5">
            <Label htmlFor="defaultRole">Default role</Label>
            <NativeSelect id="defaultRole" name="defaultRole" defaultValue={connection?.defaultRole ?? "member"} className="block h-10">
              {SSO_ROLES.map((r) => (
                <option key={r} value={r}>{ROLE_LABELS[r]}</option>
              ))}
            </NativeSelect>
          </div>
          <label className="flex items-start gap-2 pb-2 text-sm">
            <input type="checkbox" name="idpManagesRoles" defaultChecked={connection?.idpManagesRoles ?? false} className="mt-0.5 size-4 shrink-0" />
            IdP manages roles (existing members’ roles follow their groups at each sign-in; owners never change)
          </label>
        </div>
      </div>

      {failure && !Object.keys(failure.fieldErrors ?? {}).some((k) => FIELDS.has(k)) && <p className="text-sm text-red-700 dark:text-red-400" role="alert">{failure.message}</p>}
      <Button type="submit" pending={pending}>{connection ? "Save connection" : "Add connection"}</Button>
    </form>
  );
}
