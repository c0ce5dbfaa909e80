import type { Role } from "@/db/schema";
import type { Actor } from "@/lib/activity/record-activity";
import type { SessionUser } from "./session";

/** Who is calling a domain function: a signed-in person, or an API token acting for its user or service account. */
export type Caller = {
  userId: string;
  label: string;
  kind: "user" | "token";
  tokenId?: string;
  /** A token's name (shown in the activity log next to its owner). */
  tokenName?: string;
  /** Whether the token's owner is a service account. */
  serviceAccount?: boolean;
  /** A token's role ceiling: the effective role is the lower of this and the user's current role. */
  roleCeiling?: Role | null;
  /** A workspace token only reaches this workspace; anything else is NOT_FOUND. */
  workspaceId?: string | null;
  /** The slug of a workspace token's workspace (read with the token, so handlers need no extra lookup). */
  workspaceSlug?: string | null;
};

export function userCaller(user: Pick<SessionUser, "id" | "email" | "name">): Caller {
  return { userId: user.id, label: user.email || user.name || user.id, kind: "user" };
}

/**
 * The actor an activity event records. The id is always the person or service account (so "filter by actor" finds
 * everything they did, in the app or through any of their tokens); a token call also records the token.
 */
export function callerActor(caller: Caller): Actor {
  if (caller.kind === "token") {
    return {
      type: caller.serviceAccount ? "service_account" : "token",
      id: caller.userId,
      label: caller.label,
      token: caller.tokenId ? { id: caller.tokenId, name: caller.tokenName ?? "" } : undefined,
    };
  }
  return { type: "user", id: caller.userId, label: caller.label };
}
