"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { runAction } from "./run-action";

export async function acceptInvitationAction(input: { invitationId: string }) {
  return runAction(async () => {
    const result = await acceptInvitation(userCaller(await requireUser()), input);
    revalidatePath("/", "layout");
    return result;
  });
}
