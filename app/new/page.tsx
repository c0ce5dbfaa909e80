import type { Metadata } from "next";
import { AppShell } from "@/components/app-shell";
import { Card } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create workspace" };

export default async function NewWorkspacePage() {
  const user = await requirePageUser("/new");
  return (
    <AppShell user={user}>
      <Card className="mx-auto max-w-lg space-y-2">
        <h1 className="text-xl font-semibold tracking-tight">Create a workspace</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Shared workspaces are coming in the next release.</p>
      </Card>
    </AppShell>
  );
}
