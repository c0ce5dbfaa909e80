import type { Actor } from "@/lib/activity/record-activity";
import type { SessionUser } from "@/lib/session/session-user";
import type { MembershipContext } from "./membership-columns";
import type { Role } from "./permissions";

/** Who is calling a domain function: a signed-in person, or an API token acting for its holder (a person or a service account). */
export type Caller = {
  userId: string;
  /** Who the activity log records (the email: it identifies the person for good). */
  label: string;
  /** The person's display name, when they set one: what notification emails call them. */
  name?: string | null;
  kind: "user" | "token";
  tokenId?: string;
  /** A token's name (shown in the activity log next to its holder). */
  tokenName?: string;
  /** When the calling token expires (null: never). A token it creates expires no later (mintedTokenExpiry). */
  tokenExpiresAt?: Date | null;
  /** Whether the token's holder is a service account. */
  serviceAccount?: boolean;
  /** A token's role ceiling: the effective role is the lower of this and the holder's current role. */
  roleCeiling?: Role | null;
  /** A workspace token only reaches this workspace; anything else is NOT_FOUND. */
  workspaceId?: string | null;
  /** The slug of a workspace token's workspace (read with the token, so handlers need no extra lookup). */
  workspaceSlug?: string | null;
  /**
   * The caller's membership as this request already read it from the database (a workspace page's context):
   * authorize() answers reads of that workspace from it instead of reading it again. Writes always re-read it.
   */
  membership?: MembershipContext;
};

export function userCaller(user: Pick<SessionUser, "id" | "email" | "name">): Caller {
  return { userId: user.id, label: user.email || user.name || user.id, name: user.name, kind: "user" };
}

/** A signed-in person on a workspace page, carrying the membership the page's context read in this request. */
export function memberCaller(user: Pick<SessionUser, "id" | "email" | "name">, membership: MembershipContext): Caller {
  return { ...userCaller(user), membership };
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

/** What an email calls the caller: "Ada Lovelace (ada@example.com)", or the label alone. */
export function actorName(caller: Caller): string {
  return caller.name?.trim() && caller.name.trim() !== caller.label ? `${caller.name.trim()} (${caller.label})` : caller.label;
}
