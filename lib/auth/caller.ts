import type { Role } from "@/db/schema";
import type { Actor } from "@/lib/activity/record-activity";
import type { SessionUser } from "./session";

/** Who is calling a domain function: a signed-in person, or an API token acting for its user or service account. */
export type Caller = {
  userId: string;
  label: string;
  kind: "user" | "token";
  tokenId?: string;
  /** A token's role ceiling: the effective role is the lower of this and the user's current role. */
  roleCeiling?: Role | null;
  /** A workspace token only reaches this workspace; anything else is NOT_FOUND. */
  workspaceId?: string | null;
};

export function userCaller(user: Pick<SessionUser, "id" | "email" | "name">): Caller {
  return { userId: user.id, label: user.email || user.name || user.id, kind: "user" };
}

export function callerActor(caller: Caller): Actor {
  return caller.kind === "token"
    ? { type: "token", id: caller.tokenId ?? null, label: caller.label }
    : { type: "user", id: caller.userId, label: caller.label };
}
