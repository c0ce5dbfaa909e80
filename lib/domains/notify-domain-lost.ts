import "server-only";
import { appUrl } from "@/lib/mail/app-url";
import { sendNotice } from "@/lib/mail/send-notice";
import { NoticeEmail } from "@/lib/mail/templates/notice-email";
import { verificationRecordName } from "./verification-record";

export type DomainLostNotice = { domain: string; workspace: { slug: string; displayName: string }; to: string[] };

/** Emails each owner that a DNS-verified domain lost its record (after the change committed; a failed send is only logged). */
export async function notifyDomainLost({ domain, workspace, to }: DomainLostNotice): Promise<void> {
  for (const address of to) {
    await sendNotice(
      {
        to: address,
        subject: `${domain} is no longer verified for ${workspace.displayName}`,
        body: NoticeEmail({
          preview: `${domain} is no longer verified for ${workspace.displayName}`,
          paragraphs: [
            `Roster could not find the TXT record ${verificationRecordName(domain)} when it checked ${domain} for the workspace ${workspace.displayName}, so the domain is no longer verified.`,
            `Single sign-on for addresses at ${domain} is paused until the record is published again and the domain is checked.`,
          ],
          action: { label: "Open domain settings", url: appUrl(`/w/${workspace.slug}/settings/domains`) },
        }),
      },
      "domain-lost",
    );
  }
}
