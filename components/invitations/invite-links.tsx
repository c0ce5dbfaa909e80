"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { InviteLinkSummary } from "@/lib/invitations/list-invite-links";
import type { PastInviteLink, PastInviteLinkStatus } from "@/lib/invitations/list-invite-links-with-history";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError, Input, Label } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { useUndoToast } from "@/components/ui/use-undo-toast";
import { createInviteLinkAction, restoreInviteLinkAction, revokeInviteLinkAction } from "@/lib/actions/invitation-actions";

// The shown-once dialog's code loads when a link is being created (the form's submit starts the download).
const loadCreatedDialog = () => import("./created-invite-link-dialog");
const CreatedInviteLinkDialog = lazy(() => loadCreatedDialog().then((m) => ({ default: m.CreatedInviteLinkDialog })));

const EXPIRY_LABELS = { "1d": "1 day", "7d": "7 days", "30d": "30 days", never: "Never" } as const;

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
 * revoked, which no longer let anyone join and so have nothing to revoke. Revoking asks first, then offers Undo.
 * `now` is the request's time, so the server's HTML and the browser's render agree on "expires in 6 days".
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
  const linkRoles = roles.filter((r) => r !== "owner");
  const [role, setRole] = useState<Role>(linkRoles.includes("member") ? "member" : linkRoles[0]);
  const [expiresIn, setExpiresIn] = useState<keyof typeof EXPIRY_LABELS>("7d");
  const [maxUses, setMaxUses] = useState("");
  const [domains, setDomains] = useState("");
  // The end date of memberships made through the link, in the browser's time zone (datetime-local); empty: none.
  const [accessUntil, setAccessUntil] = useState("");
  const [created, setCreated] = useState<string>();
  const creating = useAction(createInviteLinkAction, {
    onSuccess: (data) => (setCreated(data.url), setMaxUses(""), setDomains(""), setAccessUntil("")),
  });
  const errors: Record<string, string[] | undefined> = creating.failure ? (creating.failure.fieldErrors ?? { _: [creating.failure.message] }) : {};
  const showUndo = useUndoToast();
  const [confirming, setConfirming] = useState<{ link: InviteLinkSummary; trigger: HTMLElement } | null>(null);
  const revoking = useAction(revokeInviteLinkAction, {
    refresh: "always",
    onSuccess: ({ linkId }) => {
      setConfirming(null);
      showUndo("Invite link revoked.", { undo: () => restoreInviteLinkAction(slug, { linkId }), undone: "Invite link restored." });
    },
    onError: (failure) => (setConfirming(null), toast.error(failure.message)),
  });

  function create(event: React.FormEvent) {
    event.preventDefault();
    void loadCreatedDialog().catch(() => {});
    creating.run(slug, { role, expiresIn, maxUses, allowedDomains: domains, ...(accessUntil ? { accessUntil: new Date(accessUntil).toISOString() } : {}) });
  }

  return (
    <div className="space-y-5">
      {canManage && (
        <form onSubmit={create} noValidate className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
          <div className="space-y-1.5">
            <Label htmlFor="link-role">Role</Label>
            <NativeSelect id="link-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className="h-10 w-full">
              {linkRoles.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </NativeSelect>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="link-expiry">Expires after</Label>
            <NativeSelect id="link-expiry" value={expiresIn} onChange={(e) => setExpiresIn(e.target.value as keyof typeof EXPIRY_LABELS)} className="h-10 w-full">
              {Object.entries(EXPIRY_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
            </NativeSelect>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="link-max-uses">Max uses</Label>
            <Input id="link-max-uses" inputMode="numeric" placeholder="Unlimited" value={maxUses} onChange={(e) => setMaxUses(e.target.value)} aria-invalid={errors.maxUses ? true : undefined} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="link-domains">Only these domains</Label>
            <Input id="link-domains" placeholder="Any (e.g. acme.com)" value={domains} onChange={(e) => setDomains(e.target.value)} aria-invalid={errors.allowedDomains ? true : undefined} />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="link-access-until">Access until</Label>
            <Input id="link-access-until" name="accessUntil" type="datetime-local" value={accessUntil} onChange={(e) => setAccessUntil(e.target.value)} aria-invalid={errors.accessUntil ? true : undefined} />
          </div>
          <Button type="submit" pending={creating.pending}>Create link</Button>
          <div className="sm:col-span-2 lg:col-span-6">
            <FieldError>{errors.accessUntil?.[0] ?? errors.maxUses?.[0] ?? errors.allowedDomains?.[0] ?? Object.keys(errors).filter((k) => k.startsWith("allowedDomains")).map((k) => errors[k]?.[0])[0] ?? errors.role?.[0] ?? errors._?.[0]}</FieldError>
          </div>
        </form>
      )}

      {links.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No invite links that work. {canManage && "Create one above."}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2 text-sm" data-testid="invite-link-row">
              <LinkFacts link={link} when={link.expiresAt ? <RelativeTime prefix="expires" date={link.expiresAt} now={now} /> : "never expires"} />
              {canManage && (
                <Button
                  variant="ghost"
                  size="sm"
                  className="ml-auto"
                  aria-haspopup="dialog"
                  aria-label={`Revoke invite link ${linkName(link)}`}
                  onClick={(e) => setConfirming({ link, trigger: e.currentTarget })}
                >
                  Revoke
                </Button>
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

      {confirming && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(null)}
          returnFocusTo={confirming.trigger}
          title="Revoke invite link?"
          description={
            <>
              Nobody can join with <strong className="font-mono">{linkName(confirming.link)}</strong> any more. People who already joined with it stay members.
            </>
          }
          confirmLabel="Revoke link"
          pending={revoking.pending}
          onConfirm={() => revoking.run(slug, { linkId: confirming.link.id })}
        />
      )}

      {created && (
        <Suspense>
          <CreatedInviteLinkDialog url={created} onClose={() => setCreated(undefined)} />
        </Suspense>
      )}
    </div>
  );
}
