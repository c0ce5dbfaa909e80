import type { ReactNode } from "react";
import { RevokeScimTokenButton } from "@/components/scim/revoke-scim-token-button";
import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { AccessOverview, TokenFlag } from "@/lib/access/get-access-overview";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { CloseDoorButton } from "./close-door-button";
import { CloseEveryDoorButton } from "./close-every-door-button";

const FLAG_LABELS: Record<TokenFlag, string> = { unused: "Unused for 90 days", "no-expiry": "Never expires", "holder-gone": "Holder has no access" };

const muted = "text-sm text-zinc-600 dark:text-zinc-400";

function Section({ title, count, help, empty, children }: { title: string; count: number; help: string; empty: string; children: ReactNode }) {
  return (
    <section className="space-y-2" aria-label={title}>
      <div>
        <h2 className="text-base font-semibold">
          {title} <span className="font-normal text-zinc-500 dark:text-zinc-400">({count})</span>
        </h2>
        <p className={muted}>{help}</p>
      </div>
      {count === 0 ? <p className={`${muted} italic`}>{empty}</p> : <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</ul>}
    </section>
  );
}

function Row({ title, facts, action, testId }: { title: ReactNode; facts: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5" data-testid={testId}>
      <div className="min-w-0">
        <div className="text-sm font-medium wrap-anywhere">{title}</div>
        <div className="text-xs text-zinc-600 dark:text-zinc-400">{facts}</div>
      </div>
      {action && <div className="shrink-0">{action}</div>}
    </li>
  );
}

/**
 * Settings -> Access: every way into the workspace right now, each with its own off switch, and one button that closes
 * the doors anyone can walk through (links, invitations, auto-join).
 */
