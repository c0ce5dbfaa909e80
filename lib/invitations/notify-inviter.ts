import "server-only";
import type { Role } from "@/db/schema";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";

/** Whom to tell that an email invitation was answered: its sender, when they still have an account. */
export type InviterNotice = {
  to: string;
  answer: "accepted" | "declined";
  invitee: string;
  role: Role;
  workspace: { slug: string; displayName: string };
};

/** Emails the inviter (after the answer committed); a failed send is logged, never the answer's failure (sendNotice). */
export async function notifyInviter(notice: InviterNotice | null): Promise<void> {
  if (!notice) return;
  const { to, answer, invitee, workspace } = notice;
  const role = ROLE_LABELS[notice.role];
  const accepted = answer === "accepted";
  await sendNotice(
    {
      to,
      subject: `${invitee} ${answer} your invitation to ${workspace.displayName}`,
      body: NoticeEmail({
        preview: `${invitee} ${answer} your invitation to ${workspace.displayName}`,
        paragraphs: [
          accepted
            ? `${invitee} accepted your invitation and joined the workspace ${workspace.displayName} as ${role}.`
            : `${invitee} declined your invitation to join the workspace ${workspace.displayName} as ${role}. You can invite them again later.`,
        ],
        action: accepted
          ? { label: "View members", url: appUrl(`/w/${workspace.slug}/settings/members`) }
          : { label: "View invitations", url: appUrl(`/w/${workspace.slug}/settings/invitations`) },
      }),
    },
    `invitation-${answer}`,
  );
}
