import "server-only";
import type { Role } from "@/db/schema";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";

/** What a member is told about a change to their membership someone else made (after it committed). */
export type MemberNotice = { to: string; workspace: { slug: string; displayName: string }; actorName: string } & (
  | { kind: "role_changed"; from: Role; role: Role }
  | { kind: "removed" }
  | { kind: "ownership_transferred" }
  | { kind: "suspended" }
  | { kind: "reactivated" }
);

/** Emails the member; a failed send is logged, never the change's failure (sendNotice). */
export async function notifyMember(notice: MemberNotice): Promise<void> {
  const { to, workspace, actorName } = notice;
  const name = workspace.displayName;
  if (notice.kind === "role_changed") {
    const role = ROLE_LABELS[notice.role];
    await sendNotice(
      {
        to,
        subject: `Your role in ${name} is now ${role}`,
        body: NoticeEmail({
          preview: `${actorName} changed your role in ${name}`,
          paragraphs: [`${actorName} changed your role in the workspace ${name} from ${ROLE_LABELS[notice.from]} to ${role}.`],
          action: { label: `Open ${name}`, url: appUrl(`/w/${workspace.slug}`) },
        }),
      },
      "role-changed",
    );
  } else if (notice.kind === "suspended") {
    await sendNotice(
      {
        to,
        subject: `Your access to ${name} is suspended`,
        body: NoticeEmail({
          preview: `${actorName} suspended your membership of ${name}`,
          paragraphs: [
            `${actorName} suspended your membership of the workspace ${name} on Roster. Until it is reactivated you cannot open the workspace, and your API tokens for it are refused.`,
            "Your role and tokens are kept: if it is reactivated, everything works again as before. Ask an owner or manager of the workspace if you think this is a mistake.",
          ],
        }),
      },
      "member-suspended",
    );
  } else if (notice.kind === "reactivated") {
    await sendNotice(
      {
        to,
        subject: `Your access to ${name} is back`,
        body: NoticeEmail({
          preview: `${actorName} reactivated your membership of ${name}`,
          paragraphs: [`${actorName} reactivated your membership of the workspace ${name}. You have your role and your API tokens for it again.`],
          action: { label: `Open ${name}`, url: appUrl(`/w/${workspace.slug}`) },
        }),
      },
      "member-reactivated",
    );
  } else if (notice.kind === "removed") {
    await sendNotice(
      {
        to,
        subject: `You were removed from ${name}`,
        body: NoticeEmail({
          preview: `${actorName} removed you from ${name}`,
          paragraphs: [
            `${actorName} removed you from the workspace ${name} on Roster. You no longer have access to it, and your API tokens for it were revoked.`,
            "If you think this is a mistake, ask an owner of the workspace to invite you again.",
          ],
        }),
      },
      "member-removed",
    );
  } else {
    await sendNotice(
      {
        to,
        subject: `You are now an owner of ${name}`,
        body: NoticeEmail({
          preview: `${actorName} made you an owner of ${name}`,
          paragraphs: [
            `${actorName} transferred ownership of the workspace ${name} to you.`,
            "As an owner you can manage every member and their roles, transfer ownership and delete the workspace.",
          ],
          action: { label: "Open the members page", url: appUrl(`/w/${workspace.slug}/settings/members`) },
        }),
      },
      "ownership-transferred",
    );
  }
}
