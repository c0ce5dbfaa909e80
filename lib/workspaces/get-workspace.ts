import "server-only";
import { getDb } from "@/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Caller } from "@/lib/auth/caller";

/** workspace:read (every role): the workspace and the caller's effective role in it. */
export async function getWorkspace(caller: Caller, slug: string) {
  const db = await getDb();
  const { workspace, role } = await authorize(db, caller, slug, "workspace:read");
  return { workspace, role };
}
