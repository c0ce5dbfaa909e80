import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/db/client";
import { readOnReplica } from "@/db/replicas";
import { logger } from "@/lib/observability/logger";
import { WRITTEN_COOKIE } from "./written-cookie";

/**
 * A large read (a list) on a read replica when one is configured; the caller's own recent write (its cookie) sends it
 * to the primary until the replica has it, and a failing replica falls back to the primary. Only for reads whose
 * authorization already ran on the primary.
 */
export async function readReplica<T>(read: (db: Db) => Promise<T>): Promise<T> {
  return readOnReplica(read, {
    after: await lastWrite(),
    onFallback: (error) => logger().warn({ err: error }, "read replica failed; read from the primary"),
  });
}

/** The WAL position of this request's person's last write, if recent (outside a request, e.g. in a test: none). */
async function lastWrite(): Promise<string | undefined> {
  try {
    return (await cookies()).get(WRITTEN_COOKIE.name)?.value;
  } catch {
    return undefined;
  }
}
