"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { runAction } from "./run-action";

export async function createWorkspaceAction(input: { displayName: string; slug: string; region: string }) {
  return runAction(async () => {
    const workspace = await createWorkspace(userCaller(await requireUser()), input);
    revalidatePath("/", "layout");
    return { slug: workspace.slug };
  });
}
