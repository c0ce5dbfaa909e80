import { SettingsNav } from "@/components/shell/settings-nav";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { settingsTabs } from "@/lib/workspaces/settings-tabs";

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace, role } = (await requirePageMembership(slug)).membership;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{workspace.displayName}</p>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      </div>
      <SettingsNav tabs={settingsTabs(slug, role, workspace.personal)} />
      {children}
    </div>
  );
}
