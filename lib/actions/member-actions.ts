"use server";

import { changeMemberRole } from "@/lib/members/change-member-role";
import { countInvitesSentBy } from "@/lib/members/count-invites-sent-by";
import { leaveWorkspace } from "@/lib/members/leave-workspace";
import { reactivateMember } from "@/lib/members/reactivate-member";
import { removeMember } from "@/lib/members/remove-member";
import {
  changeRoleSchema,
  reactivateMemberSchema,
  removeMemberSchema,
  setAccessUntilSchema,
  suspendMemberSchema,
  transferOwnershipSchema,
} from "@/lib/members/schemas";
import { setMemberAccessUntil } from "@/lib/members/set-member-access-until";
import { suspendMember } from "@/lib/members/suspend-member";
import { transferOwnership } from "@/lib/members/transfer-ownership";
import { workspaceAction } from "./factories";

export const changeMemberRoleAction = workspaceAction(changeMemberRole, { input: changeRoleSchema, revalidate: "workspace" });

export const removeMemberAction = workspaceAction(removeMember, { input: removeMemberSchema, revalidate: "workspace" });

/** What the removal dialog says it will revoke (a read: nothing to refresh). */
export const countInvitesSentByAction = workspaceAction(countInvitesSentBy, { input: removeMemberSchema, revalidate: "nothing" });

export const transferOwnershipAction = workspaceAction(transferOwnership, { input: transferOwnershipSchema, revalidate: "app" });

export const leaveWorkspaceAction = workspaceAction(leaveWorkspace, { revalidate: "app" });

// Suspending and reactivating change who may enter the workspace (its pages, the switcher): refresh the whole app.
export const suspendMemberAction = workspaceAction(suspendMember, { input: suspendMemberSchema, revalidate: "app" });

export const reactivateMemberAction = workspaceAction(reactivateMember, { input: reactivateMemberSchema, revalidate: "app" });

export const setMemberAccessUntilAction = workspaceAction(setMemberAccessUntil, { input: setAccessUntilSchema, revalidate: "workspace" });
