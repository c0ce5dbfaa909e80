import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";

export type WebhookDisabledNotice = { url: string; reason: string; workspace: { slug: string; displayName: string }; to: string[] };

/** Who to tell that an endpoint was disabled: the workspace's owners (read in the transaction that disabled it). */
export async function ownersToNotify(tx: Tx, workspaceId: string, url: string, reason: string): Promise<WebhookDisabledNotice | null> {
  const owners = await tx
    .select({ email: users.email, slug: workspaces.slug, displayName: workspaces.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner"), isNotNull(users.email)));
  const first = owners[0];
  if (!first) return null;
  return { url, reason, workspace: { slug: first.slug, displayName: first.displayName }, to: owners.map((o) => o.email).filter((e): e is string => Boolean(e)) };
}

/** Emails each owner that Roster stopped sending to an endpoint (after the change committed; a failed send is only logged). */
export async function notifyWebhookDisabled({ url, reason, workspace, to }: WebhookDisabledNotice): Promise<void> {
  for (const address of to) {
    await sendNotice(
      {
        to: address,
        subject: `A webhook endpoint of ${workspace.displayName} was disabled`,
        body: NoticeEmail({
          preview: `Roster stopped sending events to ${url}`,
          paragraphs: [`Roster stopped sending the events of ${workspace.displayName} to ${url}. ${reason}`, "Fix the receiver, send a test event, then enable the endpoint again."],
          action: { label: "Open webhook settings", url: appUrl(`/w/${workspace.slug}/settings/webhooks`) },
        }),
      },
      "webhook-disabled",
    );
  }
}
