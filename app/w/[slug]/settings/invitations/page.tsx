import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { AutoJoinSettings } from "@/components/auto-join/auto-join-settings";
import { InviteLinks } from "@/components/invitations/invite-links";
import { InviteMembersForm } from "@/components/invitations/invite-members-form";
import { PendingInvitations } from "@/components/invitations/pending-invitations";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { can } from "@/lib/auth/permissions";
import { requirePageMembership } from "@/lib/session/require-page-membership";
import { assignableRoles } from "@/lib/auth/rules";
import { getAutoJoinSettings } from "@/lib/auto-join/get-auto-join-settings";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { listInviteLinksWithHistory } from "@/lib/invitations/list-invite-links-with-history";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { membership, caller } = await requirePageMembership(slug);
  const { workspace, role } = membership;
  if (!can(role, "invitations:read")) {
    return <Card><p className="text-sm text-zinc-600 dark:text-zinc-400">Only owners and managers can see and send invitations.</p></Card>;
  }
  if (workspace.personal) {
    return <Card><p className="text-sm text-zinc-600 dark:text-zinc-400">A personal workspace cannot be shared. Create a shared workspace to invite people.</p></Card>;
  }
  const [invitations, links, autoJoin] = await Promise.all([
    listInvitations(caller, slug),
    listInviteLinksWithHistory(caller, slug),
    getAutoJoinSettings(caller, slug),
  ]);
  const canManage = can(role, "invitations:manage");
  // One moment for the page's relative dates, rendered the same on the server and in the browser.
  const now = new Date();
  const roles = assignableRoles(role);
  return (
    <div className="space-y-6">
      {canManage && (
        <Card className="space-y-4">
          <h2 className="text-base font-semibold">Invite by email</h2>
          <InviteMembersForm slug={slug} roles={roles} />
        </Card>
      )}
      <Card className="space-y-4">
        <h2 className="text-base font-semibold">Pending invitations</h2>
        <PendingInvitations slug={slug} invitations={invitations} canManage={canManage} now={now} />
      </Card>
      <Card className="space-y-4">
        <div>
          <h2 className="text-base font-semibold">Invite links</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Share a link that lets people join with a set role, for a limited time or number of uses.</p>
        </div>
        <InviteLinks slug={slug} roles={roles} links={links.live} history={links.history} canManage={canManage} now={now} />
      </Card>
      <Card className="space-y-4">
        <h2 className="text-base font-semibold">Auto-join</h2>
        <AutoJoinSettings slug={slug} canManage={can(role, "auto-join:manage")} canManageDomains={can(role, "domains:manage")} githubEnabled={githubSignInEnabled()} settings={autoJoin} />
      </Card>
    </div>
  );
}
