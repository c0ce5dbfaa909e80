"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { runAction } from "./run-action";

export async function changeMemberRoleAction(slug: string, input: { userId: string; role: string }) {
  return runAction(async () => {
    const result = await changeMemberRole(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
