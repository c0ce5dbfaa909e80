import "server-only";
import { logger } from "@/lib/observability/logger";
import { sendMail, type Mail } from "./send-mail";

/**
 * Sends a notification about a change that already committed: a failed send is logged and never fails the change
 * (as invitation emails are sent after their transaction).
 */
export async function sendNotice(mail: Mail, what: string): Promise<void> {
  try {
    await sendMail(mail);
  } catch (error) {
    logger().error({ err: error, what }, `could not send the ${what} email`);
  }
}
