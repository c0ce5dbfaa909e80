import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle } from "./email-layout";

/** A notification: what happened (a paragraph or two) and, when there is somewhere to go, one button (with its address in the text part). */
export function NoticeEmail({ preview, paragraphs, action }: { preview: string; paragraphs: string[]; action?: { label: string; url: string } }) {
  return (
    <EmailLayout preview={preview}>
      {paragraphs.map((p) => (
        <Text key={p} style={{ fontSize: 14, lineHeight: "22px" }}>
          {p}
        </Text>
      ))}
      {action && (
        <>
          <Button href={action.url} style={buttonStyle}>
            {action.label}
          </Button>
          <Text style={{ color: "#52525b", fontSize: 13, lineHeight: "20px" }}>Or open {action.url}</Text>
        </>
      )}
    </EmailLayout>
  );
}
