"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { githubSignInEnabled } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/session";
import { githubClient } from "@/lib/auto-join/github-client";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { runAction } from "./run-action";

export async function joinWorkspaceAction(slug: string) {
  return runAction(async () => {
    const result = await joinWorkspace(userCaller(await requireUser()), slug, githubSignInEnabled() ? githubClient : undefined);
    revalidatePath("/", "layout");
    return result;
  });
}
