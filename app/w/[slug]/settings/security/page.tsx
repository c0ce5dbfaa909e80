import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { SsoConnectionForm } from "@/components/sso/sso-connection-form";
import { SsoEnforcement } from "@/components/sso/sso-enforcement";
import { requireSsoRule } from "@/lib/auth/rules";
import { requirePagePermission } from "@/lib/session/require-page-permission";
import { getSsoSettings } from "@/lib/sso/get-sso-settings";

export const metadata: Metadata = { title: "Security" };

export default async function SecuritySettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller } = await requirePagePermission(slug, "sso:manage");
  const settings = await getSsoSettings(caller, slug);
  const { connection, domains, owners, urls } = settings;
  if (settings.workspace.personal) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Single sign-on is for shared workspaces: a personal workspace has nobody to sign in.</p>;
  }
  const rule = connection ? requireSsoRule(connection, domains.length) : null;
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-base font-semibold">Single sign-on</h2>
          {connection && (
            <>
              <Badge tone={connection.enabled ? "indigo" : "zinc"}>{connection.enabled ? "On" : "Off"}</Badge>
              {connection.requireSso && <Badge tone="amber">Required</Badge>}
              <Badge tone="zinc">{connection.protocol === "oidc" ? "OpenID Connect" : "SAML 2.0"}</Badge>
            </>
          )}
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Let people at your company’s domain sign in through your identity provider (Okta, Entra ID, Google Workspace, OneLogin). They join this
          workspace on their first sign-in, with the role their groups map to.
        </p>
        <div className="space-y-1.5">
          <p className="text-sm font-medium">DNS-verified domains</p>
          {domains.length ? (
            <ul className="flex flex-wrap gap-2" aria-label="DNS-verified domains">
              {domains.map((d) => (
                <li key={d} className="rounded-full bg-zinc-100 px-3 py-1 text-sm dark:bg-zinc-800">{d}</li>
              ))}
            </ul>
          ) : (
            <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
              This workspace has no domain verified through DNS yet. SSO signs in only addresses at such a domain: verify one first.
            </p>
          )}
        </div>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-base font-semibold">{connection ? "Connection" : "Add a connection"}</h2>
        <SsoConnectionForm slug={slug} connection={connection} urls={urls} domains={domains} />
      </Card>

      {connection && (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold">Test and enforce</h2>
          <SsoEnforcement
            key={`${connection.enabled}-${connection.requireSso}-${connection.breakGlassUserId}-${connection.testedAt?.toISOString()}`}
            slug={slug}
            displayName={connection.displayName}
            enabled={connection.enabled}
            requireSso={connection.requireSso}
            requireBlockedBy={rule && !rule.allowed ? rule.reason : null}
            breakGlassUserId={connection.breakGlassUserId}
            owners={owners}
            tested={connection.testedAt ? <RelativeTime date={connection.testedAt} prefix="Last passed" /> : "Not tested since the last change."}
          />
        </Card>
      )}
    </div>
  );
}
