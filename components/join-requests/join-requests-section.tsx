"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select";
import { RelativeTime } from "@/components/ui/relative-time";
import { toast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { approveJoinRequestAction, declineJoinRequestAction } from "@/lib/actions/join-request-actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

/** A pending request as the members page shows it (PendingJoinRequest, serialized). */
export type JoinRequestRow = { id: string; name: string | null; email: string | null; message: string; via: "invite-link" | "domain"; createdAt: Date; removedBefore: boolean };

/**
 * The members page's pending requests to join: each with the person, their message, and Approve (with a role the
 * viewer may hand out: assignableRoles) or Decline. The page re-renders without the answered one.
 */
export function JoinRequestsSection({ slug, requests, roles, now }: { slug: string; requests: JoinRequestRow[]; roles: Role[]; now: Date }) {
  return (
    <section id="join-requests" aria-labelledby="join-requests-title" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50/60 p-4 dark:border-amber-800 dark:bg-amber-950/30">
      <h2 id="join-requests-title" className="text-base font-semibold">
        Requests to join <span className="text-zinc-600 dark:text-zinc-400">({requests.length})</span>
      </h2>
      <ul className="divide-y divide-amber-200 dark:divide-amber-900">
        {requests.map((r) => (
          <JoinRequestItem key={r.id} slug={slug} request={r} roles={roles} now={now} />
        ))}
      </ul>
    </section>
  );
}

function JoinRequestItem({ slug, request: r, roles, now }: { slug: string; request: JoinRequestRow; roles: Role[]; now: Date }) {
  const [role, setRole] = useState<Role>(roles.includes("member") ? "member" : (roles.at(-1) ?? "viewer"));
  const who = r.name ? `${r.name} (${r.email ?? ""})` : (r.email ?? "");
  const approve = useAction(approveJoinRequestAction, {
    refresh: "always",
    onSuccess: () => toast.success(`${r.name ?? r.email} joined as ${ROLE_LABELS[role]}.`),
    onError: (failure) => toast.error(failure.message),
  });
  const decline = useAction(declineJoinRequestAction, {
    refresh: "always",
    onSuccess: () => toast.success(`Declined ${r.name ?? r.email}'s request.`),
    onError: (failure) => toast.error(failure.message),
  });
  const busy = approve.pending || decline.pending;
  const selectId = `join-request-role-${r.id}`;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid={`join-request-${r.email ?? r.id}`}>
      <div className="min-w-0 flex-1 space-y-1">
        <p className="break-words font-medium">{who}</p>
        {r.message && <p className="break-words text-sm">“{r.message}”</p>}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {r.via === "domain" ? "By email domain" : "Through an invite link that no longer works"} · <RelativeTime date={r.createdAt} now={now} prefix="asked" />
          {r.removedBefore && " · removed from this workspace before"}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {who}
        </label>
        <NativeSelect id={selectId} value={role} onChange={(e) => setRole(e.target.value as Role)} disabled={busy} className="w-32">
          {roles.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </NativeSelect>
        <Button size="sm" pending={approve.pending} disabled={busy} aria-label={`Approve ${who}`} onClick={() => approve.run(slug, { requestId: r.id, role })}>
          Approve
        </Button>
        <Button size="sm" variant="secondary" pending={decline.pending} disabled={busy} aria-label={`Decline ${who}`} onClick={() => decline.run(slug, { requestId: r.id })}>
          Decline
        </Button>
      </div>
    </li>
  );
}
