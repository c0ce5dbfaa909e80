"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { runAction } from "./run-action";

export async function createPersonalTokenAction(input: { name: string; expiresInDays: number | null }) {
  return runAction(async () => {
    const created = await createPersonalToken(userCaller(await requireUser()), input);
    revalidatePath("/account/tokens");
    return { token: created.token, name: created.name };
  });
}
