"use server";

import { githubClient } from "@/lib/auto-join/github-client";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { setAutoJoin, setAutoJoinSchema } from "@/lib/auto-join/set-auto-join";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { workspaceAction } from "./factories";

const github = () => (githubSignInEnabled() ? githubClient : undefined);

/** Linking a GitHub organization asks GitHub whether the caller administers it (set-auto-join.ts). */
export const setAutoJoinAction = workspaceAction((caller, slug, input) => setAutoJoin(caller, slug, input, github()), { input: setAutoJoinSchema, revalidate: "workspace" });

/** Join a workspace open to your domain or GitHub organization (re-checked in the domain). */
export const joinWorkspaceAction = workspaceAction((caller, slug) => joinWorkspace(caller, slug, github()), {
  revalidate: "app",
});
