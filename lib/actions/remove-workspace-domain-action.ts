"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { removeWorkspaceDomain } from "@/lib/auto-join/remove-workspace-domain";
import { runAction } from "./run-action";

export async function removeWorkspaceDomainAction(slug: string, input: { domain: string }) {
  return runAction(async () => {
    const result = await removeWorkspaceDomain(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
