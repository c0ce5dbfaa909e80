"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { runAction } from "./run-action";

export async function createInviteLinkAction(slug: string, input: Record<string, unknown>) {
  return runAction(async () => {
    const result = await createInviteLink(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
