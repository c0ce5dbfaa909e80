"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { revokePersonalToken } from "@/lib/tokens/revoke-personal-token";
import { runAction } from "./run-action";

export async function revokePersonalTokenAction(input: { tokenId: string }) {
  return runAction(async () => {
    const result = await revokePersonalToken(userCaller(await requireUser()), input);
    revalidatePath("/account/tokens");
    return result;
  });
}
