import type { Metadata } from "next";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requirePageSession } from "@/lib/session/require-page-session";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Create workspace" };

export default async function NewWorkspacePage() {
  const { user, header } = await requirePageSession("/new");
  return (
    <AppShell user={user} header={header}>
      <Card className="mx-auto max-w-lg space-y-6">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold tracking-tight">Create a workspace</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            A shared workspace for your team. You become its owner and can invite others.
          </p>
        </div>
        <CreateWorkspaceForm regions={getEnv().REGIONS} />
      </Card>
    </AppShell>
  );
}
