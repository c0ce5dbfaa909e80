import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { JoinSuggestionButton } from "@/components/auto-join/join-suggestion-button";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { requirePageSession } from "@/lib/session/require-page-session";
import { githubClient } from "@/lib/auto-join/github-client";
import { listJoinSuggestions } from "@/lib/auto-join/list-join-suggestions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const { user, caller } = await requirePageSession("/account");
  const suggestions = await listJoinSuggestions(caller, githubSignInEnabled() ? githubClient : undefined);
  return (
    <div className="space-y-6">
      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Profile</h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Name</dt>
            <dd className="font-medium">{user.name ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-zinc-600 dark:text-zinc-400">Email</dt>
            <dd className="font-medium">{user.email}</dd>
          </div>
        </dl>
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
                    {s.reason === "domain" ? `Open to ${s.via} addresses` : `Open to members of the GitHub organization ${s.via}`}
                  </p>
                </div>
                <JoinSuggestionButton slug={s.slug} displayName={s.displayName} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
