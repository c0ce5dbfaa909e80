import "server-only";
import { formatDate } from "@/lib/format-date";
import { sendMail } from "@/lib/mail/send-mail";
import { TokenCreatedEmail } from "@/lib/mail/templates/token-created-email";
import { logger } from "@/lib/observability/logger";

/** Tells a token's holder that a token was created in their name (after the transaction commits; failures are logged). */
export async function sendTokenCreatedEmail(input: {
  to: string | null;
  tokenName: string;
  displayPrefix: string;
  workspaceName: string | null;
  createdBy: string;
  expiresAt: Date | null;
}): Promise<void> {
  if (!input.to) return;
  try {
    await sendMail({
      to: input.to,
      subject: `A new API token was created${input.workspaceName ? ` for ${input.workspaceName}` : ""}`,
      body: TokenCreatedEmail({ ...input, expires: input.expiresAt ? formatDate(input.expiresAt) : null }),
    });
  } catch (error) {
    logger().error({ err: error }, "could not send the token-created email");
  }
}
