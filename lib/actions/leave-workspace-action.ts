"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { runAction } from "./run-action";

export async function leaveWorkspaceAction(slug: string) {
  return runAction(async () => {
    const result = await leaveWorkspace(userCaller(await requireUser()), slug);
    revalidatePath("/", "layout");
    return result;
  });
}
