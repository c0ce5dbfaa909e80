"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { runAction } from "./run-action";

export async function createServiceAccountAction(slug: string, input: { name: string; role: string }) {
  return runAction(async () => {
    const result = await createServiceAccount(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return { userId: result.userId, name: result.name };
  });
}
