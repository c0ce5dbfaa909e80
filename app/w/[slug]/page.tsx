import type { Metadata } from "next";
import { ArrowRight } from "@/components/ui/icons/arrow-right";
import { KeyRound } from "@/components/ui/icons/key-round";
import { Mail } from "@/components/ui/icons/mail";
import { Settings } from "@/components/ui/icons/settings";
import { Users } from "@/components/ui/icons/users";
import { WorkspaceAvatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { getWorkspaceUsage } from "@/lib/workspaces/get-workspace-usage";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { membership } = await requirePageMembership((await params).slug);
  return { title: membership.workspace.displayName };
}

function Stat({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Card>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{label}</p>
      <p className="mt-1 text-lg font-semibold" data-testid={testId}>{value}</p>
    </Card>
  );
}

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, caller } = await requirePageMembership(slug);
  const { workspace, role, joinedAt } = membership;
  const usage = await getWorkspaceUsage(caller, slug);
  const base = `/w/${workspace.slug}/settings`;
  const links = [
    { href: `${base}/members`, label: "Members", description: "See who is here and what they can do", icon: Users, show: true },
    { href: `${base}/invitations`, label: "Invite people", description: "Email invitations, invite links and auto-join", icon: Mail, show: can(role, "invitations:manage") && !workspace.personal },
    { href: `${base}/tokens`, label: "API tokens", description: "Tokens for scripts and the REST API", icon: KeyRound, show: can(role, "tokens:create") },
    { href: `${base}/general`, label: "Settings", description: "Name, usage and the danger zone", icon: Settings, show: true },
  ].filter((l) => l.show);
  return (
    <div className="space-y-6">
      <div className="flex items-center gap-4">
        <WorkspaceAvatar workspace={{ displayName: workspace.displayName, ...usage.logo }} size="xl" />
        <div className="min-w-0">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{workspace.personal ? "Personal workspace" : "Shared workspace"}</p>
          <h1 className="text-2xl font-semibold tracking-tight break-words" data-testid="workspace-title">
            {workspace.displayName}
          </h1>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Your role" value={ROLE_LABELS[role]} />
        <Stat label="Members" value={usage.members.toLocaleString("en-US")} testId="home-member-count" />
        <Stat label="Slug" value={workspace.slug} />
        <Stat label="Joined" value={<RelativeTime date={joinedAt} />} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {links.map(({ href, label, description, icon: Icon }) => (
          <a
            key={href}
            href={href}
            className="group flex items-center gap-4 rounded-xl border border-zinc-200 bg-white p-4 outline-none transition-colors hover:border-zinc-300 focus-visible:ring-2 focus-visible:ring-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-zinc-700"
          >
            <span className="grid size-10 place-items-center rounded-lg bg-zinc-100 dark:bg-zinc-800">
              <Icon className="size-5 text-zinc-700 dark:text-zinc-300" aria-hidden />
            </span>
            <span className="flex-1">
              <span className="block font-medium">{label}</span>
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">{description}</span>
            </span>
            <ArrowRight className="size-4 text-zinc-400 transition-transform group-hover:translate-x-0.5" aria-hidden />
          </a>
        ))}
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
