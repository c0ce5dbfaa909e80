"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { runAction } from "./run-action";

export async function revokeInviteLinkAction(slug: string, input: { linkId: string }) {
  return runAction(async () => {
    const result = await revokeInviteLink(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
