import type { Actor } from "@/lib/activity/record-activity";

/** A SCIM token acts as no person: the activity log records "SCIM" (a system actor) and names the token in metadata. */
export const SCIM_ACTOR: Actor = { type: "system", id: null, label: "SCIM" };

export const scimVia = (token: { name: string }) => ({ via: "scim", scimToken: token.name });

/** What a member's email calls SCIM. */
export const SCIM_ACTOR_NAME = "Your organization's identity provider (SCIM)";
