"use server";

import { requireUser } from "@/lib/auth/session";
import { checkSlugAvailability } from "@/lib/workspaces/check-slug-availability";
import { runAction } from "./run-action";

export async function checkSlugAction(slug: string) {
  return runAction(async () => {
    await requireUser();
    return checkSlugAvailability(slug);
  });
}
