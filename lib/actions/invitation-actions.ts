"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { userCaller } from "@/lib/auth/caller";
import { acceptInvitationById } from "@/lib/invitations/accept-invitation-by-id";
import { createInviteLink } from "@/lib/invitations/create-invite-link";
import { declineInvitationById } from "@/lib/invitations/decline-invitation-by-id";
import { inviteMembers } from "@/lib/invitations/invite-members";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { respondToInvite } from "@/lib/invitations/respond-to-invite";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { revokeInviteLink } from "@/lib/invitations/revoke-invite-link";
import { restoreInvitation } from "@/lib/invitations/restore-invitation";
import { restoreInviteLink } from "@/lib/invitations/restore-invite-link";
import { createInviteLinkSchema, invitationIdSchema, inviteLinkIdSchema, inviteMembersSchema } from "@/lib/invitations/schemas";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { getCurrentUser } from "@/lib/session/get-current-user";
import { signOut } from "@/lib/sign-in/auth";
import { formAction, userAction, workspaceAction } from "./factories";

export const inviteMembersAction = workspaceAction(inviteMembers, { input: inviteMembersSchema, revalidate: "workspace" });

export const resendInvitationAction = workspaceAction(resendInvitation, { input: invitationIdSchema, revalidate: "workspace" });

export const revokeInvitationAction = workspaceAction(revokeInvitation, { input: invitationIdSchema, revalidate: "workspace" });

/** "Undo" in the toast after a revocation. */
export const restoreInvitationAction = workspaceAction(restoreInvitation, { input: invitationIdSchema, revalidate: "workspace" });

export const createInviteLinkAction = workspaceAction(createInviteLink, { input: createInviteLinkSchema, revalidate: "workspace" });

export const revokeInviteLinkAction = workspaceAction(revokeInviteLink, { input: inviteLinkIdSchema, revalidate: "workspace" });

export const restoreInviteLinkAction = workspaceAction(restoreInviteLink, { input: inviteLinkIdSchema, revalidate: "workspace" });

/** The invitee's inbox (/account/invitations). */
export const acceptInvitationAction = userAction(acceptInvitationById, { input: invitationIdSchema, revalidate: "app" });

export const declineInvitationAction = userAction(declineInvitationById, { input: invitationIdSchema, revalidate: "app" });

/** The landing page's POST: Accept (join, then land in the workspace) or Decline. GET never accepts. A visitor signed out meanwhile signs in first. */
export const respondToInviteAction = formAction(async (formData) => {
  const token = String(formData.get("token") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  redirect(await respondToInvite(userCaller(user), { token, intent: formData.get("intent") }, clientIp(await headers())));
});

/** Wrong account: sign out and come back to the invitation to sign in with the invited address. */
export const switchAccountAction = formAction(async (formData) => {
  const token = String(formData.get("token") ?? "");
  await signOut({ redirectTo: `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}` });
});
