import "server-only";
import { cookies } from "next/headers";
import { writePosition } from "@/db/replicas";
import { getEnv } from "@/lib/env";
import { WRITTEN_COOKIE } from "./written-cookie";

/**
 * After a server action or an API call that may have written (read-your-writes on replicas): the primary's WAL position
 * goes into a short-lived cookie, so this person's next replica reads wait for it. Nothing without replicas; never fails
 * the change, which has committed.
 */
export async function rememberWrite(): Promise<void> {
  try {
    const lsn = await writePosition();
    if (!lsn) return;
    (await cookies()).set(WRITTEN_COOKIE.name, lsn, {
      httpOnly: true,
      sameSite: "lax",
      secure: getEnv().AUTH_URL?.startsWith("https:") ?? false,
      path: "/",
      maxAge: WRITTEN_COOKIE.maxAgeSeconds,
    });
  } catch {
    // The primary unreachable right after the write, or outside a request: the next reads may lag, nothing breaks.
  }
}
