import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { membershipGivesAccess } from "@/lib/auth/membership-access";
import { ROLE_LABELS, ROLES, can, type Role } from "@/lib/auth/permissions";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";

type Workspace = { slug: string; displayName: string };

/** What is emailed about a request to join, once its change committed. */
export type JoinRequestNotice =
  | { kind: "created"; workspaceId: string; workspace: Workspace; requester: string; message: string }
  | { kind: "approved"; to: string; workspace: Workspace; role: Role; actorName: string }
  | { kind: "declined"; to: string; workspace: Workspace; actorName: string };

/**
 * A new request goes to every owner and manager (join-requests:manage) who can get in; an answer goes to the person
 * who asked. A failed send is logged, never the change's failure (sendNotice).
 */
export async function notifyJoinRequest(notice: JoinRequestNotice): Promise<void> {
  const name = notice.workspace.displayName;
  if (notice.kind === "created") {
    const db = await getDb();
    const managers = await db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.workspaceId, notice.workspaceId),
          inArray(memberships.role, ROLES.filter((r) => can(r, "join-requests:manage"))),
          membershipGivesAccess,
          isNotNull(users.email),
          eq(users.serviceAccount, false),
        ),
      );
    const url = appUrl(`/w/${notice.workspace.slug}/settings/members`);
    for (const { email } of managers) {
      await sendNotice(
        {
          to: email!,
          subject: `${notice.requester} asks to join ${name}`,
          body: NoticeEmail({
            preview: `${notice.requester} asks to join ${name}`,
            paragraphs: [
              `${notice.requester} asks to join the workspace ${name} on Roster.`,
              ...(notice.message ? [`Their message: “${notice.message}”`] : []),
              "Approve it with a role, or decline it, on the members page.",
            ],
            action: { label: "Review the request", url },
          }),
        },
        "join-request-created",
      );
    }
  } else if (notice.kind === "approved") {
    await sendNotice(
      {
        to: notice.to,
        subject: `You can now enter ${name}`,
        body: NoticeEmail({
          preview: `${notice.actorName} approved your request to join ${name}`,
          paragraphs: [`${notice.actorName} approved your request to join the workspace ${name}. Your role is ${ROLE_LABELS[notice.role]}.`],
          action: { label: `Open ${name}`, url: appUrl(`/w/${notice.workspace.slug}`) },
        }),
      },
      "join-request-approved",
    );
  } else {
    await sendNotice(
      {
        to: notice.to,
        subject: `Your request to join ${name} was declined`,
        body: NoticeEmail({
          preview: `Your request to join ${name} was declined`,
          paragraphs: [`${notice.actorName} declined your request to join the workspace ${name} on Roster.`, "If you think this is a mistake, ask one of its owners directly."],
        }),
      },
      "join-request-declined",
    );
  }
}
