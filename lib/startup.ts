import { getDbHandle } from "@/db/client";
import { getAuthSecret } from "@/lib/sign-in/auth-secret";
import { getEnv } from "./env";

/** Validates configuration and opens (and migrates) the database; exits the process with a clear message on failure. */
export async function startup(): Promise<void> {
  try {
    getEnv();
    getAuthSecret();
    const handle = await getDbHandle();
    console.log(`[roster] database ready (${handle.kind})`);
  } catch (error) {
    console.error(`[roster] cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
