import type { Metadata } from "next";
import { AccountWorkspaces } from "@/components/account/account-workspaces";
import { JoinSuggestionButton } from "@/components/auto-join/join-suggestion-button";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AvatarUpload } from "@/components/users/avatar-upload";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { ProfileForm } from "@/components/users/profile-form";
import { getAccountOverview } from "@/lib/account/get-account-overview";
import { githubClient } from "@/lib/auto-join/github-client";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";
import { requirePageSession } from "@/lib/session/require-page-session";
import { githubSignInEnabled } from "@/lib/sign-in/auth";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const { caller } = await requirePageSession("/account");
  const [{ profile, workspaces }, suggestions] = await Promise.all([
    getAccountOverview(caller),
    listJoinSuggestions(caller, githubSignInEnabled() ? githubClient : undefined),
  ]);
  // A workspace scheduled for deletion does not block deleting the account (deleteAccount purges it with the account).
  const lastOwnerOf = workspaces.filter((w) => w.leaveRefusal === "last-owner" && !w.purgeAt);
  return (
    <div className="space-y-6">
      <Card className="space-y-5">
        <h2 className="text-base font-semibold">Profile</h2>
        <AvatarUpload person={profile} />
        <ProfileForm name={profile.name} />
        <div className="space-y-1">
          <p className="text-sm font-medium">Email</p>
          <p className="text-sm" data-testid="profile-email">{profile.email}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">You sign in with this address; members see it next to your name.</p>
        </div>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Your workspaces</h2>
        <AccountWorkspaces workspaces={workspaces} />
      </Card>

      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Workspaces you can join</h2>
        {suggestions.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No suggestions. Workspaces that allow your email domain or GitHub organization appear here.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {suggestions.map((s) => (
              <li key={s.slug} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid={`suggestion-${s.slug}`}>
                <div>
                  <p className="font-medium">{s.displayName}</p>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">
                    {s.reason === "github" ? `Open to members of the GitHub organization ${s.via}` : s.mode === "request" ? `${s.via} addresses may ask to join` : `Open to ${s.via} addresses`}
                  </p>
                </div>
                {s.mode === "request" ? (
                  <a className={buttonVariants({ size: "sm", variant: "secondary" })} href={`/join/${s.slug}`} aria-label={`Request to join ${s.displayName}`}>Request to join</a>
                ) : (
                  <JoinSuggestionButton slug={s.slug} displayName={s.displayName} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card className="space-y-3 border-red-300 dark:border-red-900">
        <h2 className="text-base font-semibold text-red-700 dark:text-red-400">Delete account</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Deleting your account removes you from every workspace and deletes your personal workspace, API tokens and sessions.
        </p>
        <DeleteAccountButton email={profile.email} blockedBy={lastOwnerOf} />
      </Card>
    </div>
  );
}
