"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { runAction } from "./run-action";

export async function deleteWorkspaceAction(slug: string, input: { confirmSlug: string }) {
  return runAction(async () => {
    const result = await deleteWorkspace(userCaller(await requireUser()), slug, input);
    revalidatePath("/", "layout");
    return result;
  });
}
