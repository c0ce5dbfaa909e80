import { AppShell } from "@/components/app-shell";
import { RememberWorkspace } from "@/components/workspaces/remember-workspace";
import { requirePageMembership } from "@/lib/auth/require-membership";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, ...current } = await requirePageMembership(slug);
  return (
    <AppShell user={user} current={current}>
      <RememberWorkspace slug={current.workspace.slug} />
      {children}
    </AppShell>
  );
}
