"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { createToken } from "@/lib/tokens/create-token";
import { runAction } from "./run-action";

export async function createTokenAction(slug: string, input: { name: string; expiresInDays: number | null; role?: string; ownerId?: string }) {
  return runAction(async () => {
    const created = await createToken(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}/settings`, "layout");
    return { token: created.token, name: created.name };
  });
}
