"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { runAction } from "./run-action";

export async function revokeInvitationAction(slug: string, input: { invitationId: string }) {
  return runAction(async () => {
    const result = await revokeInvitation(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
