import { getDbHandle } from "@/db/client";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";
import { getEnv } from "./env";
import { logger } from "@/lib/observability/logger";

/** Validates configuration and opens (and migrates) the database; exits the process with a clear message on failure. */
export async function startup(): Promise<void> {
  try {
    getEnv();
    getAuthSecret();
    const handle = await getDbHandle();
    logger().info({ db: handle.kind }, "database ready");
  } catch (error) {
    logger().fatal({ err: error }, `cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
