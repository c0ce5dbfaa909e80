"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { transferOwnership } from "@/lib/members/transfer-ownership";
import { runAction } from "./run-action";

export async function transferOwnershipAction(slug: string, input: { userId: string; demoteSelf: boolean }) {
  return runAction(async () => {
    const result = await transferOwnership(userCaller(await requireUser()), slug, input);
    revalidatePath("/", "layout");
    return result;
  });
}
