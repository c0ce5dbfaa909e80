import "server-only";
import type { Caller } from "@/lib/auth/caller";
import { assertPerson } from "@/lib/auth/rules";
import { listMyWorkspaces } from "./list-my-workspaces";

/** A person (session or personal access token, not a workspace token): every workspace they belong to, with their role. */
export async function listWorkspaces(caller: Caller) {
  assertPerson(caller, "account", "A workspace token cannot list workspaces; use a personal access token.");
  return listMyWorkspaces(caller.userId);
}
