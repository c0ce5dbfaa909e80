import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { CreateFromGithubForm } from "@/components/workspaces/create-from-github-form";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { githubClient } from "@/lib/auto-join/github-client";
import { listGithubAdminOrganizations } from "@/lib/auto-join/list-github-admin-organizations";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { requirePageSession } from "@/lib/session/require-page-session";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Create workspace" };

export default async function NewWorkspacePage() {
  const { user, header, caller } = await requirePageSession("/new");
  // Offered to people signed in with GitHub: the organizations they administer there.
  const github = await listGithubAdminOrganizations(caller, githubSignInEnabled() ? githubClient : undefined);
  const regions = getEnv().REGIONS;
  return (
    <AppShell user={user} header={header}>
      <Card className="mx-auto max-w-lg space-y-6">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold tracking-tight">Create a workspace</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A shared workspace for your team. You become its owner and can invite others.
          </p>
        </div>
        <CreateWorkspaceForm regions={regions} />
      </Card>
      {github && (
        <Card className="mx-auto mt-6 max-w-lg space-y-4" data-testid="create-from-github">
          <div className="space-y-1">
            <h2 className="text-base font-semibold">Create a workspace from a GitHub organization</h2>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">For organizations you are an admin of on GitHub: the workspace starts linked to it.</p>
          </div>
          {"problem" in github ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{github.problem}</p>
          ) : (
            <CreateFromGithubForm organizations={github.organizations} region={regions[0] ?? "local"} />
          )}
        </Card>
      )}
    </AppShell>
  );
}
