"use server";

import { githubClient } from "@/lib/auto-join/github-client";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { setAutoJoin, setAutoJoinSchema } from "@/lib/auto-join/set-auto-join";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { workspaceAction } from "./factories";

export const setAutoJoinAction = workspaceAction(setAutoJoin, { input: setAutoJoinSchema, revalidate: "workspace" });

/** Join a workspace open to your domain or GitHub organization (re-checked in the domain). */
export const joinWorkspaceAction = workspaceAction((caller, slug) => joinWorkspace(caller, slug, githubSignInEnabled() ? githubClient : undefined), {
  revalidate: "app",
});
