import type { Metadata } from "next";
import { headers } from "next/headers";
import { CreateScimTokenDialog } from "@/components/scim/create-scim-token-dialog";
import { RevokeScimTokenButton } from "@/components/scim/revoke-scim-token-button";
import { CopyField } from "@/components/sso/copy-field";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { appOrigin } from "@/lib/app-origin";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getScimSettings } from "@/lib/scim/get-scim-settings";
import { requirePagePermission } from "@/lib/session/require-page-permission";

export const metadata: Metadata = { title: "Provisioning" };

const muted = "text-sm text-zinc-600 dark:text-zinc-400";

export default async function ProvisioningSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { caller } = await requirePagePermission(slug, "scim:manage");
  const settings = await getScimSettings(caller, slug);
  if (settings.personal) return <p className={muted}>SCIM provisioning is for shared workspaces: a personal workspace has nobody to provision.</p>;
  const baseUrl = `${appOrigin(await headers())}/scim/v2/${slug}`;
  const now = new Date();
  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div className="space-y-1">
          <h2 className="text-base font-semibold">SCIM provisioning</h2>
          <p className={muted}>
            Let your identity provider (Okta, Entra ID, OneLogin, JumpCloud) add people to this workspace, suspend them when they are deactivated, bring them back,
            and remove them, over SCIM 2.0. Everything it does shows in the activity log as done by SCIM.
          </p>
        </div>
        <CopyField label="SCIM base URL" value={baseUrl} hint="Okta: SCIM connector base URL, unique identifier field userName. Entra ID: Tenant URL." />
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="font-medium">New people join as</dt>
            <dd className={muted}>{ROLE_LABELS[settings.defaultRole]}</dd>
          </div>
          <div>
            <dt className="font-medium">Provisioned so far</dt>
            <dd className={muted} data-testid="scim-provisioned">{settings.provisioned} {settings.provisioned === 1 ? "person" : "people"}</dd>
          </div>
          <div>
            <dt className="font-medium">Groups pushed</dt>
            <dd className={muted}>{settings.groups}</dd>
          </div>
        </dl>
        <p className={muted}>
          {settings.groupRoles.length
            ? `Pushed groups give roles through the SSO group mapping: ${settings.groupRoles.map((g) => `${g.group} → ${ROLE_LABELS[g.role]}`).join(", ")}. A member in none of them gets the default role; owners keep theirs.`
            : "Pushed groups give roles through the SSO connection's group mapping, which has no groups yet."}{" "}
          <a href={`/w/${slug}/settings/security`} className="font-medium text-zinc-900 underline underline-offset-2 dark:text-zinc-100">
            {settings.hasSsoConnection ? "Edit the mapping" : "Set up SSO"}
          </a>
        </p>
      </Card>

      <Card className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <h2 className="text-base font-semibold">SCIM tokens</h2>
            <p className={muted}>The identity provider sends one as its bearer token. Each is shown once; revoke one to cut it off.</p>
          </div>
          <CreateScimTokenDialog slug={slug} />
        </div>
        {settings.tokens.length === 0 ? (
          <p className={`${muted} italic`}>No SCIM tokens yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="SCIM tokens">
            {settings.tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5" data-testid={`scim-token-${token.name}`}>
                <div className="min-w-0">
                  <div className="text-sm font-medium wrap-anywhere">
                    {token.name} <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{token.displayPrefix}…</span>
                  </div>
                  <div className="text-xs text-zinc-600 dark:text-zinc-400">
                    <RelativeTime date={token.createdAt} now={now} prefix="created" /> by {token.createdBy ?? "someone who left"} ·{" "}
                    {token.lastUsedAt ? <RelativeTime date={token.lastUsedAt} now={now} prefix="last used" /> : "never used"}
                  </div>
                </div>
                <RevokeScimTokenButton slug={slug} tokenId={token.id} name={token.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
