"use server";

import { approveJoinRequest } from "@/lib/join-requests/approve-join-request";
import { declineJoinRequest } from "@/lib/join-requests/decline-join-request";
import { requestAccess } from "@/lib/join-requests/request-access";
import { approveJoinRequestSchema, joinRequestIdSchema, requestAccessSchema } from "@/lib/join-requests/schemas";
import { workspaceAction } from "./factories";

/** A signed-in person asks to join (the /join/<slug> page, or a dead invite link's landing). */
export const requestAccessAction = workspaceAction(requestAccess, { input: requestAccessSchema, revalidate: "nothing" });

export const approveJoinRequestAction = workspaceAction(approveJoinRequest, { input: approveJoinRequestSchema, revalidate: "workspace" });

export const declineJoinRequestAction = workspaceAction(declineJoinRequest, { input: joinRequestIdSchema, revalidate: "workspace" });
