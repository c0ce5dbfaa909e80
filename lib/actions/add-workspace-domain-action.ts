"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { addWorkspaceDomain } from "@/lib/auto-join/add-workspace-domain";
import { runAction } from "./run-action";

export async function addWorkspaceDomainAction(slug: string, input: { domain: string }) {
  return runAction(async () => {
    const result = await addWorkspaceDomain(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
