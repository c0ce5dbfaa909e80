import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { InviteLinkSummary } from "@/lib/invitations/list-invite-links";
import type { PastInviteLink, PastInviteLinkStatus } from "@/lib/invitations/list-invite-links-with-history";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { CreateInviteLinkForm } from "./create-invite-link-form";
import { ConfirmUndoButton } from "@/components/ui/confirm-undo-button";
import { restoreInviteLinkAction, revokeInviteLinkAction } from "@/lib/actions/invitation-actions";

const STATUS_LABELS: Record<PastInviteLinkStatus, string> = { "used-up": "Used up", expired: "Expired", revoked: "Revoked" };

function uses(link: InviteLinkSummary) {
  return link.maxUses ? `${link.useCount} of ${link.maxUses} uses` : `${link.useCount} ${link.useCount === 1 ? "use" : "uses"}`;
}

/** What a link row shows about a link besides its status: prefix, role, uses, domains, creator. */
function LinkFacts({ link, when }: { link: InviteLinkSummary; when: ReactNode }) {
  return (
    <>
      <span className="font-mono text-xs">{link.tokenPrefix}…</span>
      <span className="font-medium">{ROLE_LABELS[link.role]}</span>
      <span className="text-zinc-600 dark:text-zinc-400">{uses(link)}</span>
      <span className="text-zinc-600 dark:text-zinc-400">{when}</span>
      {link.allowedDomains.length > 0 && <span className="text-zinc-600 wrap-anywhere dark:text-zinc-400">only {link.allowedDomains.join(", ")}</span>}
      {link.accessUntil && (
        <span className="text-zinc-600 dark:text-zinc-400" title={formatDateTime(link.accessUntil)}>
          access until {formatDate(link.accessUntil)}
        </span>
      )}
      <span className="text-zinc-600 wrap-anywhere dark:text-zinc-400">by {link.creator ?? "—"}</span>
    </>
  );
}

function pastWhen(link: PastInviteLink, now: Date) {
  if (link.status === "revoked" && link.revokedAt) return <RelativeTime prefix="revoked" date={link.revokedAt} now={now} />;
  if (link.status === "expired" && link.expiresAt) return <RelativeTime prefix="expired" date={link.expiresAt} now={now} />;
  return <RelativeTime prefix="created" date={link.createdAt} now={now} />;
}

const linkName = (link: InviteLinkSummary) => `${link.tokenPrefix}…`;

/**
 * The invite links that still work (with Revoke) and, collapsed below them, the history: links used up, expired or
 * revoked, which no longer let anyone join and so have nothing to revoke. Rendered on the server; the form that
 * creates a link and each row's Revoke are client islands. `now` is the request's time, for "expires in 6 days".
 */
export function InviteLinks({
  slug,
  roles,
  links,
  history,
  canManage,
  now,
}: {
  slug: string;
  roles: Role[];
  links: InviteLinkSummary[];
  history: PastInviteLink[];
  canManage: boolean;
  now: Date;
}) {
  return (
    <div className="space-y-5">
      {canManage && <CreateInviteLinkForm slug={slug} roles={roles} />}

      {links.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No invite links that work. {canManage && "Create one above."}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm" data-testid="invite-link-row">
              <LinkFacts link={link} when={link.expiresAt ? <RelativeTime prefix="expires" date={link.expiresAt} now={now} /> : "never expires"} />
              {canManage && (
                <ConfirmUndoButton
                  label="Revoke"
                  ariaLabel={`Revoke invite link ${linkName(link)}`}
                  className="ml-auto"
                  title="Revoke invite link?"
                  description={
                    <>
                      Nobody can join with <strong className="font-mono">{linkName(link)}</strong> any more. People who already joined with it stay members.
                    </>
                  }
                  confirmLabel="Revoke link"
                  action={revokeInviteLinkAction.bind(null, slug, { linkId: link.id })}
                  undo={restoreInviteLinkAction.bind(null, slug, { linkId: link.id })}
                  done="Invite link revoked."
                  undone="Invite link restored."
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {history.length > 0 && (
        <details className="group rounded-lg border border-zinc-200 dark:border-zinc-800" data-testid="invite-link-history">
          <summary className="cursor-pointer select-none rounded-lg px-3 py-2 text-sm font-medium text-zinc-700 outline-none hover:bg-zinc-50 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:text-zinc-300 dark:hover:bg-zinc-800/60">
            History <span className="font-normal text-zinc-600 dark:text-zinc-400">({history.length} used up, expired or revoked)</span>
          </summary>
          <ul className="divide-y divide-zinc-200 border-t border-zinc-200 px-3 dark:divide-zinc-800 dark:border-zinc-800">
            {history.map((link) => (
              <li key={link.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm" data-testid="past-invite-link-row" data-status={link.status}>
                <LinkFacts link={link} when={pastWhen(link, now)} />
                <span className="rounded bg-zinc-200 px-1.5 text-xs dark:bg-zinc-800 sm:ml-auto">{STATUS_LABELS[link.status]}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
