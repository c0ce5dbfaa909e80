"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { runAction } from "./run-action";

export async function inviteMembersAction(slug: string, input: { emails: string; role: string }) {
  return runAction(async () => {
    const result = await inviteMembers(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
