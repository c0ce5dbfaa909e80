"use client";

import { TriangleAlert } from "@/components/ui/icons/triangle-alert";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useAction } from "@/components/ui/use-action";
import { deleteSsoConnectionAction, setRequireSsoAction, setSsoEnabledAction } from "@/lib/actions/sso-actions";

/** The message the test's popup posts to this page when a test passed (app/(auth)/sso-test). */
export const SSO_TESTED_MESSAGE = "roster:sso-tested";

type Props = {
  slug: string;
  displayName: string;
  enabled: boolean;
  requireSso: boolean;
  /** Why "Require SSO" cannot be switched on now (requireSsoRule), or null when it can. */
  requireBlockedBy: string | null;
  breakGlassUserId: string | null;
  owners: { id: string; email: string; name: string | null }[];
  tested: React.ReactNode;
};

/** Test connection, Require SSO with the break-glass owner, turning the connection off or on, and deleting it. */
export function SsoEnforcement({ slug, displayName, enabled, requireSso, requireBlockedBy, breakGlassUserId, owners, tested }: Props) {
  const router = useRouter();
  const [breakGlass, setBreakGlass] = useState(breakGlassUserId ?? "");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const require = useAction(setRequireSsoAction, { refresh: "always", onSuccess: (r) => toast.success(requiredToast(r as { required: boolean; endedSessions: number })) });
  const toggle = useAction(setSsoEnabledAction, { onSuccess: (r) => toast.success((r as { enabled: boolean }).enabled ? "SSO connection turned on." : "SSO connection turned off.") });
  const remove = useAction(deleteSsoConnectionAction, { onSuccess: () => { setConfirmDelete(false); toast.success("SSO connection deleted."); } });

  // The test runs in a popup; when it passes there, this page shows the new "Tested" state.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data === SSO_TESTED_MESSAGE) router.refresh();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [router]);

  const breakGlassOwner = owners.find((o) => o.id === breakGlass);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">Test connection</h3>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Signs you in through {displayName} in a new window and shows the claims Roster receives. It signs nobody in and creates nothing.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              // A route handler that redirects to the IdP: a full page load, not a client navigation.
              const url = new URL(`/sso/${slug}/test`, window.location.origin).href;
              if (!window.open(url, "roster-sso-test", "popup,width=520,height=720")) window.location.assign(url);
            }}
          >
            Test connection
          </Button>
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="sso-tested">{tested}</span>
        </div>
      </div>

      <form
        className="space-y-3 border-t border-zinc-200 pt-5 dark:border-zinc-800"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          require.run(slug, { required: f.get("requireSso") === "on", breakGlassUserId: breakGlass || null });
        }}
      >
        <h3 className="text-sm font-semibold">Enforcement</h3>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="requireSso"
            defaultChecked={requireSso}
            disabled={!requireSso && requireBlockedBy !== null}
            aria-describedby="require-sso-help"
            className="mt-0.5 size-4"
          />
          <span>
            <span className="font-medium">Require SSO</span>
            <span id="require-sso-help" className="block text-zinc-600 dark:text-zinc-400">
              {!requireSso && requireBlockedBy
                ? requireBlockedBy
                : "People at the verified domains sign in only through the IdP: no email link, no GitHub, and those signed in another way are signed out. Their API tokens keep working."}
            </span>
          </span>
        </label>
        <div className="space-y-1.5">
          <Label htmlFor="breakGlass">Break-glass owner</Label>
          <NativeSelect id="breakGlass" value={breakGlass} onChange={(e) => setBreakGlass(e.target.value)} className="block h-10 w-full max-w-lg">
            <option value="">Nobody</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>{o.name ? `${o.name} (${o.email})` : o.email}</option>
            ))}
          </NativeSelect>
          {breakGlassOwner ? (
            <p className="flex gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200" role="note">
              <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
              {breakGlassOwner.email} can still sign in with an email link or GitHub while SSO is required, to fix the connection if the IdP fails. Keep that mailbox safe.
            </p>
          ) : (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">One owner may keep signing in without SSO, in case the IdP is down.</p>
          )}
        </div>
        {require.failure && <p className="text-sm text-red-700 dark:text-red-400" role="alert">{require.failure.message}</p>}
        <Button type="submit" variant="secondary" pending={require.pending}>Save enforcement</Button>
      </form>

      <div className="flex flex-wrap gap-2 border-t border-zinc-200 pt-5 dark:border-zinc-800">
        <Button type="button" variant="secondary" pending={toggle.pending} onClick={() => toggle.run(slug, { enabled: !enabled })}>
          {enabled ? "Turn off SSO" : "Turn on SSO"}
        </Button>
        <ConfirmDialog
          open={confirmDelete}
          onOpenChange={setConfirmDelete}
          title={`Delete the ${displayName} connection?`}
          description="Nobody can sign in through it any more, and Require SSO ends. Members keep their memberships."
          confirmLabel="Delete connection"
          pending={remove.pending}
          error={remove.failure?.message}
          onConfirm={() => remove.run(slug, undefined)}
          trigger={<Button type="button" variant="ghost" className="text-red-700 dark:text-red-400">Delete connection</Button>}
        />
      </div>
      {toggle.failure && <p className="text-sm text-red-700 dark:text-red-400" role="alert">{toggle.failure.message}</p>}
    </div>
  );
}

function requiredToast({ required, endedSessions }: { required: boolean; endedSessions: number }): string {
  if (!required) return "Saved.";
  if (endedSessions === 0) return "SSO is now required.";
  return `SSO is now required. ${endedSessions === 1 ? "1 session" : `${endedSessions} sessions`} signed in another way ended.`;
}
