import type { Metadata } from "next";
import { requirePageMembership } from "@/lib/auth/require-membership";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { workspace } = await requirePageMembership((await params).slug);
  return { title: workspace.displayName };
}

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, role, joinedAt } = await requirePageMembership((await params).slug);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{workspace.personal ? "Personal workspace" : "Shared workspace"}</p>
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="workspace-title">
          {workspace.displayName}
        </h1>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Your role</p>
          <p className="mt-1 text-lg font-semibold">{ROLE_LABELS[role]}</p>
        </Card>
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Slug</p>
          <p className="mt-1 font-mono text-lg">{workspace.slug}</p>
        </Card>
        <Card>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Member since</p>
          <p className="mt-1 text-lg font-semibold">{joinedAt.toISOString().slice(0, 10)}</p>
        </Card>
      </div>
      {workspace.personal && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your personal workspace is yours alone: it cannot be shared, left or deleted. Create a shared workspace from the
          switcher to work with others.
        </p>
      )}
    </div>
  );
}
