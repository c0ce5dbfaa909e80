"use server";

import { verifyActivity } from "@/lib/activity/verify-activity";
import { workspaceAction } from "./factories";

/** The activity page's Verify button: the chain's check, dates as ISO strings for the client. */
export const verifyActivityAction = workspaceAction(verifyActivity, {
  revalidate: "nothing",
  result: (v) => ({ ...v, firstBreak: v.firstBreak ? { ...v.firstBreak, createdAt: v.firstBreak.createdAt?.toISOString() ?? null } : null }),
});
