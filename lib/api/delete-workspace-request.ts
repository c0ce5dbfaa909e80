import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { parseInput } from "@/lib/validation";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { confirmPermanentDeleteSchema, deleteWorkspaceQuerySchema } from "@/lib/workspaces/schemas";

/**
 * Both DELETE routes of a workspace: the deletion is scheduled (restorable until `purgeAt`), unless `?permanent=true`
 * with the slug typed in the body (`{"confirmSlug":"<slug>"}`), as the web app's confirmation asks.
 */
export async function deleteWorkspaceRequest(caller: Caller, slug: string, query: Record<string, string>, body: () => Promise<Record<string, unknown>>) {
  const { permanent } = parseInput(deleteWorkspaceQuerySchema, { permanent: query.permanent });
  const input = permanent === "true" ? { ...parseInput(confirmPermanentDeleteSchema, await body()), permanent: true } : { confirmSlug: slug };
  const deleted = await deleteWorkspace(caller, slug, input);
  return { slug: deleted.slug, purgeAt: deleted.purgeAt?.toISOString() ?? null };
}
