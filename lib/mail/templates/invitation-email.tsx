import { formatDateTime } from "@/lib/format-date";
import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./email-layout";

type Props = { workspaceName: string; inviterName: string; roleLabel: string; url: string; expiresAt: Date };

export function InvitationEmail({ workspaceName, inviterName, roleLabel, url, expiresAt }: Props) {
  const expires = formatDateTime(expiresAt);
  return (
    <EmailLayout preview={`${inviterName} invited you to ${workspaceName} on Roster`}>
      <Text style={{ fontSize: 14, lineHeight: "22px" }}>
        {inviterName} invited you to join the workspace <strong>{workspaceName}</strong> on Roster as {roleLabel}.
      </Text>
      <Button href={url} style={buttonStyle}>
        View invitation
      </Button>
      <Text style={{ color: "#52525b", fontSize: 13, lineHeight: "20px" }}>
        The invitation expires on {expires}. Open it to accept or decline: {url}
      </Text>
    </EmailLayout>
  );
}
