"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { runAction } from "./run-action";

export async function resendInvitationAction(slug: string, input: { invitationId: string }) {
  return runAction(async () => {
    const result = await resendInvitation(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
