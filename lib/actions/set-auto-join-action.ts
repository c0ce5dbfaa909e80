"use server";

import { revalidatePath } from "next/cache";
import { userCaller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/auth/session";
import { setAutoJoin } from "@/lib/auto-join/set-auto-join";
import { runAction } from "./run-action";

export async function setAutoJoinAction(slug: string, input: { kind: string; enabled: boolean; githubOrganization?: string }) {
  return runAction(async () => {
    const result = await setAutoJoin(userCaller(await requireUser()), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return result;
  });
}
