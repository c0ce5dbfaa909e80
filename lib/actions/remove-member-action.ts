"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { removeMember } from "@/lib/members/remove-member";
import { runAction } from "./run-action";

export async function removeMemberAction(slug: string, input: { userId: string }) {
  return runAction(async () => {
    const result = await removeMember(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
