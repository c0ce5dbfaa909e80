"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { runAction } from "./run-action";

export async function revokeTokenAction(slug: string, input: { tokenId: string }) {
  return runAction(async () => {
    const result = await revokeToken(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}/settings`, "layout");
    return result;
  });
}
