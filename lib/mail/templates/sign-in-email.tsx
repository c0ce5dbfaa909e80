import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./email-layout";

export function SignInEmail({ url, host, expiresInHours }: { url: string; host: string; expiresInHours: number }) {
  return (
    <EmailLayout preview={`Your sign-in link for ${host}`}>
      <Text style={{ fontSize: 14, lineHeight: "22px" }}>Click the button below to sign in to Roster on {host}.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in to Roster
      </Button>
      <Text style={{ color: "#52525b", fontSize: 13, lineHeight: "20px" }}>
        This link works once and expires in {expiresInHours} hours. Or paste this address into your browser: {url}
      </Text>
    </EmailLayout>
  );
}
