"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { runAction } from "./run-action";

export async function renameWorkspaceAction(slug: string, input: { displayName: string }) {
  return runAction(async () => {
    const workspace = await renameWorkspace(userCaller(await requireUser()), slug, input);
    revalidatePath("/", "layout");
    return { displayName: workspace.displayName };
  });
}