export function AccessDoors({
  slug,
  overview,
  canClose,
  canManageSso,
  canManageScim = false,
  now,
}: {
  slug: string;
  overview: AccessOverview;
  canClose: boolean;
  canManageSso: boolean;
  canManageScim?: boolean;
  now: Date;
}) {
  const { inviteLinks, invitations, domains, domainAutoJoin, github, sso, tokens, scimTokens, joinRequests } = overview;
  const autoJoinDoors = (domainAutoJoin.on && domains.length > 0 ? 1 : 0) + (github?.autoJoin ? 1 : 0);
  return (
    <div className="space-y-6">
      <Card className="space-y-6">
        <Section title="Invite links" count={inviteLinks.length} help="Anyone with one of these links can join, until it expires or runs out of uses." empty="No live invite links.">
          {inviteLinks.map((link) => (
            <Row
              key={link.id}
              testId={`door-link-${link.id}`}
              title={<span className="font-mono">{link.tokenPrefix}…</span>}
              facts={
                <>
                  {ROLE_LABELS[link.role]} · {link.maxUses === null ? `${link.useCount} used, no limit` : `${link.maxUses - link.useCount} of ${link.maxUses} uses left`} ·{" "}
                  {link.expiresAt ? <RelativeTime date={link.expiresAt} now={now} prefix="expires" /> : "never expires"} · by {link.creator ?? "someone who left"}
                </>
              }
              action={canClose && <CloseDoorButton slug={slug} door={{ kind: "invite-link", id: link.id, label: link.tokenPrefix }} />}
            />
          ))}
        </Section>
        <Section title="Pending invitations" count={invitations.length} help="Each address can accept its email invitation." empty="No pending invitations.">
          {invitations.map((inv) => (
            <Row
              key={inv.id}
              testId={`door-invitation-${inv.email}`}
              title={inv.email}
              facts={
                <>
                  {ROLE_LABELS[inv.role]} · <RelativeTime date={inv.expiresAt} now={now} prefix="expires" /> · by {inv.inviter ?? "someone who left"}
                </>
              }
              action={canClose && <CloseDoorButton slug={slug} door={{ kind: "invitation", id: inv.id, label: inv.email }} />}
            />
          ))}
        </Section>
        <Section title="Auto-join" count={autoJoinDoors} help="People who can join on their own: by a verified email address at a domain, or as members of a GitHub organization." empty="Auto-join is off.">
          {domainAutoJoin.on && domains.length > 0 && (
            <Row
              testId="door-domain-auto-join"
              title={domains.map((d) => d.domain).join(", ")}
              facts={
                <>
                  {domainAutoJoin.mode === "request" ? "People at these domains can ask to join" : "People at these domains join at once"} ·{" "}
                  {domains.map((d) => `${d.domain} verified by ${d.verificationMethod === "dns" ? "DNS" : "email"}`).join(", ")}
                </>
              }
              action={canClose && <CloseDoorButton slug={slug} door={{ kind: "domain-auto-join", label: domains.map((d) => d.domain).join(", ") }} />}
            />
          )}
          {github?.autoJoin && (
            <Row
              testId="door-github-auto-join"
              title={`GitHub: ${github.organization}`}
              facts={github.paused ? "Paused: its linker is no longer an admin here" : `Members of the organization can join · linked by ${github.linkedBy ?? "someone who left"}`}
              action={canClose && <CloseDoorButton slug={slug} door={{ kind: "github-auto-join", label: github.organization }} />}
            />
          )}
        </Section>
        <Section title="Single sign-on" count={sso?.enabled ? 1 : 0} help="People at the verified domains who sign in through the identity provider join just in time." empty="No SSO connection is on.">
          {sso?.enabled && (
            <Row
              testId="door-sso"
              title={sso.displayName}
              facts={`${sso.protocol === "saml" ? "SAML 2.0" : "OpenID Connect"} · ${sso.requireSso ? "required" : "optional"} · new people join on their first sign-in`}
              action={canManageSso ? <a href={`/w/${slug}/settings/security`} className="text-sm font-medium underline underline-offset-2">Manage</a> : <span className={muted}>Owners manage it</span>}
            />
          )}
        </Section>
        <Section title="SCIM provisioning" count={scimTokens.length} help="The identity provider adds, suspends and removes people with these tokens." empty="No SCIM tokens.">
          {scimTokens.map((token) => (
            <Row
              key={token.id}
              testId={`door-scim-${token.name}`}
              title={
                <>
                  {token.name} <span className="font-mono text-xs font-normal text-zinc-500 dark:text-zinc-400">{token.displayPrefix}…</span>
                </>
              }
              facts={
                <>
                  SCIM token · by {token.createdBy ?? "someone who left"} ·{" "}
                  {token.lastUsedAt ? <RelativeTime date={token.lastUsedAt} now={now} prefix="last used" /> : "never used"}
                </>
              }
              action={canManageScim ? <RevokeScimTokenButton slug={slug} tokenId={token.id} name={token.name} /> : <span className={muted}>Owners manage it</span>}
            />
          ))}
        </Section>
        <Section title="API tokens" count={tokens.length} help="Live tokens act as their holders, up to their role. Flagged ones deserve a look." empty="No live API tokens.">
          {tokens.map((token) => (
            <Row
              key={token.id}
              testId={`door-token-${token.name}`}
              title={
                <span className="flex flex-wrap items-center gap-1.5">
                  {token.name}
                  {token.flags.map((flag) => (
                    <Badge key={flag} tone={flag === "holder-gone" ? "red" : "amber"}>{FLAG_LABELS[flag]}</Badge>
                  ))}
                </span>
              }
              facts={
                <>
                  {token.holderLabel} · {token.role ? ROLE_LABELS[token.role] : "holder's role"} ·{" "}
                  {token.lastUsedAt ? <RelativeTime date={token.lastUsedAt} now={now} prefix="last used" /> : "never used"}
                </>
              }
              action={<RevokeTokenButton slug={slug} tokenId={token.id} name={token.name} />}
            />
          ))}
        </Section>
        <Section title="Join requests" count={joinRequests.length} help="People waiting for an owner or manager to let them in." empty="No pending join requests.">
          {joinRequests.map((request) => (
            <Row
              key={request.id}
              title={request.person}
              facts={
                <>
                  {request.message ? `“${request.message}” · ` : ""}
                  <RelativeTime date={request.createdAt} now={now} prefix="asked" />
                </>
              }
              action={
                <div className="flex items-center gap-3">
                  <a href={`/w/${slug}/settings/members#join-requests`} className="text-sm font-medium underline underline-offset-2">Review</a>
                  {canClose && <CloseDoorButton slug={slug} door={{ kind: "join-request", id: request.id, label: request.person }} />}
                </div>
              }
            />
          ))}
        </Section>
      </Card>
      {canClose && (
        <Card className="flex flex-wrap items-center justify-between gap-4 border-red-200 dark:border-red-900">
          <div className="space-y-1">
            <h2 className="text-base font-semibold">Close every open door</h2>
            <p className={muted}>Revoke every invite link and pending invitation and turn auto-join off, in one step. Useful after a leak or before an audit.</p>
          </div>
          <CloseEveryDoorButton slug={slug} />
        </Card>
      )}
    </div>
  );
}
