import { AppShell } from "@/components/shell/app-shell";
import { RememberWorkspace } from "@/components/workspaces/remember-workspace";
import { requirePageMembership } from "@/lib/session/require-page-membership";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, membership, header } = await requirePageMembership(slug);
  return (
    <AppShell user={user} header={header} current={membership}>
      <RememberWorkspace slug={membership.workspace.slug} />
      {children}
    </AppShell>
  );
}
