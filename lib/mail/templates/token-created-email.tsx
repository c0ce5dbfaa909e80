import { Text } from "@react-email/components";
import { EmailLayout } from "./email-layout";

export function TokenCreatedEmail({
  tokenName,
  displayPrefix,
  workspaceName,
  createdBy,
  expires,
}: {
  tokenName: string;
  displayPrefix: string;
  workspaceName: string | null;
  createdBy: string;
  expires: string | null;
}) {
  const scope = workspaceName ? `for the workspace ${workspaceName}` : "as a personal access token (it acts as you in every workspace)";
  return (
    <EmailLayout preview={`A new API token "${tokenName}" was created in your name`}>
      <Text style={{ fontSize: 14, lineHeight: "22px" }}>
        An API token named “{tokenName}” ({displayPrefix}…) was created in your name {scope} by {createdBy}.
      </Text>
      <Text style={{ fontSize: 14, lineHeight: "22px" }}>{expires ? `It expires on ${expires}.` : "It never expires."}</Text>
      <Text style={{ color: "#52525b", fontSize: 13, lineHeight: "20px" }}>
        If you did not expect this, revoke the token from the API tokens settings in Roster and tell an owner of the workspace.
      </Text>
    </EmailLayout>
  );
}
