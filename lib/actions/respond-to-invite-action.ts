"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { userCaller } from "@/lib/auth/caller";
import { getCurrentUser } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/auth";
import { AppError } from "@/lib/errors";
import { acceptInvite } from "@/lib/invitations/accept-invite";
import { INVITE_LOOKUPS_PER_IP_PER_10_MINUTES } from "@/lib/invitations/config";
import { declineInvite } from "@/lib/invitations/decline-invite";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";

export type InviteActionState = { error?: string };

/** The landing page's POST: Accept (join, then land in the workspace) or Decline. GET never accepts. */
export async function respondToInviteAction(_prev: InviteActionState, formData: FormData): Promise<InviteActionState> {
  const token = String(formData.get("token") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  let destination: string;
  try {
    await consumeRateLimit(await getDb(), `invite-lookup:ip:${clientIp(await headers())}`, INVITE_LOOKUPS_PER_IP_PER_10_MINUTES, 600,
      "Too many invitation attempts from your network. Wait a few minutes and try again.");
    if (formData.get("intent") === "decline") {
      await declineInvite(userCaller(user), token);
      destination = "/account/invitations?declined=1";
    } else {
      const { slug } = await acceptInvite(userCaller(user), token);
      destination = `/w/${slug}`;
    }
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  redirect(destination);
}

/** Wrong account: sign out and come back to the invitation to sign in with the invited address. */
export async function switchAccountAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}` });
}
