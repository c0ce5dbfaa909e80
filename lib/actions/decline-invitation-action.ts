"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { runAction } from "./run-action";

export async function declineInvitationAction(input: { invitationId: string }) {
  return runAction(async () => {
    const result = await declineInvitation(userCaller(await requireUser()), input);
    revalidatePath("/", "layout");
    return result;
  });
}
